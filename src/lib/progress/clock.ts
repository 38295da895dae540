/** A source of the current time; injected so progress logic stays deterministic in tests. */
export type Clock = () => Date;

/** The ISO 8601 timestamp of the clock's current time. */
export function stamp(now: Clock): string {
  return now().toISOString();
}

/** Orders two ISO timestamps by the instant they denote; equal instants fall back to text order. */
export function compareTimestamps(a: string, b: string): number {
  const diff = Date.parse(a) - Date.parse(b);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earlier of two timestamps (commutative). */
export function earliest(a: string, b: string): string {
  return compareTimestamps(a, b) <= 0 ? a : b;
}

/** The later of two timestamps (commutative). */
export function latest(a: string, b: string): string {
  return compareTimestamps(a, b) >= 0 ? a : b;
}

/** How far past this device's clock a timestamp may lie (clocks drift, time zones are set wrong). */
export const FUTURE_ALLOWANCE_MS = 24 * 60 * 60 * 1000;

/** Whether a timestamp lies further in the future than the allowance, as a wrong clock writes it. */
export function isBeyondNow(timestamp: string, now: Clock): boolean {
  return Date.parse(timestamp) > now().getTime() + FUTURE_ALLOWANCE_MS;
}
