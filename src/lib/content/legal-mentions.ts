// The one place that reads "Pasal N" mentions and instrument names, and decides whether content/legal/references.yaml
// backs a mention. The content checker (authoring-rules.ts) and the honesty rules (honesty.ts) both use it.

/** How to fix an article that references.yaml does not list, worded once for every rule that finds one. */
export const UNLISTED_ARTICLE_HINT =
  'jangan menulis nomor pasal yang belum diverifikasi: tambahkan butirnya ke references.yaml bersama sumbernya, atau hapus nomor pasal itu';

/** What a legal reference entry offers for matching: its short instrument name, optional article and summary. */
export interface CitableReference {
  readonly id: string;
  /** Short name of the instrument, e.g. "Perpol 1/2021". */
  readonly short: string;
  /** Article, e.g. "Pasal 1 angka 4"; absent when the entry cites the instrument as a whole. */
  readonly article?: string | undefined;
  /** What the article says; a sub-part (ayat, huruf, angka) it spells out may be cited on its own. */
  readonly summary?: string | undefined;
}

/** An instrument named in a text, e.g. "Perpol No. 1 Tahun 2021" read as "Perpol 1/2021". */
export interface InstrumentMention {
  /** Normalised name, e.g. "Perpol 1/2021", "UU 2/2002", "Skep 737/2005". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** One "Pasal N ..." mention found in a text, with the instrument it was read as belonging to. */
export interface LegalMention {
  /** The mention as written, e.g. "Pasal 13 ayat (2) huruf d". */
  readonly text: string;
  /** Normalised article parts, e.g. ["pasal 13", "ayat 2", "huruf d"]. */
  readonly parts: readonly string[];
  /** Normalised instrument written next to it, e.g. "Perpol 1/2021"; null when not named there (any entry may match). */
  readonly instrument: string | null;
  /** 1-based line and column in the text. */
  readonly line: number;
  readonly column: number;
  /** Offsets of the mention in the text. */
  readonly start: number;
  readonly end: number;
}

// "Pasal 13", "Pasal 1 angka 4", "Pasal 14 ayat (1) huruf c". Case-insensitive, but "pasal-3" (an id) is not a mention.
const QUALIFIERS = String.raw`(?:\s+(?:ayat\s+\(\d+\)|(?:angka|ayat)\s+\d+\b|huruf\s+[a-z]\b))*`;
const PASAL = new RegExp(String.raw`\bPasal\s+(\d+)(${QUALIFIERS})`, 'giu');
const QUALIFIER = /(angka|ayat|huruf)\s+\(?(\d+|[a-z])\)?/giu;
// "Perpol 1/2021", "UU 2/2002", "Undang-Undang Nomor 2 Tahun 2002", "Skep Kapolri No. Pol.: Skep/737/X/2005".
const INSTRUMENT =
  /\b(Perpol|Perkap|Undang-Undang|UU|PP|Perpres|Permendagri|Perda|Inpres|Keppres)\s*(?:No\.?|Nomor)?\s*(\d+)\s*(?:\/\s*|Tahun\s+)(\d{4})\b|\bSkep(?:\s+Kapolri)?(?:\s+No\.\s*Pol\.?:?)?\s*\/?\s*(\d+)\/(?:[IVXL]+\/)?(\d{4})\b/giu;
const KINDS: Readonly<Record<string, string>> = {
  perpol: 'Perpol',
  perkap: 'Perkap',
  'undang-undang': 'UU',
  uu: 'UU',
  pp: 'PP',
  perpres: 'Perpres',
  permendagri: 'Permendagri',
  perda: 'Perda',
  inpres: 'Inpres',
  keppres: 'Keppres',
};
// Between a mention and the instrument after it: other article mentions and connectors only.
const BRIDGE = new RegExp(String.raw`^(?:(?:\s*(?:,|dan|serta|atau|–|-))*\s*Pasal\s+\d+${QUALIFIERS})*\s*,?\s*`, 'iu');

/** Every instrument named in a text, in order. */
export function findInstruments(text: string): InstrumentMention[] {
  return [...text.matchAll(INSTRUMENT)].map((m) => {
    const kind = m[1];
    const key = kind
      ? `${KINDS[kind.toLowerCase()] ?? kind} ${m[2] ?? ''}/${m[3] ?? ''}`
      : `Skep ${m[4] ?? ''}/${m[5] ?? ''}`;
    return { key, start: m.index, end: m.index + m[0].length };
  });
}

/** Normalises an instrument name ("Perpol No. 1 Tahun 2021" -> "Perpol 1/2021"), or null when it is not one. */
export function normalizeInstrument(name: string): string | null {
  return findInstruments(name)[0]?.key ?? null;
}

/** Splits an article into comparable parts: "Pasal 14 ayat (1) huruf c" -> ["pasal 14", "ayat 1", "huruf c"]. */
export function articleParts(article: string): string[] {
  const head = /Pasal\s+(\d+)/iu.exec(article);
  if (!head) return [];
  const rest = article.slice(head.index + head[0].length);
  return [
    `pasal ${head[1] ?? ''}`,
    ...[...rest.matchAll(QUALIFIER)].map((m) => `${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').toLowerCase()}`),
  ];
}

/** Writes parts back as an article: ["pasal 14", "ayat 1", "huruf c"] -> "Pasal 14 ayat (1) huruf c". */
export function formatArticle(parts: readonly string[]): string {
  return parts
    .map((part) => {
      const [kind = '', value = ''] = part.split(' ');
      if (kind === 'pasal') return `Pasal ${value}`;
      return kind === 'ayat' ? `ayat (${value})` : part;
    })
    .join(' ');
}

/**
 * Finds every "Pasal N ..." mention in a text and the instrument it belongs to: the one written right before it
 * ("Perpol 1/2021 Pasal 3"), else the one right after it or after a list of articles ("Pasal 12 dan Pasal 13
 * Perpol 1/2021"). Further away the instrument is a guess (prose names several), so it is left unknown.
 */
export function findLegalMentions(text: string): LegalMention[] {
  const named = findInstruments(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
    return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1 };
  };
  return [...text.matchAll(PASAL)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = named.filter((n) => n.end <= start).at(-1);
    const adjacentBefore = before && /^[\s,]*$/u.test(text.slice(before.end, start)) ? before : undefined;
    const bridge = BRIDGE.exec(text.slice(end))?.[0].length ?? 0;
    const after = named.find((n) => n.start === end + bridge);
    const instrument = adjacentBefore?.key ?? after?.key ?? null;
    return { text: m[0], parts: articleParts(m[0]), instrument, ...position(start), start, end };
  });
}

/** Whether a reference's summary spells out a sub-part, e.g. "Ayat (2):" or "c. pembina Polmas". */
function summaryNames(summary: string, part: string): boolean {
  const [kind, value = ''] = part.split(' ');
  if (kind === 'ayat') return summary.toLowerCase().includes(`ayat (${value})`);
  if (kind === 'huruf') return new RegExp(`(?:^|[\\s;:(])${value}[.)]\\s`).test(summary);
  return summary.toLowerCase().includes(`angka ${value}`);
}

/**
 * Whether a listed article backs a mention: the same article, a more specific part of it (the mention cites the
 * whole), or a sub-part (ayat, huruf, angka) of it that the entry's summary spells out.
 */
function articleMatches(mention: readonly string[], ref: CitableReference): boolean {
  if (!ref.article) return false;
  const listed = articleParts(ref.article);
  const shared = Math.min(mention.length, listed.length);
  if (shared === 0 || !mention.slice(0, shared).every((part, i) => part === listed[i])) return false;
  return mention.slice(shared).every((part) => summaryNames(ref.summary ?? '', part));
}

/** Whether some reference entry backs a mention (same instrument when known, matching article). */
export function isCitable(
  mention: Pick<LegalMention, 'parts' | 'instrument'>,
  references: readonly CitableReference[],
): boolean {
  return references.some(
    (ref) =>
      (!mention.instrument || normalizeInstrument(ref.short) === mention.instrument) &&
      articleMatches(mention.parts, ref),
  );
}
