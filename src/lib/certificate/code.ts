import { sha256, type Digest } from './digest.ts';
import { normalizeCode, toBase32, utf8 } from './encoding.ts';
import { canonicalPayload, type CertificatePayload } from './payload.ts';

/** Characters in a verification code (12 base32 characters = 60 bits of the SHA-256). */
export const CODE_LENGTH = 12;

/** The code without dashes: the first 60 bits of SHA-256 over the canonical payload, in Crockford base32. */
export async function rawVerificationCode(payload: CertificatePayload, digest: Digest): Promise<string> {
  const hash = await sha256(digest, utf8(canonicalPayload(payload)));
  return toBase32(hash).slice(0, CODE_LENGTH);
}

/** "7K3Q-X9MB-2DFA": the verification code in groups of four, as printed. */
export function formatCode(raw: string): string {
  return (
    normalizeCode(raw)
      .match(/.{1,4}/g)
      ?.join('-') ?? ''
  );
}

/** Whether a typed or scanned code matches the payload (case, spaces, dashes and O/I/L look-alikes ignored). */
export async function codeMatches(payload: CertificatePayload, typed: string, digest: Digest): Promise<boolean> {
  return normalizeCode(typed) === (await rawVerificationCode(payload, digest));
}
