// The text a PDF made with pdf-lib shows, page by page: each text run's glyphs mapped back to characters through its
// font's ToUnicode map. A name drawn with a font that lacks one of its letters does not read back as typed.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib';

function streamText(stream: PDFObject | undefined): string {
  if (!(stream instanceof PDFRawStream)) return '';
  const bytes = stream.dict.get(PDFName.of('Filter')) ? inflateSync(stream.contents) : Buffer.from(stream.contents);
  return Buffer.from(bytes).toString('latin1');
}

/** Glyph id (4 hex digits) -> characters, from a ToUnicode CMap. */
function glyphMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, glyph = '', unicode = ''] of cmap.matchAll(/<([0-9a-fA-F]{4})> <([0-9a-fA-F]+)>/g)) {
    const units = (unicode.match(/.{4}/g) ?? []).map((hex) => parseInt(hex, 16));
    map.set(glyph.toLowerCase(), String.fromCharCode(...units));
  }
  return map;
}

/** The text runs of every page, one string per page, runs separated by newlines ("?" for an unmapped glyph). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const maps = new Map<string, Map<string, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      maps.set(name.decodeText(), glyphMap(streamText(font.lookup(PDFName.of('ToUnicode')))));
    }
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const runs: string[] = [];
    let current = new Map<string, string>();
    for (const match of streams
      .map(streamText)
      .join('\n')
      .matchAll(/\/(\S+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj/g)) {
      const [, font, hex] = match;
      if (font !== undefined) current = maps.get(font) ?? new Map<string, string>();
      else runs.push((hex?.match(/.{4}/g) ?? []).map((g) => current.get(g.toLowerCase()) ?? '?').join(''));
    }
    return runs.join('\n');
  });
}
