import { isHistorical, type LegalReference } from '../../schemas/legal.ts';
import type { ContentFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import {
  findInstruments,
  findLegalMentions,
  formatArticle,
  isCitable,
  normalizeInstrument,
  UNLISTED_ARTICLE_HINT,
  type CitableReference,
  type InstrumentMention,
} from './legal-mentions.ts';
import { positionAt } from './mask.ts';

/** A legal reference as the honesty rules read it: citable, and in force, replaced or repealed. */
export interface HonestyReference extends CitableReference {
  readonly status: LegalReference['status'];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Block extends Span {
  /** Text of the heading of the section the block sits in (MDX only). */
  readonly heading: string;
  /** Reference id of the `<DasarHukum>` the block sits in, if any. */
  readonly dasarHukum: string | undefined;
}

const HISTORY_LABEL =
  /sejarah|dicabut|tidak\s+(?:lagi\s+)?berlaku|aturan\s+lama|kebijakan\s+lama|riwayat|diganti|menggantikan|digantikan/i;

/** YAML keys that name a thing rather than state a rule; their label scope is the whole entry. */
const NAMING_KEY = /^\s*-?\s*(?:id|term|aliases|title|name|fullName|short|instrument):/;

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

const HINT = {
  noInstrument:
    'sebutkan peraturannya di dekat pasal itu (misalnya "Pasal 3 Perpol 1/2021"), di judul bagiannya, atau bungkus dengan <DasarHukum ref="...">',
  repealed:
    'aturan yang dicabut atau diganti hanya boleh disebut sebagai sejarah: tandai di kalimat atau judul bagiannya (misalnya "sudah dicabut", "sejarah"), atau rujuk aturan yang berlaku',
};

function finding(file: ContentFile, index: number, message: string, hint: string): Diagnostic {
  return { file: file.path, ...positionAt(file.text, index), message, hint };
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
export function checkHonesty(files: readonly ContentFile[], references: readonly HonestyReference[]): Diagnostic[] {
  const repealed = new Set<string>();
  const refById = new Map(references.map((r) => [r.id, r]));
  for (const ref of references) {
    const key = normalizeInstrument(ref.short);
    if (key && isHistorical(ref.status)) repealed.add(key);
  }

  const findings: Diagnostic[] = [];
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

      // The instrument is read from the context, nearest first: the block, its DasarHukum, heading, section, file.
      for (const m of findLegalMentions(text)) {
        const mention = formatArticle(m.parts);
        const at = block.start + m.start;
        const instrument =
          nearest(instruments, m)?.key ??
          (dasarRef ? normalizeInstrument(dasarRef.short) : undefined) ??
          normalizeInstrument(block.heading) ??
          sectionInstruments.at(-1)?.key ??
          (isMdx
            ? fileInstruments.filter((i) => i.end <= at).at(-1)?.key
            : nearest(fileInstruments, { start: at, end: block.start + m.end })?.key);
        if (!instrument) {
          findings.push(finding(file, at, `"${mention}" tanpa nama peraturan di dekatnya`, HINT.noInstrument));
        } else if (!isCitable({ parts: m.parts, instrument }, references)) {
          findings.push(
            finding(
              file,
              at,
              `"${mention}" ${instrument} tidak ada di content/legal/references.yaml`,
              UNLISTED_ARTICLE_HINT,
            ),
          );
        }
      }

      const labelled =
        HISTORY_LABEL.test(text) ||
        HISTORY_LABEL.test(block.heading) ||
        (dasarRef !== undefined && isHistorical(dasarRef.status)) ||
        (!isMdx && NAMING_KEY.test(text) && fileLabelled);
      for (const ins of instruments) {
        if (checkRepeal && repealed.has(ins.key) && !labelled) {
          findings.push(
            finding(
              file,
              block.start + ins.start,
              `${ins.key} sudah tidak berlaku tetapi tidak ditandai sebagai sejarah`,
              HINT.repealed,
            ),
          );
        }
      }
      sectionInstruments = [...sectionInstruments, ...instruments];
    }
  }
  return findings;
}
