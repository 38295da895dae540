import { describe, expect, it } from 'vitest';
import {
  articleParts,
  findLegalMentions,
  isCitable,
  normalizeInstrument,
} from '../../../src/lib/content/legal-mentions.ts';

const references = [
  { id: 'perpol-1-2021-pasal-1-angka-4', short: 'Perpol 1/2021', article: 'Pasal 1 angka 4' },
  {
    id: 'perpol-1-2021-pasal-3',
    short: 'Perpol 1/2021',
    article: 'Pasal 3',
    summary: 'Prinsip Polmas: a. komunikasi intensif; b. kesetaraan; c. kemitraan.',
  },
  { id: 'uu-2-2002-pasal-14-ayat-1', short: 'UU 2/2002', article: 'Pasal 14 ayat (1)' },
  { id: 'perpol-1-2021', short: 'Perpol 1/2021' },
];

/** The mentions no reference backs, read with the instrument written next to them (honesty.ts reads wider context). */
const findUncitedLegalMentions = (text: string, refs: typeof references) =>
  findLegalMentions(text).filter((mention) => !isCitable(mention, refs));

describe('legal mentions', () => {
  it('normalises instrument names and article parts', () => {
    expect(normalizeInstrument('Perpol No. 1 Tahun 2021')).toBe('Perpol 1/2021');
    expect(normalizeInstrument('Perkap Nomor 3 Tahun 2015')).toBe('Perkap 3/2015');
    expect(articleParts('Pasal 14 ayat (1) huruf c')).toEqual(['pasal 14', 'ayat 1', 'huruf c']);
  });

  it('reads the instrument written before, after, or after a list of articles', () => {
    const text =
      'Perpol 1/2021 Pasal 3 huruf a.\nPasal 12, Pasal 13, dan Pasal 14 Perpol 1/2021; lihat UU 2/2002 Pasal 14.';
    expect(findLegalMentions(text).map((m) => [m.text, m.instrument, m.line, m.column])).toEqual([
      ['Pasal 3 huruf a', 'Perpol 1/2021', 1, 15],
      ['Pasal 12', 'Perpol 1/2021', 2, 1],
      ['Pasal 13', 'Perpol 1/2021', 2, 11],
      ['Pasal 14', 'Perpol 1/2021', 2, 25],
      ['Pasal 14', 'UU 2/2002', 2, 65],
    ]);
  });

  it('accepts an article the register lists, more or less precisely', () => {
    const ok =
      'Pasal 1 angka 4 Perpol 1/2021, Pasal 1 Perpol 1/2021, Pasal 3 huruf b Perpol 1/2021, UU 2/2002 Pasal 14.';
    expect(findUncitedLegalMentions(ok, references)).toEqual([]);
  });

  it('reads "ayat (n)" as part of the mention, and the instrument after it', () => {
    expect(findLegalMentions('Pasal 14 ayat (1) huruf c UU 2/2002').map((m) => [m.parts, m.instrument])).toEqual([
      [['pasal 14', 'ayat 1', 'huruf c'], 'UU 2/2002'],
    ]);
  });

  it('rejects a sub-part more precise than the listed article unless its summary spells it out', () => {
    const text = 'Pasal 3 huruf d Perpol 1/2021. UU 2/2002 Pasal 14 ayat (1) huruf g.';
    expect(findUncitedLegalMentions(text, references).map((m) => `${m.instrument ?? '?'} ${m.text}`)).toEqual([
      'Perpol 1/2021 Pasal 3 huruf d',
      'UU 2/2002 Pasal 14 ayat (1) huruf g',
    ]);
  });

  it('rejects an article the register does not list, or one cited under another instrument', () => {
    const text = 'Pasal 1 angka 9 Perpol 1/2021. Perpol 1/2021 Pasal 27. UU 2/2002 Pasal 3. Pasal 99 mengatur sambang.';
    expect(findUncitedLegalMentions(text, references).map((m) => `${m.instrument ?? '?'} ${m.text}`)).toEqual([
      'Perpol 1/2021 Pasal 1 angka 9',
      'Perpol 1/2021 Pasal 27',
      'UU 2/2002 Pasal 3',
      '? Pasal 99',
    ]);
  });

  it('does not read ids such as perpol-1-2021-pasal-3 as mentions', () => {
    expect(findLegalMentions('<DasarHukum ref="perpol-1-2021-pasal-3" />')).toEqual([]);
  });
});
