/**
 * An injected SHA-256: WebCrypto's `crypto.subtle.digest('SHA-256', ...)` in the browser, node:crypto's webcrypto in
 * tests. Pure code receives it as a parameter so it never reaches for a global.
 */
export type Digest = (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>;

/** Runs the digest and returns its bytes. */
export async function sha256(digest: Digest, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await digest(bytes));
}
