// The unit's endorsement key on /satuan, with Node's WebCrypto standing in for the browser's.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  backupUnitKey,
  createUnitKey,
  restoreUnitKey,
  signPayload,
  unitsYamlSnippet,
} from '../../../src/client/unit/keys.ts';
import { checkEndorsement } from '../../../src/lib/certificate/endorsement.ts';
import { UnitSchema } from '../../../src/schemas/index.ts';
import { samplePayload, subtle } from '../certificate/helpers.ts';

const unit = { id: 'polres-contoh', name: 'Polres Contoh', level: 'polres' };
// Few PBKDF2 rounds keep the test fast; the page uses PBKDF2_ITERATIONS.
const ITERATIONS = 1_000;

describe('unit endorsement key', () => {
  it('restores from its encrypted backup only with the passphrase, and the restored key endorses', async () => {
    const { key, pkcs8 } = await createUnitKey(unit.id);
    const backup = await backupUnitKey(key, pkcs8, 'frasa sandi yang panjang', ITERATIONS);
    expect(backup).toMatchObject({ kdf: { name: 'PBKDF2', hash: 'SHA-256' }, cipher: { name: 'AES-GCM' } });
    // The private key is not in the file in the clear.
    const clear = Buffer.from(pkcs8).toString('base64');
    expect(JSON.stringify(backup)).not.toContain(clear.slice(40, 80));

    const text = JSON.stringify(backup);
    expect(await restoreUnitKey(text, 'frasa sandi yang salah')).toEqual({ ok: false, error: 'passphrase' });
    expect(await restoreUnitKey('{"hello":"world"}', 'frasa sandi yang panjang')).toEqual({
      ok: false,
      error: 'format',
    });
    const restored = await restoreUnitKey(text, 'frasa sandi yang panjang');
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.key.publicKey).toBe(key.publicKey);

    const signature = await signPayload(restored.key, samplePayload);
    const published = [{ ...unit, publicKey: key.publicKey }];
    expect(await checkEndorsement(samplePayload, { unitId: unit.id, signature }, published, subtle)).toMatchObject({
      state: 'valid',
    });
    const other = await createUnitKey(unit.id);
    const unpublished = [{ ...unit, publicKey: other.key.publicKey }];
    expect(await checkEndorsement(samplePayload, { unitId: unit.id, signature }, unpublished, subtle)).toMatchObject({
      state: 'invalid',
      reason: 'bad-signature',
    });
  });

  it('gives the trainer a units.yaml entry that passes the content check as pasted', async () => {
    const { key } = await createUnitKey(unit.id);
    const snippet = unitsYamlSnippet(key, unit);
    expect(snippet).toMatch(/^# .*ganti seluruh entri polres-contoh/);
    const entries = parse(snippet) as unknown[];
    expect(entries).toHaveLength(1);
    expect(UnitSchema.parse(entries[0])).toEqual({ ...unit, publicKey: key.publicKey });
  });
});
