import { fromBase64, utf8 } from './encoding.ts';
import { canonicalPayload, type CertificatePayload } from './payload.ts';
import type { Endorsement } from './envelope.ts';

/** The part of WebCrypto that verification needs; injected so this module stays pure. */
export type VerifyCrypto = Pick<SubtleCrypto, 'importKey' | 'verify'>;

/** A unit as published in content/units.yaml. */
export interface PublishedUnit {
  readonly id: string;
  readonly name: string;
  /** Level (polsek, polres, polda, mabes), as content/units.yaml lists it. */
  readonly level?: string | undefined;
  /** SPKI public key, base64; absent until the unit has published one. */
  readonly publicKey?: string | undefined;
}

/** Parameters of every endorsement: ECDSA over P-256 with SHA-256. */
export const ECDSA_IMPORT = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDSA_SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The bytes a unit signs: the canonical payload in UTF-8. */
export function signingInput(payload: CertificatePayload): Uint8Array<ArrayBuffer> {
  return utf8(canonicalPayload(payload));
}

/** Outcome of checking an endorsement. */
export type EndorsementCheck =
  | { readonly state: 'none' }
  | { readonly state: 'valid'; readonly unit: PublishedUnit }
  | {
      readonly state: 'invalid';
      readonly reason: 'unknown-unit' | 'no-key' | 'bad-signature';
      readonly unitId: string;
    };

/** Checks a signature against the unit's published key; "valid" only when it verifies. */
export async function checkEndorsement(
  payload: CertificatePayload,
  endorsement: Endorsement | undefined,
  units: readonly PublishedUnit[],
  subtle: VerifyCrypto,
): Promise<EndorsementCheck> {
  if (!endorsement) return { state: 'none' };
  const { unitId } = endorsement;
  const unit = units.find((u) => u.id === unitId);
  if (!unit) return { state: 'invalid', reason: 'unknown-unit', unitId };
  const spki = unit.publicKey === undefined ? undefined : fromBase64(unit.publicKey);
  if (!spki) return { state: 'invalid', reason: 'no-key', unitId };
  try {
    const key = await subtle.importKey('spki', new Uint8Array(spki), ECDSA_IMPORT, false, ['verify']);
    const ok = await subtle.verify(ECDSA_SIGN, key, new Uint8Array(endorsement.signature), signingInput(payload));
    return ok ? { state: 'valid', unit } : { state: 'invalid', reason: 'bad-signature', unitId };
  } catch {
    return { state: 'invalid', reason: 'bad-signature', unitId };
  }
}
