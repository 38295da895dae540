import { describe, expect, it } from 'vitest';
import { rawVerificationCode } from '../../../src/lib/certificate/code.ts';
import { toBase64 } from '../../../src/lib/certificate/encoding.ts';
import { ECDSA_SIGN, signingInput } from '../../../src/lib/certificate/endorsement.ts';
import { decodeEnvelope, encodeEnvelope, type Envelope } from '../../../src/lib/certificate/envelope.ts';
import { verifyCertificate, type VerifyContext } from '../../../src/lib/certificate/verify.ts';
import { digest, samplePayload, subtle } from './helpers.ts';

async function unitKey() {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = toBase64(new Uint8Array(await subtle.exportKey('spki', pair.publicKey)));
  return { pair, spki };
}

async function endorsed(privateKey: CryptoKey, payload = samplePayload): Promise<Envelope> {
  const signature = new Uint8Array(await subtle.sign(ECDSA_SIGN, privateKey, signingInput(payload)));
  return {
    payload,
    code: await rawVerificationCode(payload, digest),
    endorsement: { unitId: 'polres-contoh', signature },
  };
}

function context(publicKey?: string, revoked: VerifyContext['revoked'] = []): Promise<VerifyContext> {
  return Promise.resolve({
    units: [{ id: 'polres-contoh', name: 'Polres Contoh', publicKey }],
    revoked,
    today: '2027-01-01',
    digest,
    subtle,
  });
}

describe('verification', () => {
  it('reports an untouched self-issued certificate as intact and not endorsed', async () => {
    const env = { payload: samplePayload, code: await rawVerificationCode(samplePayload, digest) };
    const result = await verifyCertificate(env, await context());
    expect(result).toMatchObject({ intact: true, expired: false, revoked: undefined, endorsement: { state: 'none' } });
  });

  it('reports a changed field as altered', async () => {
    const code = await rawVerificationCode(samplePayload, digest);
    const result = await verifyCertificate({ payload: { ...samplePayload, n: 'Orang Lain' }, code }, await context());
    expect(result.intact).toBe(false);
  });

  it('reports an expired certificate', async () => {
    const payload = { ...samplePayload, x: '2026-12-31' };
    const env = { payload, code: await rawVerificationCode(payload, digest) };
    expect((await verifyCertificate(env, await context())).expired).toBe(true);
  });

  it('accepts the signature of the unit whose key is published', async () => {
    const { pair, spki } = await unitKey();
    const env = await endorsed(pair.privateKey);
    const decoded = decodeEnvelope(encodeEnvelope(env));
    if (!decoded.ok) throw new Error('round trip failed');
    const result = await verifyCertificate(decoded.envelope, await context(spki));
    expect(result.endorsement).toMatchObject({ state: 'valid', unit: { name: 'Polres Contoh' } });
  });

  it('rejects a signature made with another key', async () => {
    const { spki } = await unitKey();
    const other = await unitKey();
    const result = await verifyCertificate(await endorsed(other.pair.privateKey), await context(spki));
    expect(result.endorsement).toEqual({ state: 'invalid', reason: 'bad-signature', unitId: 'polres-contoh' });
  });

  it('rejects a signature over a changed field, even when the code was recomputed', async () => {
    const { pair, spki } = await unitKey();
    const env = await endorsed(pair.privateKey);
    const payload = { ...samplePayload, x: '2099-12-31' };
    const forged = { ...env, payload, code: await rawVerificationCode(payload, digest) };
    const result = await verifyCertificate(forged, await context(spki));
    expect(result.intact).toBe(true);
    expect(result.endorsement.state).toBe('invalid');
  });

  it('rejects an endorsement by a unit without a published key or not listed', async () => {
    const { pair } = await unitKey();
    expect((await verifyCertificate(await endorsed(pair.privateKey), await context())).endorsement).toMatchObject({
      reason: 'no-key',
    });
    const env = await endorsed(pair.privateKey);
    const unknown = {
      ...env,
      endorsement: { signature: env.endorsement?.signature ?? new Uint8Array(), unitId: 'polsek-x' },
    };
    expect((await verifyCertificate(unknown, await context())).endorsement).toMatchObject({ reason: 'unknown-unit' });
  });

  it('reports a revoked number even when the signature is valid', async () => {
    const { pair, spki } = await unitKey();
    const revoked = [{ id: samplePayload.no.toLowerCase(), date: '2026-12-01', reason: 'Diterbitkan keliru' }];
    const result = await verifyCertificate(await endorsed(pair.privateKey), await context(spki, revoked));
    expect(result.revoked?.reason).toBe('Diterbitkan keliru');
    expect(result.endorsement.state).toBe('valid');
  });
});
