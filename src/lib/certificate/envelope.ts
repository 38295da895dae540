import { fromBase64, fromUtf8, toBase64Url, utf8 } from './encoding.ts';
import { canonicalPayload, parsePayload, type CertificatePayload } from './payload.ts';

/** A unit's signature over the canonical payload. */
export interface Endorsement {
  /** Id of the endorsing unit in content/units.yaml. */
  readonly unitId: string;
  /** ECDSA P-256 / SHA-256 signature, IEEE P1363 (r || s, 64 bytes), as WebCrypto produces it. */
  readonly signature: Uint8Array;
}

/** Everything a QR carries: the payload, the printed code and, when endorsed, the unit's signature. */
export interface Envelope {
  readonly payload: CertificatePayload;
  /** Verification code as printed (without dashes). */
  readonly code: string;
  readonly endorsement?: Endorsement;
}

/**
 * The URL fragment of /verifikasi: `<payload>.<code>` or `<payload>.<code>.<unit>.<signature>`, payload and signature
 * in base64url. Dots never occur in base64url, codes or unit ids, so the parts split unambiguously.
 */
export function encodeEnvelope(envelope: Envelope): string {
  const parts = [toBase64Url(utf8(canonicalPayload(envelope.payload))), envelope.code];
  if (envelope.endorsement) parts.push(envelope.endorsement.unitId, toBase64Url(envelope.endorsement.signature));
  return parts.join('.');
}

/** Why a fragment could not be read. */
export type EnvelopeError = 'empty' | 'format' | 'payload';

/** Reads a /verifikasi fragment (with or without the leading "#"). */
export function decodeEnvelope(
  fragment: string,
): { ok: true; envelope: Envelope } | { ok: false; error: EnvelopeError } {
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    text = decodeURIComponent(text).trim();
  } catch {
    return { ok: false, error: 'format' };
  }
  if (text === '') return { ok: false, error: 'empty' };
  const parts = text.split('.');
  if (parts.length !== 2 && parts.length !== 4) return { ok: false, error: 'format' };
  const [body = '', code = '', unitId, sig] = parts;
  const bytes = fromBase64(body);
  const json = bytes && fromUtf8(bytes);
  if (json === undefined || !/^[0-9A-Za-z]{4,20}$/.test(code)) return { ok: false, error: 'format' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'payload' };
  }
  const payload = parsePayload(value);
  if (!payload) return { ok: false, error: 'payload' };
  if (unitId === undefined || sig === undefined) return { ok: true, envelope: { payload, code } };
  const signature = fromBase64(sig);
  if (!signature || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(unitId)) return { ok: false, error: 'format' };
  return { ok: true, envelope: { payload, code, endorsement: { unitId, signature } } };
}
