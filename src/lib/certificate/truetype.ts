// Word-aligns the glyphs of a TrueType font so that the subset fontkit embeds in a PDF keeps every glyph intact.
//
// Fonts built by current tools (Noto Sans among them) store glyphs unpadded, at odd offsets, with a long `loca` table.
// @pdf-lib/fontkit 1.1.1 copies each glyph's bytes into the subset as they are, then writes the subset's `loca` in the
// short format, which stores offset / 2: every glyph after an odd-length one starts a byte early, and PDF viewers
// (poppler, pdf.js) draw it empty or as garbage. Padding each glyph to a multiple of 4 bytes, as the OpenType `loca`
// specification recommends, gives the subset even offsets. Outlines are unchanged: a glyph's end comes from its own
// data, and the zero bytes after it are never read.

const align4 = (n: number) => (n + 3) & ~3;

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(align4(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The same font with every glyph padded to 4 bytes and a long `loca` table. */
export function padGlyphs(font: ArrayBuffer | Uint8Array): Uint8Array {
  const bytes = font instanceof Uint8Array ? font : new Uint8Array(font);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    // A copy (Buffer's slice would share memory), so each table's DataView starts at the table.
    tables.set(tag, new Uint8Array(bytes.subarray(offset, offset + view.getUint32(record + 12))));
  }
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  if (!head || !maxp || !loca || !glyf) throw new Error('not a TrueType font with glyf outlines');

  const headView = new DataView(head.buffer);
  const long = headView.getInt16(50) === 1;
  const locaView = new DataView(loca.buffer);
  const glyphs = new DataView(maxp.buffer).getUint16(4);
  const at = (i: number) => (long ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2);
  const newLoca = new Uint8Array((glyphs + 1) * 4);
  const newLocaView = new DataView(newLoca.buffer);
  let size = 0;
  for (let i = 0; i < glyphs; i++) size += align4(at(i + 1) - at(i));
  const newGlyf = new Uint8Array(size);
  let offset = 0;
  for (let i = 0; i < glyphs; i++) {
    newLocaView.setUint32(i * 4, offset);
    newGlyf.set(glyf.subarray(at(i), at(i + 1)), offset);
    offset += align4(at(i + 1) - at(i));
  }
  newLocaView.setUint32(glyphs * 4, offset);
  headView.setInt16(50, 1);
  headView.setUint32(8, 0); // checkSumAdjustment, set once the whole font is written
  tables.set('loca', newLoca);
  tables.set('glyf', newGlyf);

  // Same table order as the source (its directory is sorted by tag), each table 4-byte aligned.
  const tags = [...tables.keys()];
  let cursor = 12 + tags.length * 16;
  const placed = tags.map((tag) => {
    const data = tables.get(tag) ?? new Uint8Array();
    const start = cursor;
    cursor += align4(data.length);
    return { tag, data, start };
  });
  const out = new Uint8Array(cursor);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(0, 12));
  placed.forEach(({ tag, data, start }, i) => {
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    outView.setUint32(record + 4, checksum(data));
    outView.setUint32(record + 8, start);
    outView.setUint32(record + 12, data.length);
    out.set(data, start);
  });
  const headStart = placed.find((table) => table.tag === 'head')?.start ?? 0;
  outView.setUint32(headStart + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
