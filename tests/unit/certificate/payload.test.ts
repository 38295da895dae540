import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeMatches, formatCode, rawVerificationCode } from '../../../src/lib/certificate/code.ts';
import { toBase64Url, utf8 } from '../../../src/lib/certificate/encoding.ts';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/certificate/envelope.ts';
import { certificateNumber } from '../../../src/lib/certificate/number.ts';
import {
  canonicalPayload,
  parsePayload,
  type CertificatePayload,
  type ModuleLine,
} from '../../../src/lib/certificate/payload.ts';
import { digest, samplePayload } from './helpers.ts';

describe('canonical payload', () => {
  it('is compact JSON with a fixed key order, whatever order the object was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(samplePayload).reverse()) as unknown as CertificatePayload;
    expect(canonicalPayload(shuffled)).toBe(canonicalPayload(samplePayload));
    expect(canonicalPayload(samplePayload)).toMatchInlineSnapshot(
      `"{"v":1,"no":"SNG-20261128-7K3QX9","c":"sosialisasi-perpol-1-2021","n":"Ni Luh Putu Ayu Wédari","k":"a","id":"87050123","p":"Bripka","u":"Polsek Contoh","m":[["polmas-tugas-setiap-anggota","2026-11-20",90],["kemitraan","2026-11-28",null]],"i":"2026-11-28","x":"2028-11-28"}"`,
    );
  });

  it('leaves out absent optional fields', () => {
    expect(canonicalPayload({ ...samplePayload, p: undefined, u: undefined })).not.toMatch(/"p"|"u"/);
  });

  it('round-trips through the /verifikasi fragment', () => {
    const fragment = encodeEnvelope({ payload: samplePayload, code: 'ABCDEFGHJKMN' });
    expect(fragment).toMatch(/^z\.[A-Za-z0-9_-]+\.ABCDEFGHJKMN$/);
    const decoded = decodeEnvelope(`#${fragment}`);
    expect(decoded).toEqual({ ok: true, envelope: { payload: samplePayload, code: 'ABCDEFGHJKMN' } });
  });

  it('still reads a fragment printed before payloads were compressed', () => {
    const plain = `${toBase64Url(utf8(canonicalPayload(samplePayload)))}.ABCDEFGHJKMN`;
    expect(decodeEnvelope(plain)).toEqual({ ok: true, envelope: { payload: samplePayload, code: 'ABCDEFGHJKMN' } });
  });

  it('fits a QR code comfortably (under 600 characters for a ten-module course with long names)', () => {
    const ten: CertificatePayload = {
      ...samplePayload,
      n: 'Ni Made Ayu Kusumawardhani Prameswari Dewi Sekar Arum Larasati Putri Anggraeni Wulandari Sukma',
      m: Array.from({ length: 10 }, (_, i) => [`modul-kedua-yang-panjang-${i}`, '2026-11-28', 100] as const),
    };
    expect(encodeEnvelope({ payload: ten, code: 'ABCDEFGHJKMN' }).length).toBeLessThan(600);
  });

  it('reports a compressed payload that does not inflate as unreadable', () => {
    expect(decodeEnvelope('z.AAAA.ABCDEFGHJKMN')).toEqual({ ok: false, error: 'format' });
  });

  it('rejects malformed fragments and payloads', () => {
    expect(decodeEnvelope('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeEnvelope('abc')).toEqual({ ok: false, error: 'format' });
    expect(decodeEnvelope('e30.ABCD')).toEqual({ ok: false, error: 'payload' });
    expect(parsePayload({ ...samplePayload, extra: 1 })).toBeUndefined();
    expect(parsePayload({ ...samplePayload, i: '2026-02-30' })).toBeUndefined();
    expect(parsePayload(JSON.parse(canonicalPayload(samplePayload)))).toEqual(samplePayload);
  });
});

const [, second] = samplePayload.m as [ModuleLine, ModuleLine];

describe('verification code', () => {
  it('is 12 typeable characters, printed in groups of four, and stable', async () => {
    const code = await rawVerificationCode(samplePayload, digest);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(formatCode(code)).toMatch(/^.{4}-.{4}-.{4}$/);
    expect(await rawVerificationCode({ ...samplePayload }, digest)).toBe(code);
  });

  it('accepts the code typed with spaces, lower case and O/I/L look-alikes', async () => {
    const code = await rawVerificationCode(samplePayload, digest);
    const typed = formatCode(code).toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(await codeMatches(samplePayload, typed, digest)).toBe(true);
  });

  it('changes when any field changes', async () => {
    const base = await rawVerificationCode(samplePayload, digest);
    const variants: CertificatePayload[] = [
      { ...samplePayload, no: 'SNG-20261128-7K3QX8' },
      { ...samplePayload, c: 'kursus-lain' },
      { ...samplePayload, n: 'Ni Luh Putu Ayu Wedari' },
      { ...samplePayload, k: 'm' },
      { ...samplePayload, id: '87050124' },
      { ...samplePayload, p: 'Brigpol' },
      { ...samplePayload, u: 'Polsek Lain' },
      { ...samplePayload, m: [['polmas-tugas-setiap-anggota', '2026-11-20', 100], second] },
      { ...samplePayload, m: [['polmas-tugas-setiap-anggota', '2026-11-21', 90], second] },
      { ...samplePayload, i: '2026-11-29' },
      { ...samplePayload, x: '2029-11-28' },
      { ...samplePayload, x: null },
    ];
    for (const variant of variants) expect(await rawVerificationCode(variant, digest)).not.toBe(base);
  });

  it('property: a changed name never keeps the code', async () => {
    const base = await rawVerificationCode(samplePayload, digest);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '' && s !== samplePayload.n),
        async (name) => (await rawVerificationCode({ ...samplePayload, n: name }, digest)) !== base,
      ),
      { numRuns: 100 },
    );
  });
});

describe('certificate number', () => {
  const input = {
    kind: 'a' as const,
    idOrRole: '87050123',
    name: 'Budi',
    courseId: 'sosialisasi-perpol-1-2021',
    completedOn: '2026-11-28',
  };
  it('is stable and derived from learner, course and completion date', async () => {
    const no = await certificateNumber(input, digest);
    expect(no).toMatch(/^SNG-20261128-[0-9A-Z]{6}$/);
    expect(await certificateNumber({ ...input, name: 'Budi Santoso' }, digest)).toBe(no);
    expect(await certificateNumber({ ...input, idOrRole: '87050124' }, digest)).not.toBe(no);
    expect(await certificateNumber({ ...input, courseId: 'lain' }, digest)).not.toBe(no);
    expect(await certificateNumber({ ...input, completedOn: '2026-11-29' }, digest)).not.toBe(no);
  });
  it('identifies partners by name and role', async () => {
    const mitra = { ...input, kind: 'm' as const, idOrRole: 'Anggota FKPM' };
    expect(await certificateNumber(mitra, digest)).not.toBe(
      await certificateNumber({ ...mitra, name: 'Sari' }, digest),
    );
    expect(await certificateNumber({ ...mitra, name: '  budi ' }, digest)).toBe(await certificateNumber(mitra, digest));
  });
});
