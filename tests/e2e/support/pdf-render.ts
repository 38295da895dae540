// What a person sees of a PDF: each page rendered to pixels by poppler's pdftoppm (the PNGs are kept for people to
// look at), the words poppler's pdftotext finds with their boxes, the ink inside a box and the QR code on the page.
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';

const execFileAsync = promisify(execFile);

/** What a machine without poppler must install, in one sentence per the README's setup. */
export const POPPLER_MISSING =
  "The certificate tests render PDFs with poppler's pdftoppm and pdftotext, which are not on PATH: install " +
  'poppler-utils on Debian or Ubuntu (apt-get install poppler-utils), poppler on macOS (brew install poppler), or on ' +
  'Windows a poppler build whose bin folder is on PATH.';

/** Runs a poppler tool; a missing tool fails with POPPLER_MISSING, not with "spawn pdftoppm ENOENT". */
async function run(tool: 'pdftoppm' | 'pdftotext', args: readonly string[], options: { maxBuffer?: number } = {}) {
  try {
    return await execFileAsync(tool, args, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(POPPLER_MISSING, { cause: error });
    throw error;
  }
}

/** A box in PDF points, origin at the top left of the page (as pdftotext -bbox gives it). */
export interface Box {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface Word extends Box {
  readonly text: string;
}

/** One rendered page: its size in points, its words, its grey pixels and the PNG a person can open. */
export interface RenderedPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
  readonly png: string;
  /** Pixels per point. */
  readonly scale: number;
  readonly pixels: { readonly width: number; readonly height: number; readonly data: Uint8Array };
}

// 250 dpi: 4 to 5 pixels per module of an endorsed QR code (85 to 101 modules in 44 mm). jsQR misreads some codes at
// exactly 200 dpi (about 4.1 pixels per module: 1 of 20 pages read) that it reads at 150, 250, 300 and 400 dpi.
const DPI = 250;

const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

/** Word boxes per page from `pdftotext -bbox`. */
async function wordBoxes(pdf: string): Promise<{ width: number; height: number; words: Word[] }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [
        ...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)<\/word>/g),
      ].map(([, xMin, yMin, xMax, yMax, text]) => ({
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
        text: unescape(text ?? ''),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** A binary PGM (P5) image as pdftoppm -gray writes it. */
function readPgm(bytes: Buffer) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a PGM image');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), data: new Uint8Array(bytes.subarray(whole.length)) };
}

/** Files pdftoppm wrote for `prefix`, in page order (it pads page numbers to the width of the last one). */
async function pagesOf(dir: string, prefix: string, ext: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith(`.${ext}`));
  return names.sort((a, b) => a.length - b.length || a.localeCompare(b)).map((name) => join(dir, name));
}

/** Saves the PDF as `dir/name.pdf`, renders every page (PNG for people, grey pixels for the checks). */
export async function renderPdf(bytes: Uint8Array, dir: string, name: string): Promise<RenderedPage[]> {
  const pdf = join(dir, `${name}.pdf`);
  await writeFile(pdf, bytes);
  await Promise.all([
    run('pdftoppm', ['-r', String(DPI), '-png', pdf, join(dir, name)]),
    run('pdftoppm', ['-r', String(DPI), '-gray', pdf, join(dir, `${name}-gray`)]),
  ]);
  const [boxes, pngs, greys] = await Promise.all([
    wordBoxes(pdf),
    pagesOf(dir, name, 'png'),
    pagesOf(dir, `${name}-gray`, 'pgm'),
  ]);
  return Promise.all(
    boxes.map(async (page, i) => {
      const grey = greys[i] ?? '';
      const pixels = readPgm(await readFile(grey));
      // The PNG stays for people to look at; the grey copy (2 MB a page) goes.
      await rm(grey);
      return { ...page, png: pngs[i] ?? '', scale: DPI / 72, pixels };
    }),
  );
}

/** The words of `phrase` as they follow each other on the page (a wrapped phrase spans lines), or undefined. */
export function findPhrase(page: RenderedPage, phrase: string): Word[] | undefined {
  const tokens = phrase.split(/\s+/).filter(Boolean);
  for (let start = 0; start + tokens.length <= page.words.length; start++) {
    const words = page.words.slice(start, start + tokens.length);
    if (words.every((word, i) => word.text.includes(tokens[i] ?? ''))) return words;
  }
  return undefined;
}

/** Share of dark pixels inside a box: about 0.1 to 0.3 for a printed word, 0 for a word drawn without ink. */
export function inkShare(page: RenderedPage, box: Box): number {
  const { width, data } = page.pixels;
  const [x0, x1] = [Math.floor(box.xMin * page.scale), Math.ceil(box.xMax * page.scale)];
  const [y0, y1] = [Math.floor(box.yMin * page.scale), Math.ceil(box.yMax * page.scale)];
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if ((data[y * width + x] ?? 255) < 128) dark++;
  return dark / Math.max(1, (x1 - x0) * (y1 - y0));
}

/** The QR code a phone reads from the rendered page: its text and its box in points. */
export function readPageQr(page: RenderedPage): { data: string; box: Box } | undefined {
  const { width, height, data } = page.pixels;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i++) {
    const grey = data[i] ?? 255;
    rgba[i * 4] = grey;
    rgba[i * 4 + 1] = grey;
    rgba[i * 4 + 2] = grey;
    rgba[i * 4 + 3] = 255;
  }
  // Dark modules on white paper: no need to try the inverted image too (that doubles jsQR's time).
  const code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
  if (!code) return undefined;
  const corners = [
    code.location.topLeftCorner,
    code.location.topRightCorner,
    code.location.bottomLeftCorner,
    code.location.bottomRightCorner,
  ];
  const xs = corners.map((p) => p.x / page.scale);
  const ys = corners.map((p) => p.y / page.scale);
  return {
    data: code.data,
    box: { xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) },
  };
}

const overlap = (a: Box, b: Box, slack: number, ySlack = slack) =>
  Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > slack &&
  Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > ySlack;

/** pdftotext's box spans the font's ascent and descent, 1.36 em for Noto Sans: lines set 1.2 em apart share 12 %. */
const linesOverlap = (a: Box, b: Box) => overlap(a, b, 1, 0.25 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin));

/** Words not wholly inside the box (for example the page less its border margin). */
export const wordsOutside = (page: RenderedPage, box: Box) =>
  page.words
    .filter((w) => w.xMin < box.xMin || w.yMin < box.yMin || w.xMax > box.xMax || w.yMax > box.yMax)
    .map((w) => w.text);

/** Words drawn over the box (by more than a point each way), or over each other (a quarter of a line) without one. */
export function wordsOver(page: RenderedPage, box?: Box): string[] {
  if (box) return page.words.filter((w) => overlap(w, box, 1)).map((w) => w.text);
  return page.words.flatMap((a, i) =>
    page.words.slice(i + 1).flatMap((b) => (linesOverlap(a, b) ? [`${a.text} / ${b.text}`] : [])),
  );
}
