import type { Digest } from '../../lib/certificate/digest.ts';

/** SHA-256 through the browser's WebCrypto, for the pure certificate and progress code. */
export const browserDigest: Digest = (bytes) => crypto.subtle.digest('SHA-256', bytes);

/** Today's date in WIB (YYYY-MM-DD), from the device clock. */
export function todayWib(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
