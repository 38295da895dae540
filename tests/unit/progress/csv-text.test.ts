import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/lib/progress/csv-text.ts';

/** The cell as a spreadsheet reads it back from the written CSV. */
const roundTrip = (value: string | number): string => {
  const parsed = Papa.parse<string[]>(writeCsv([[value]]), { delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data[0]?.[0] ?? '';
};

describe('writeCsv', () => {
  it.each([
    ['=HYPERLINK("http://x","klik")'],
    ['+62 812'],
    ['-1+1'],
    ['@SUM(A1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\n=1+1'],
    // papaparse's own escapeFormulae: true leaves these two as they are.
    ['=HYPERLINK("http://x","klik")\nbaris kedua'],
    ['  =1+1'],
  ])('writes %j as text a spreadsheet will not run', (value) => {
    expect(roundTrip(value)).toBe(`'${value}`);
  });

  it.each([['Budi Santoso'], ['Bripka'], ['a=b'], ['87050001'], ['2026-11-28'], ['']])('keeps %j as it is', (value) => {
    expect(roundTrip(value)).toBe(value);
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    expect(roundTrip(-5)).toBe('-5');
  });

  it('ends lines with CRLF', () => {
    expect(writeCsv({ fields: ['a', 'b'], data: [['1', '2']] })).toBe('a,b\r\n1,2');
  });
});
