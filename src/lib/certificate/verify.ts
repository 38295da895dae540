import { rawVerificationCode } from './code.ts';
import type { Digest } from './digest.ts';
import { normalizeCode } from './encoding.ts';
import { checkEndorsement, type EndorsementCheck, type PublishedUnit, type VerifyCrypto } from './endorsement.ts';
import type { Envelope } from './envelope.ts';
import { isExpired } from './expiry.ts';
import type { CertificatePayload } from './payload.ts';
import { findRevocation, type Revocation } from './revocation.ts';

/** What /verifikasi reports about one certificate. */
export interface Verification {
  readonly payload: CertificatePayload;
  /** True when the printed code is the hash of the data: nothing was changed after issue. */
  readonly intact: boolean;
  /** True when the last valid day is before today. */
  readonly expired: boolean;
  /** The revocation entry, when the number is listed in content/revoked.yaml. */
  readonly revoked: Revocation | undefined;
  /** Whether a published unit key signed it. */
  readonly endorsement: EndorsementCheck;
}

/** What verification needs from the site and the browser. */
export interface VerifyContext {
  readonly units: readonly PublishedUnit[];
  readonly revoked: readonly Revocation[];
  /** Today (YYYY-MM-DD, WIB). */
  readonly today: string;
  readonly digest: Digest;
  readonly subtle: VerifyCrypto;
}

/** Checks a scanned or typed certificate: integrity, expiry, revocation and endorsement, all offline. */
export async function verifyCertificate(envelope: Envelope, context: VerifyContext): Promise<Verification> {
  const { payload } = envelope;
  const intact = normalizeCode(envelope.code) === (await rawVerificationCode(payload, context.digest));
  // A signature over altered data cannot verify either, but an altered certificate is reported as such first.
  const endorsement = intact
    ? await checkEndorsement(payload, envelope.endorsement, context.units, context.subtle)
    : envelope.endorsement
      ? ({ state: 'invalid', reason: 'bad-signature', unitId: envelope.endorsement.unitId } as const)
      : ({ state: 'none' } as const);
  return {
    payload,
    intact,
    expired: isExpired(payload.x, context.today),
    revoked: findRevocation(payload.no, context.revoked),
    endorsement,
  };
}
