import type { ContentFile } from './corpus.ts';

/** The part of a legal reference the honesty rules need. */
export interface CitableReference {
  readonly id: string;
  readonly short: string;
  readonly article?: string | undefined;
  readonly status: 'berlaku' | 'dicabut';
  readonly summary?: string | undefined;
}

/** One breach of the honesty rules, with the line it is on. */
export interface HonestyFinding {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface InstrumentMention extends Span {
  /** Normalised name, e.g. "Perpol 1/2021", "UU 2/2002", "Skep 737/2005". */
  readonly key: string;
}

interface Block extends Span {
  /** Text of the heading of the section the block sits in (MDX only). */
  readonly heading: string;
  /** Reference id of the `<DasarHukum>` the block sits in, if any. */
  readonly dasarHukum: string | undefined;
}

const INSTRUMENT =
  /\b(Perpol|Perkap|UU|Undang-Undang)\s*(?:No\.?|Nomor)?\s*(\d+)\s*(?:\/\s*|Tahun\s+)(\d{4})\b|\bSkep(?:\s+Kapolri)?(?:\s+No\.\s*Pol\.?:?)?\s*\/?\s*(\d+)\/(?:[IVXL]+\/)?(\d{4})\b/gi;

const PASAL = /\bPasal\s+(\d+)(?:\s+ayat\s+\((\d+)\))?(?:\s+huruf\s+([a-z])\b)?(?:\s+angka\s+(\d+))?/g;

const HISTORY_LABEL =
  /sejarah|dicabut|tidak\s+(?:lagi\s+)?berlaku|aturan\s+lama|kebijakan\s+lama|riwayat|diganti|menggantikan|digantikan/i;

/** YAML keys that name a thing rather than state a rule; their label scope is the whole entry. */
const NAMING_KEY = /^\s*-?\s*(?:id|term|aliases|title|name|fullName|short|instrument):/;

/** Normalises an instrument name as written in prose or in a reference's `short` field. */
export function instrumentKey(text: string): string | undefined {
  return findInstruments(text)[0]?.key;
}

function findInstruments(text: string): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  for (const m of text.matchAll(INSTRUMENT)) {
    const kind = m[1];
    const key = kind
      ? `${/^undang/i.test(kind) ? 'UU' : kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase()} ${m[2]}/${m[3]}`
      : `Skep ${m[4]}/${m[5]}`;
    out.push({ key: key.replace(/^Uu /, 'UU '), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function normaliseArticle(m: RegExpMatchArray): string {
  let s = `Pasal ${m[1]}`;
  if (m[2]) s += ` ayat (${m[2]})`;
  if (m[3]) s += ` huruf ${m[3]}`;
  if (m[4]) s += ` angka ${m[4]}`;
  return s;
}

/** The parts ("ayat (2)", "huruf c", "angka 4") a mention names beyond an article. */
function extraParts(mention: string, article: string): string[] {
  return mention
    .slice(article.length)
    .trim()
    .split(/\s+(?=ayat|huruf|angka)/)
    .filter(Boolean);
}

/** Whether a reference's summary spells out a sub-part, e.g. "Ayat (2):" or "c. pembina Polmas". */
function summaryNames(summary: string, part: string): boolean {
  const [kind, value = ''] = part.split(/\s+/);
  if (kind === 'ayat') return summary.toLowerCase().includes(`ayat ${value}`);
  if (kind === 'huruf') return new RegExp(`(?:^|[\\s;:(])${value}[.)]\\s`).test(summary);
  return summary.toLowerCase().includes(`angka ${value}`);
}

/**
 * A mention is citable when a listed article of that instrument equals it or is a more specific part of it,
 * or when it names a sub-part (ayat, huruf) of a listed article whose summary spells that sub-part out.
 */
function articleMatches(mention: string, refs: readonly CitableReference[]): boolean {
  return refs.some((ref) => {
    const a = ref.article;
    if (!a) return false;
    if (a === mention || a.startsWith(`${mention} `)) return true;
    if (!mention.startsWith(`${a} `)) return false;
    return extraParts(mention, a).every((part) => summaryNames(ref.summary ?? '', part));
  });
}

/**
 * Splits MDX into blank-line blocks with their section heading and enclosing <DasarHukum ref>.
 * A <Callout> is one block: its paragraphs are read together.
 */
function mdxBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  let dasarHukum: string | undefined;
  let callout: { start: number } | undefined;
  let offset = 0;
  for (const part of text.split(/(\n[ \t]*\n)/)) {
    const start = offset;
    offset += part.length;
    if (/^\n[ \t]*\n$/.test(part) || part.trim() === '') continue;
    const trimmed = part.trim();
    const head = /^#{1,6}\s+(.*)$/.exec(trimmed);
    if (head && !callout) heading = head[1] ?? '';
    const open = /<DasarHukum\s+ref=["']([^"']+)["']\s*>/.exec(trimmed);
    if (open) dasarHukum = open[1];
    if (/<Callout\b/.test(trimmed) && !/\/>\s*$/.test(trimmed)) callout = { start };
    if (callout) {
      if (trimmed.includes('</Callout>')) {
        blocks.push({ start: callout.start, end: offset, heading, dasarHukum });
        callout = undefined;
      }
    } else {
      blocks.push({ start, end: offset, heading, dasarHukum });
    }
    if (trimmed.includes('</DasarHukum>')) dasarHukum = undefined;
  }
  return blocks;
}

/** One block per line: YAML strings are short, so the line is the unit a reader sees. */
function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    blocks.push({ start: offset, end: offset + line.length, heading: '', dasarHukum: undefined });
    offset += line.length + 1;
  }
  return blocks;
}

/**
 * A quiz question is read as a whole: its prompt, options, explanation and source together say whether it is about
 * history (a question that asks which rule came first must not label its options, or it gives the answer away).
 */
function quizQuestionBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (/^ {2}- id:/.test(line) && offset > start) {
      blocks.push({ start, end: offset - 1, heading: '', dasarHukum: undefined });
      start = offset;
    }
    offset += line.length + 1;
  }
  blocks.push({ start, end: text.length, heading: '', dasarHukum: undefined });
  return blocks;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function nearest(instruments: readonly InstrumentMention[], at: Span): InstrumentMention | undefined {
  let best: InstrumentMention | undefined;
  let bestDistance = Infinity;
  for (const ins of instruments) {
    const distance = ins.start >= at.end ? ins.start - at.end : ins.end <= at.start ? at.start - ins.end : 0;
    if (distance < bestDistance) {
      best = ins;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Checks the honesty rules on modules/ and content/ text:
 * every "Pasal N" must match an `article` of the same instrument in content/legal/references.yaml,
 * and every repealed instrument may only be named in text labelled as history.
 */
export function checkHonesty(files: readonly ContentFile[], references: readonly CitableReference[]): HonestyFinding[] {
  const byInstrument = new Map<string, CitableReference[]>();
  const repealed = new Set<string>();
  const refById = new Map(references.map((r) => [r.id, r]));
  for (const ref of references) {
    const key = instrumentKey(ref.short);
    if (!key) continue;
    byInstrument.set(key, [...(byInstrument.get(key) ?? []), ref]);
    if (ref.status === 'dicabut') repealed.add(key);
  }

  const findings: HonestyFinding[] = [];
  for (const file of files) {
    if (file.path.startsWith('content/legal/references.')) continue;
    // The source register names documents by their titles; it states no rule, so only its Pasal numbers are checked.
    const checkRepeal = !file.path.startsWith('content/legal/');
    const isMdx = file.path.endsWith('.mdx');
    const blocks = isMdx
      ? mdxBlocks(file.text)
      : file.path.startsWith('content/quizzes/')
        ? quizQuestionBlocks(file.text)
        : lineBlocks(file.text);
    const fileInstruments = findInstruments(file.text);
    const fileLabelled = HISTORY_LABEL.test(file.text);
    let sectionInstruments: InstrumentMention[] = [];
    let sectionHeading = '';
    for (const block of blocks) {
      const text = file.text.slice(block.start, block.end);
      if (block.heading !== sectionHeading) {
        sectionHeading = block.heading;
        sectionInstruments = [];
      }
      const instruments = findInstruments(text);
      const dasarRef = block.dasarHukum ? refById.get(block.dasarHukum) : undefined;

      for (const m of text.matchAll(PASAL)) {
        const span = { start: m.index, end: m.index + m[0].length };
        const mention = normaliseArticle(m);
        const at = block.start + m.index;
        const instrument =
          nearest(instruments, span)?.key ??
          (dasarRef ? instrumentKey(dasarRef.short) : undefined) ??
          instrumentKey(block.heading) ??
          sectionInstruments.at(-1)?.key ??
          (isMdx
            ? fileInstruments.filter((i) => i.end <= at).at(-1)?.key
            : nearest(fileInstruments, { start: at, end: at + m[0].length })?.key);
        const line = lineOf(file.text, at);
        if (!instrument) {
          findings.push({ file: file.path, line, message: `"${mention}" tanpa nama peraturan di dekatnya` });
        } else if (!articleMatches(mention, byInstrument.get(instrument) ?? [])) {
          findings.push({
            file: file.path,
            line,
            message: `"${mention}" ${instrument} tidak ada di content/legal/references.yaml`,
          });
        }
      }

      const labelled =
        HISTORY_LABEL.test(text) ||
        HISTORY_LABEL.test(block.heading) ||
        dasarRef?.status === 'dicabut' ||
        (!isMdx && NAMING_KEY.test(text) && fileLabelled);
      for (const ins of instruments) {
        if (checkRepeal && repealed.has(ins.key) && !labelled) {
          findings.push({
            file: file.path,
            line: lineOf(file.text, block.start + ins.start),
            message: `${ins.key} sudah dicabut tetapi tidak ditandai sebagai sejarah`,
          });
        }
      }
      sectionInstruments = [...sectionInstruments, ...instruments];
    }
  }
  return findings;
}
