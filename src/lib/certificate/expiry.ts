import { addMonths, daysBetween } from './dates.ts';

/**
 * Last day a certificate issued on `issuedOn` is valid, given the course's validity in months; null when it never
 * expires. A certificate is valid through this day (inclusive).
 */
export function expiryDate(issuedOn: string, validityMonths: number | undefined): string | null {
  return validityMonths === undefined ? null : addMonths(issuedOn, validityMonths);
}

/** Whether a certificate valid through `expiresOn` has expired on `today` (YYYY-MM-DD). */
export function isExpired(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && daysBetween(expiresOn, today) > 0;
}

/** Whether it is still valid on `today` and expires within `days` days (the /progres reminder window). */
export function expiresWithin(expiresOn: string | null, today: string, days: number): boolean {
  if (expiresOn === null) return false;
  const left = daysBetween(today, expiresOn);
  return left >= 0 && left <= days;
}
