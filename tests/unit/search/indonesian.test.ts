import { describe, expect, it } from 'vitest';
import { isStopWord, normalizeText, splitWords, stemWord } from '../../../src/lib/search/indonesian.ts';
import { pagefindFailure } from '../../../src/lib/search/pagefind-outcome.ts';

describe('Indonesian text processing', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalizeText('Perpol No. 1/2021 — "Kemitraan"!')).toBe('perpol no 1 2021 kemitraan');
    expect(splitWords('  Résumé,  DDS ')).toEqual(['resume', 'dds']);
    expect(splitWords(' … ')).toEqual([]);
  });

  it.each([
    ['kemitraan', 'mitra'],
    ['bermitra', 'mitra'],
    ['mitra', 'mitra'],
    ['kecelakaan', 'celaka'],
    ['pemolisian', 'polisi'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('knows common Indonesian stop words but not content words', () => {
    for (const w of ['yang', 'siapa', 'dan', 'tentang']) expect(isStopWord(w), w).toBe(true);
    for (const w of ['kecelakaan', 'mitra', 'polisi', 'desa']) expect(isStopWord(w), w).toBe(false);
  });
});

describe('pagefindFailure', () => {
  it('passes a sound index', () => {
    expect(pagefindFailure([{ errors: [] }, { errors: [], pageCount: 12 }])).toBeUndefined();
  });

  it('fails on any error or on an empty index', () => {
    expect(pagefindFailure([{ errors: ['bad html'] }, { errors: [], pageCount: 3 }])).toMatchInlineSnapshot(`
      "Pagefind gagal membuat indeks:
        - bad html"
    `);
    expect(pagefindFailure([{ errors: [], pageCount: 0 }])).toMatch(/tidak menemukan halaman/);
  });
});
