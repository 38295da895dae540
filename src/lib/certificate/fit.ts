// Fits a line of certificate text (a name, a unit, a module title) into a width: first shrink it down to a minimum size,
// then wrap it onto more lines; when even that takes too many lines, shrink further. Pure: the caller measures text
// (pdf-lib's font metrics for the PDF, a canvas for the printed page).

/** Width of `text` drawn at `size`, in the same unit as the width it must fit. */
export type Measure = (text: string, size: number) => number;

export interface FitOptions {
  /** The size the text is drawn at when it fits. */
  readonly size: number;
  /** The smallest size before the text wraps. */
  readonly minSize: number;
  readonly width: number;
  readonly maxLines: number;
}

export interface Fitted {
  readonly size: number;
  readonly lines: readonly string[];
}

/** Sizes go in half points. */
const STEP = 0.5;
/** Below this nothing is legible on paper; text that does not fit here overflows its line count instead. */
export const SMALLEST = 6;

/** Splits a word wider than the line into pieces that fit (a long unit code, a web address). */
function breakWord(word: string, size: number, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, size) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Greedy word wrap at one size; a word wider than the line is broken between characters. */
export function wrapText(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    const pieces = measure(word, size) <= width ? [word] : breakWord(word, size, width, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  return line ? [...lines, line] : lines;
}

/** The largest size at or under `size` (in half points) at which one line of `text` fits `width`. */
const oneLineSize = (text: string, size: number, width: number, measure: Measure) =>
  Math.min(size, Math.floor((size * width) / Math.max(measure(text, size), Number.EPSILON) / STEP) * STEP);

/** Shrinks to `minSize`, then wraps onto up to `maxLines`, then shrinks further (not under SMALLEST). */
export function fitText(text: string, options: FitOptions, measure: Measure): Fitted {
  const { size, minSize, width, maxLines } = options;
  const single = oneLineSize(text, size, width, measure);
  if (single >= minSize) return { size: single, lines: [text] };
  let smaller = minSize;
  let lines = wrapText(text, smaller, width, measure);
  while (lines.length > maxLines && smaller - STEP >= SMALLEST) {
    smaller -= STEP;
    lines = wrapText(text, smaller, width, measure);
  }
  return { size: smaller, lines };
}

/** Baseline-to-baseline distance of wrapped lines, as a multiple of their size (the printed page's line-height too). */
export const LEADING = 1.2;
/** The body shrinks in steps of 5 % and no further than this. */
const SMALLEST_SCALE = 0.6;

/** A block of body text: a title, a name, a module title. Sizes and gap in points at full scale. */
export interface Block extends FitOptions {
  readonly key: string;
  readonly text: string;
  readonly bold: boolean;
  /** Space above the block's first line. */
  readonly gap: number;
}

export interface FittedBlock extends Fitted {
  readonly key: string;
  readonly bold: boolean;
  readonly gap: number;
}

/** A fitted block's height: its gap, then one LEADING line box per line. */
export const blockHeight = (block: FittedBlock) => block.gap + block.lines.length * block.size * LEADING;

/**
 * Fits every block to its width at full scale; while the blocks together are taller than `height`, fits them again at
 * 95 %, 90 %, ... (sizes, minimum sizes and gaps alike) down to 60 %.
 */
export function fitBlocks(
  blocks: readonly Block[],
  height: number,
  measure: (bold: boolean) => Measure,
): { scale: number; blocks: FittedBlock[] } {
  for (let step = 0; ; step++) {
    const scale = 1 - step * 0.05;
    const fitted = blocks.map((block) => ({
      key: block.key,
      bold: block.bold,
      gap: block.gap * scale,
      ...fitText(
        block.text,
        { ...block, size: block.size * scale, minSize: block.minSize * scale },
        measure(block.bold),
      ),
    }));
    const total = fitted.reduce((sum, block) => sum + blockHeight(block), 0);
    if (total <= height || scale - 0.05 < SMALLEST_SCALE - 1e-9) return { scale, blocks: fitted };
  }
}
