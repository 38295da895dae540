// Prints the gzip size of the JavaScript each built page loads, and fails when a page is over its budget:
// lesson pages 10 KB, pages with a quiz or scenario island 90 KB (DESIGN.md, quality bars). "JS" is what loads up
// front (scripts, preloads, island components and their static imports); code behind `import()` is shown separately
// as "later". An island page's budget counts both: its runner, machine and validation load as soon as the island is
// on screen. Other pages are budgeted on what loads up front, since their later code (the certificate PDF) loads only
// when the learner asks for it.
import { glob, readFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findDynamicImports, findPageScripts, findStaticImports } from '../src/lib/build/page-scripts.ts';

const dist = join(process.cwd(), 'dist');
const LESSON_BUDGET = 10 * 1024;
const ISLAND_BUDGET = 90 * 1024;
const gzipCache = new Map<string, { bytes: number; imports: string[]; lazy: string[] }>();

async function moduleInfo(urlPath: string) {
  const cached = gzipCache.get(urlPath);
  if (cached) return cached;
  const code = await readFile(join(dist, urlPath), 'utf8');
  const resolve = (specs: string[]) =>
    specs
      .filter((spec) => spec.startsWith('.') || spec.startsWith('/'))
      .map((spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(urlPath), spec)));
  const info = {
    bytes: gzipSync(code).length,
    imports: resolve(findStaticImports(code)),
    lazy: resolve(findDynamicImports(code)),
  };
  gzipCache.set(urlPath, info);
  return info;
}

/** Gzip bytes of the modules reachable from `roots` by static imports, skipping `seen`; collects `import()` targets. */
async function closure(roots: string[], seen: Set<string>) {
  const queue = [...roots];
  const lazy: string[] = [];
  let bytes = 0;
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (seen.has(url)) continue;
    seen.add(url);
    const info = await moduleInfo(url);
    bytes += info.bytes;
    queue.push(...info.imports);
    lazy.push(...info.lazy);
  }
  return { bytes, lazy };
}

async function pageJsBytes(html: string) {
  const { urls, inline, hasIsland } = findPageScripts(html);
  const seen = new Set<string>();
  const roots = urls.filter((u) => u.startsWith('/')).map((u) => u.split('?')[0] ?? u);
  const initial = await closure(roots, seen);
  let later = 0;
  let pending = initial.lazy;
  while (pending.length > 0) {
    const next = await closure(pending, seen);
    later += next.bytes;
    pending = next.lazy;
  }
  const inlineBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  return { bytes: initial.bytes + inlineBytes, later, hasIsland };
}

const rows: { page: string; kind: string; bytes: number; later: number; budget: number; checked: number }[] = [];
for await (const file of glob('**/*.html', { cwd: dist })) {
  const path = file.split('\\').join('/');
  const page = path.endsWith('index.html') ? `/${dirname(path) === '.' ? '' : `${dirname(path)}/`}` : `/${path}`;
  const { bytes, later, hasIsland } = await pageJsBytes(await readFile(join(dist, file), 'utf8'));
  const isLesson = /^\/modul\/[^/]+\/[^/]+\/$/.test(page);
  const kind = hasIsland ? 'interaktif' : isLesson ? 'pelajaran' : 'lainnya';
  rows.push({
    page,
    kind,
    bytes,
    later,
    budget: kind === 'pelajaran' ? LESSON_BUDGET : ISLAND_BUDGET,
    checked: kind === 'interaktif' ? bytes + later : bytes,
  });
}
rows.sort((a, b) => a.page.localeCompare(b.page));

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const width = Math.max(...rows.map((r) => r.page.length));
console.log(`${'page'.padEnd(width)}  kind        JS (gzip)   budget      later      total`);
for (const r of rows) {
  const flag = r.checked > r.budget ? '  OVER BUDGET' : '';
  console.log(
    `${r.page.padEnd(width)}  ${r.kind.padEnd(10)}  ${kb(r.bytes).padStart(9)}  ${kb(r.budget).padStart(9)}  ${kb(r.later).padStart(9)}  ${kb(r.bytes + r.later).padStart(9)}${flag}`,
  );
}
const over = rows.filter((r) => r.checked > r.budget);
console.log(`\n${rows.length} pages from ${relative(process.cwd(), dist)}/; ${over.length} over budget.`);
console.log('Budget: JS for lesson and other pages; total (JS + later) for pages with a quiz or scenario island.');
if (over.length > 0) process.exitCode = 1;
