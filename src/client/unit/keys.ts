// A unit's endorsement key, entirely in the browser: ECDSA P-256 key pair from WebCrypto, an encrypted backup of the
// private key (PBKDF2-SHA-256 -> AES-256-GCM, passphrase never stored), and signing of certificate payloads.
import { ui } from '../../i18n/id.ts';
import { fromBase64, toBase64 } from '../../lib/certificate/encoding.ts';
import { ECDSA_IMPORT, ECDSA_SIGN, signingInput, type PublishedUnit } from '../../lib/certificate/endorsement.ts';
import type { CertificatePayload } from '../../lib/certificate/payload.ts';

/** A unit key in memory: the private key stays non-extractable once restored. */
export interface UnitKey {
  readonly unitId: string;
  readonly privateKey: CryptoKey;
  /** SPKI public key, base64, as published in content/units.yaml. */
  readonly publicKey: string;
}

/** The encrypted backup file's content. */
export interface KeyBackup {
  readonly format: 'sinergi-unit-key';
  readonly version: 1;
  readonly unitId: string;
  readonly publicKey: string;
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  readonly cipher: { readonly name: 'AES-GCM'; readonly iv: string };
  /** The PKCS #8 private key, encrypted. */
  readonly data: string;
}

/** PBKDF2 iterations (OWASP 2023 guidance for PBKDF2-HMAC-SHA256). */
export const PBKDF2_ITERATIONS = 600_000;

const bytes = (text: string) => {
  const out = fromBase64(text);
  if (!out) throw new Error('base64');
  return new Uint8Array(out);
};

/** Creates a new key pair for a unit. */
export async function createUnitKey(unitId: string): Promise<{ key: UnitKey; pkcs8: ArrayBuffer }> {
  const pair = await crypto.subtle.generateKey(ECDSA_IMPORT, true, ['sign', 'verify']);
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
  return { key: { unitId, privateKey: pair.privateKey, publicKey }, pkcs8 };
}

async function wrappingKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts the private key with a passphrase for the backup file. */
export async function backupUnitKey(
  key: UnitKey,
  pkcs8: ArrayBuffer,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<KeyBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const aes = await wrappingKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, pkcs8);
  return {
    format: 'sinergi-unit-key',
    version: 1,
    unitId: key.unitId,
    publicKey: key.publicKey,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
}

/** Why a backup could not be restored. */
export type RestoreError = 'format' | 'passphrase';

/** Decrypts a backup file; a wrong passphrase fails AES-GCM's authentication and is reported as such. */
export async function restoreUnitKey(
  text: string,
  passphrase: string,
): Promise<{ ok: true; key: UnitKey } | { ok: false; error: RestoreError }> {
  let backup: KeyBackup;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof KeyBackup, unknown>>;
    if (value.format !== 'sinergi-unit-key' || value.version !== 1) return { ok: false, error: 'format' };
    backup = value as KeyBackup;
  } catch {
    return { ok: false, error: 'format' };
  }
  let pkcs8: ArrayBuffer;
  try {
    const aes = await wrappingKey(passphrase, bytes(backup.kdf.salt), backup.kdf.iterations);
    pkcs8 = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(backup.cipher.iv) }, aes, bytes(backup.data));
  } catch {
    return { ok: false, error: 'passphrase' };
  }
  try {
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ECDSA_IMPORT, false, ['sign']);
    return { ok: true, key: { unitId: backup.unitId, privateKey, publicKey: backup.publicKey } };
  } catch {
    return { ok: false, error: 'format' };
  }
}

/** Signs a certificate payload with the unit key (IEEE P1363 r || s). */
export async function signPayload(key: UnitKey, payload: CertificatePayload): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(ECDSA_SIGN, key.privateKey, signingInput(payload)));
}

/**
 * The unit's complete entry for content/units.yaml, public key included: the trainer replaces the unit's entry with
 * it (a commented first line says so), so it passes the content check as pasted.
 */
export function unitsYamlSnippet(key: UnitKey, unit: PublishedUnit | undefined): string {
  const lines = [`# ${ui.unit.yamlReplace(key.unitId)}`, `- id: ${key.unitId}`];
  if (unit) lines.push(`  name: ${JSON.stringify(unit.name)}`);
  if (unit?.level) lines.push(`  level: ${unit.level}`);
  lines.push(`  publicKey: ${key.publicKey}`, '');
  return lines.join('\n');
}
