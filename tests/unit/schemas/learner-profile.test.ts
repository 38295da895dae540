import { describe, expect, it } from 'vitest';
import { LearnerProfileSchema } from '../../../src/schemas/progress.ts';

const issues = (value: unknown) => {
  const result = LearnerProfileSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('learner profile', () => {
  it.each([
    [
      'an officer with an 8-digit NRP, rank and unit',
      { name: 'Budi', kind: 'anggota', nrp: '85061234', rank: 'Bripka', unit: 'Polsek A' },
    ],
    ['a community partner without NRP', { name: 'Pak RT', kind: 'mitra', role: 'Anggota FKPM' }],
  ])('accepts %s', (_, value) => {
    expect(issues(value)).toEqual([]);
  });

  it.each([
    ['an officer without NRP', { name: 'Budi', kind: 'anggota' }, 'nrp: NRP wajib diisi untuk anggota Polri'],
    ['an NRP of 7 digits', { name: 'Budi', kind: 'anggota', nrp: '8506123' }, 'nrp: NRP harus 8 angka'],
    ['an NRP of 9 digits', { name: 'Budi', kind: 'anggota', nrp: '850612345' }, 'nrp: NRP harus 8 angka'],
    ['an NRP with letters', { name: 'Budi', kind: 'anggota', nrp: '8506123a' }, 'nrp: NRP harus 8 angka'],
    ['an empty name', { name: '  ', kind: 'mitra' }, 'name: tidak boleh kosong'],
    ['an unknown kind', { name: 'Budi', kind: 'tamu' }, 'kind:'],
    ['an unknown field', { name: 'Budi', kind: 'mitra', password: 'x' }, 'password'],
  ])('rejects %s', (_, value, expected) => {
    expect(issues(value).join('\n')).toContain(expected);
  });
});
