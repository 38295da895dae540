import { deflateSync, inflateSync } from 'fflate';
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

/** First part of a fragment whose payload is DEFLATE-compressed ("z" is never a whole base64url payload). */
const COMPRESSED = 'z';

/**
 * The URL fragment of /verifikasi: `z.<payload>.<code>` or `z.<payload>.<code>.<unit>.<signature>`, the payload
 * DEFLATE-compressed (raw, fflate) and in base64url, the signature in base64url. Compression keeps the QR code's
 * modules large as a course gains modules: a seven-module payload shrinks by about 45 %. Dots never occur in
 * base64url, codes or unit ids, so the parts split unambiguously. Fragments printed before compression (without the
 * leading `z`) still decode.
 */
export function encodeEnvelope(envelope: Envelope): string {
  const packed = deflateSync(utf8(canonicalPayload(envelope.payload)), { level: 9 });
  const parts = [COMPRESSED, toBase64Url(packed), envelope.code];
  if (envelope.endorsement) parts.push(envelope.endorsement.unitId, toBase64Url(envelope.endorsement.signature));
  return parts.join('.');
}

/** The payload's JSON text from its base64url part, inflated when the fragment says it is compressed. */
function payloadText(body: string, compressed: boolean): string | undefined {
  const bytes = fromBase64(body);
  if (!bytes) return undefined;
  if (!compressed) return fromUtf8(bytes);
  try {
    return fromUtf8(inflateSync(bytes));
  } catch {
    return undefined;
  }
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
  const all = text.split('.');
  const compressed = all[0] === COMPRESSED;
  const parts = compressed ? all.slice(1) : all;
  if (parts.length !== 2 && parts.length !== 4) return { ok: false, error: 'format' };
  const [body = '', code = '', unitId, sig] = parts;
  const json = payloadText(body, compressed);
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
