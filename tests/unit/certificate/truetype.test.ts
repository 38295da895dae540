import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { padGlyphs } from '../../../src/lib/certificate/truetype.ts';

const fonts = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((file) =>
  readFileSync(`node_modules/@expo-google-fonts/noto-sans/${file}`),
);
const TEXT = 'AKBP Dr. H. Raden Mas Wédari Ş., S.H. · NRP 87050007 · Sertifikat 1/2021: ABCD-EFGH-2345';

/** The glyph offsets of a font whose head says its loca table is long (as Noto Sans's is, and padGlyphs writes). */
function locaOffsets(font: Uint8Array): number[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const table = (tag: string) => {
    for (let record = 12; record < 12 + view.getUint16(4) * 16; record += 16) {
      if (String.fromCharCode(...font.subarray(record, record + 4)) === tag) return view.getUint32(record + 8);
    }
    throw new Error(`no ${tag} table`);
  };
  expect(view.getInt16(table('head') + 50)).toBe(1);
  const loca = table('loca');
  return Array.from({ length: view.getUint16(table('maxp') + 4) + 1 }, (_, i) => view.getUint32(loca + i * 4));
}

/** The outline of each glyph `text` lays out in the font, in order of first use: the order of a PDF subset. */
function outlines(font: fontkit.Font, text: string): string[] {
  const seen = new Map<number, string>();
  for (const glyph of font.layout(text).glyphs) if (!seen.has(glyph.id)) seen.set(glyph.id, glyph.path.toSVG());
  return [...seen.values()];
}

/** Embeds the font as pdf-lib does for "Unduh PDF" (subset), draws `text`, and reads the subset font back. */
async function embeddedSubset(font: Uint8Array, text: string): Promise<fontkit.Font> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embedded = await doc.embedFont(font, { subset: true });
  doc.addPage().drawText(text, { font: embedded, size: 12 });
  const saved = await PDFDocument.load(await doc.save());
  for (const [, object] of saved.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const file = object.get(PDFName.of('FontFile2'));
    const stream = file ? saved.context.lookup(file) : undefined;
    if (stream instanceof PDFRawStream) return fontkit.create(Buffer.from(inflateSync(stream.contents)));
  }
  throw new Error('no embedded TrueType font');
}

describe('padGlyphs', () => {
  it.each(fonts.map((font, i) => [i, font] as const))(
    'font %i: every glyph starts on a 4-byte boundary and keeps its outline',
    (_, font) => {
      const before = fontkit.create(font);
      const after = fontkit.create(Buffer.from(padGlyphs(font)));
      expect(after.numGlyphs).toBe(before.numGlyphs);
      expect(locaOffsets(padGlyphs(font)).every((offset) => offset % 4 === 0)).toBe(true);
      expect(locaOffsets(font).some((offset) => offset % 2 === 1)).toBe(true);
      expect(outlines(after, TEXT)).toEqual(outlines(before, TEXT));
      expect(after.layout(TEXT).advanceWidth).toBe(before.layout(TEXT).advanceWidth);
    },
  );

  it.each(fonts.map((font, i) => [i, font] as const))(
    'font %i: the subset pdf-lib embeds draws every glyph as the font does (the unpadded font does not)',
    async (_, font) => {
      const want = outlines(fontkit.create(font), TEXT);
      // The subset holds .notdef, then the glyphs in order of first use.
      const glyphsOf = async (bytes: Uint8Array) => {
        const subset = await embeddedSubset(bytes, TEXT);
        return want.map((_outline, i) => {
          try {
            return subset.getGlyph(i + 1).path.toSVG();
          } catch {
            return 'unreadable';
          }
        });
      };
      expect(await glyphsOf(padGlyphs(font))).toEqual(want);
      expect(await glyphsOf(font)).not.toEqual(want);
    },
  );
});
