/** What a legal reference entry offers for matching: its short instrument name and optional article. */
export interface CitableReference {
  readonly id: string;
  /** Short name of the instrument, e.g. "Perpol 1/2021". */
  readonly short: string;
  /** Article, e.g. "Pasal 1 angka 4"; absent when the entry cites the instrument as a whole. */
  readonly article?: string | undefined;
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
}

// "Pasal 13", "Pasal 1 angka 4", "Pasal 14 ayat (1) huruf c". Case-insensitive, but "pasal-3" (an id) is not a mention.
const PASAL = /\bPasal\s+(\d+)((?:\s+(?:angka|ayat|huruf)\s+(?:\(\d+\)|\d+|[a-z])\b)*)/giu;
const QUALIFIER = /(angka|ayat|huruf)\s+\(?(\d+|[a-z])\)?/giu;
// "Perpol 1/2021", "UU 2/2002", "Perkap No. 3 Tahun 2015", "Perpol Nomor 1 Tahun 2021".
const INSTRUMENT =
  /\b(Perpol|Perkap|UU|PP|Perpres|Permendagri|Perda|Inpres|Keppres)\s+(?:(?:No\.?|Nomor)\s*)?(\d+)\s*(?:\/\s*|\s+Tahun\s+)(\d{4})\b/gu;
// Between a mention and the instrument after it: other article mentions and connectors only.
const BRIDGE =
  /^(?:(?:\s*(?:,|dan|serta|atau|–|-))*\s*Pasal\s+\d+(?:\s+(?:angka|ayat|huruf)\s+(?:\(\d+\)|\d+|[a-z])\b)*)*\s*,?\s*/iu;

interface Found {
  readonly index: number;
  readonly end: number;
  readonly value: string;
}

function instruments(text: string): Found[] {
  return [...text.matchAll(INSTRUMENT)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    value: `${m[1] ?? ''} ${m[2] ?? ''}/${m[3] ?? ''}`,
  }));
}

/** Normalises an instrument name ("Perpol No. 1 Tahun 2021" -> "Perpol 1/2021"), or null when it is not one. */
export function normalizeInstrument(name: string): string | null {
  return instruments(name)[0]?.value ?? null;
}

/** Splits an article into comparable parts: "Pasal 14 ayat (1) huruf c" -> ["pasal 14", "ayat 1", "huruf c"]. */
export function articleParts(article: string): string[] {
  const head = /Pasal\s+(\d+)/iu.exec(article);
  if (!head) return [];
  const rest = article.slice(head.index + head[0].length);
  return [
    `pasal ${head[1] ?? ''}`,
    ...[...rest.matchAll(QUALIFIER)].map((m) => `${(m[1] ?? '').toLowerCase()} ${m[2] ?? ''}`),
  ];
}

/**
 * Finds every "Pasal N ..." mention in a text and the instrument it belongs to: the one written right before it
 * ("Perpol 1/2021 Pasal 3"), else the one right after it or after a list of articles ("Pasal 12 dan Pasal 13
 * Perpol 1/2021"). Further away the instrument is a guess (prose names several), so it is left unknown.
 */
export function findLegalMentions(text: string): LegalMention[] {
  const named = instruments(text);
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
    const after = named.find((n) => n.index === end + bridge);
    const instrument = adjacentBefore?.value ?? after?.value ?? null;
    return { text: m[0], parts: articleParts(m[0]), instrument, ...position(start) };
  });
}

/** Whether one article covers the other: the same parts, or one a more precise part of the other. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  return n > 0 && a.slice(0, n).every((part, i) => part === b[i]);
}

/** Whether some reference entry matches a mention (same instrument when known, overlapping article). */
export function isCitable(mention: LegalMention, references: readonly CitableReference[]): boolean {
  return references.some((ref) => {
    if (!ref.article) return false;
    if (mention.instrument && normalizeInstrument(ref.short) !== mention.instrument) return false;
    return overlaps(mention.parts, articleParts(ref.article));
  });
}

/** Every "Pasal N" mention of a text that no entry of content/legal/references.yaml backs. Pure. */
export function findUncitedLegalMentions(text: string, references: readonly CitableReference[]): LegalMention[] {
  return findLegalMentions(text).filter((mention) => !isCitable(mention, references));
}
