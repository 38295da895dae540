import { describe, expect, it } from 'vitest';
import {
  blockHeight,
  fitBlocks,
  fitText,
  SMALLEST,
  wrapText,
  type Block,
  type Fitted,
  type FittedBlock,
  type Measure,
} from '../../../src/lib/certificate/fit.ts';

/** A monospaced face: every character is half its size wide. */
const mono: Measure = (text, size) => text.length * size * 0.5;
/** Every word of LONG, in order, on lines no wider than `width`. */
function expectWrapped(fitted: Fitted, width: number) {
  expect(fitted.lines.join(' ')).toBe(LONG);
  for (const line of fitted.lines) expect(mono(line, fitted.size)).toBeLessThanOrEqual(width);
}
const LONG = 'AKBP Dr. H. Raden Mas Bambang Sutrisno Wiryoatmodjo Kusumanegara, S.H., S.I.K., M.Si., M.H., CPHR';

describe('fitText', () => {
  it('keeps text that fits at its size', () => {
    expect(fitText('Ni Luh Putu Ayu', { size: 26, minSize: 18, width: 600, maxLines: 2 }, mono)).toEqual({
      size: 26,
      lines: ['Ni Luh Putu Ayu'],
    });
  });

  it('shrinks a line that is too wide, in half points, down to the minimum', () => {
    // 40 characters at 26 pt are 520 wide; 400 takes 20 pt.
    const text = 'x'.repeat(40);
    expect(fitText(text, { size: 26, minSize: 18, width: 400, maxLines: 2 }, mono)).toEqual({
      size: 20,
      lines: [text],
    });
    expect(fitText(text, { size: 26, minSize: 18, width: 390, maxLines: 2 }, mono).size).toBe(19.5);
  });

  it('wraps at the minimum size once shrinking is not enough, every line within the width', () => {
    const fitted = fitText(LONG, { size: 26, minSize: 18, width: 694, maxLines: 2 }, mono);
    expect(fitted.size).toBe(18);
    expect(fitted.lines).toHaveLength(2);
    expectWrapped(fitted, 694);
  });

  it('shrinks under the minimum when wrapping needs more lines than allowed', () => {
    const fitted = fitText(LONG, { size: 12, minSize: 12, width: 200, maxLines: 2 }, mono);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.size).toBeLessThan(12);
    expectWrapped(fitted, 200);
  });

  it('stops at the smallest legible size, even if the text then takes more lines', () => {
    const fitted = fitText(LONG.repeat(4), { size: 12, minSize: 9, width: 100, maxLines: 2 }, mono);
    expect(fitted.size).toBe(SMALLEST);
    expect(fitted.lines.length).toBeGreaterThan(2);
  });
});

describe('wrapText', () => {
  it('breaks a word wider than the line between characters', () => {
    // Ten characters fit a line.
    expect(wrapText('ab https://contoh.example/abcdefghij', 10, 50, mono)).toEqual([
      'ab',
      'https://co',
      'ntoh.examp',
      'le/abcdefg',
      'hij',
    ]);
  });

  it('collapses runs of spaces and gives no line for empty text', () => {
    expect(wrapText('  a   b  ', 10, 100, mono)).toEqual(['a b']);
    expect(wrapText('', 10, 100, mono)).toEqual([]);
  });
});

describe('fitBlocks', () => {
  const block = (key: string, text: string): Block => ({
    key,
    text,
    bold: false,
    size: 20,
    minSize: 14,
    width: 600,
    maxLines: 2,
    gap: 10,
  });
  const blocks = [block('title', 'Sertifikat'), block('name', LONG), block('unit', 'Polsek Contoh')];
  const height = (fitted: FittedBlock[]) => fitted.reduce((sum, b) => sum + blockHeight(b), 0);

  it('keeps full size when the blocks fit the height', () => {
    const fitted = fitBlocks(blocks, 500, () => mono);
    expect(fitted.scale).toBe(1);
    expect(fitted.blocks.map((b) => b.size)).toEqual([20, 14, 20]);
  });

  it('shrinks sizes and gaps together in 5 % steps until the blocks fit', () => {
    const fitted = fitBlocks(blocks, 80, () => mono);
    expect(fitted.scale).toBeLessThan(1);
    expect(height(fitted.blocks)).toBeLessThanOrEqual(80);
    expect(fitted.blocks[0]).toMatchObject({ size: 20 * fitted.scale, gap: 10 * fitted.scale });
  });

  it('stops at 60 % however little room there is', () => {
    expect(fitBlocks(blocks, 10, () => mono).scale).toBeCloseTo(0.6);
  });
});
