import { sha256, type Digest } from './digest.ts';
import { toBase32, utf8 } from './encoding.ts';

/** Who a certificate is for, as far as its number is concerned. */
export interface NumberInput {
  /** "a" anggota or "m" mitra. */
  readonly kind: 'a' | 'm';
  /** NRP (anggota) or role (mitra). */
  readonly idOrRole: string;
  /** Full name. */
  readonly name: string;
  /** Course id. */
  readonly courseId: string;
  /** Course completion date (YYYY-MM-DD). */
  readonly completedOn: string;
}

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * "SNG-20261128-7K3QX9": stable for the same learner, course and completion date, so printing twice gives the same
 * number. Officers are identified by NRP alone (a corrected spelling of the name keeps the number); partners by name
 * and role.
 */
export async function certificateNumber(input: NumberInput, digest: Digest): Promise<string> {
  const learner =
    input.kind === 'a' ? `nrp:${input.idOrRole.trim()}` : `mitra:${fold(input.name)}|${fold(input.idOrRole)}`;
  const hash = await sha256(digest, utf8(`${learner}|${input.courseId}|${input.completedOn}`));
  return `SNG-${input.completedOn.replace(/-/g, '')}-${toBase32(hash).slice(0, 6)}`;
}
