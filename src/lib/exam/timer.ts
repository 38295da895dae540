/** Milliseconds left until a deadline (never below 0). */
export function remainingMs(deadline: string, now: Date): number {
  return Math.max(0, Date.parse(deadline) - now.getTime());
}

/** The deadline of an attempt started at `startedAt` with a limit in minutes. */
export function deadlineOf(startedAt: string, minutes: number): string {
  return new Date(Date.parse(startedAt) + minutes * 60_000).toISOString();
}

/** Time left as m:ss (or h:mm:ss), rounded up so 0:00 shows only when time is up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const MINUTE = 60_000;

/** Whether `threshold` is one a screen reader hears: every 5 minutes, then 2 minutes, 1 minute and 30 seconds. */
function isAnnounced(threshold: number): boolean {
  return threshold % (5 * MINUTE) === 0 || threshold === 2 * MINUTE || threshold === MINUTE || threshold === 30_000;
}

/**
 * The announced threshold (ms) crossed between two readings of the time left, or null: the countdown is spoken
 * politely at these moments only, never every second.
 */
export function crossedThreshold(before: number, after: number): number | null {
  if (after >= before) return null;
  // Announced thresholds are whole 30-second steps; report the highest one crossed.
  for (let t = Math.floor((before - 1) / 30_000) * 30_000; t >= after && t > 0; t -= 30_000) {
    if (isAnnounced(t)) return t;
  }
  return null;
}
