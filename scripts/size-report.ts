// Prints the gzip size of each built page's JavaScript; fails when a page is over its budget (docs/architecture.md,
// quality bars). "JS" is what loads before any island is on screen (scripts, preloads, islands hydrated on load and
// their static imports); "later" is the rest: islands hydrated with client:visible (React, the island, its runner or
// player, the machine and the progress store) and code behind `import()`. Lesson pages: 10 KB of JS. Pages with a
// quiz or scenario island: 30 KB of JS, and 140 KB in total, since a learner who scrolls to the island loads it all.
// Other pages: 90 KB of JS; their later code (the certificate PDF) loads only when the learner asks for it.
// The trainer's studio (/pelatih/studio/): 100 KB of JS for its page and file list, and 760 KB in total with the code
// editor and the checker's Web Worker (the checker, the schemas and the MDX compiler), which load when a course opens.
import { glob, readFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  findDynamicImports,
  findPageScripts,
  findStaticImports,
  findWorkerScripts,
} from '../src/lib/build/page-scripts.ts';

const dist = join(process.cwd(), 'dist');
const LESSON_BUDGET = 10 * 1024;
const ISLAND_BUDGET = 30 * 1024;
const ISLAND_TOTAL_BUDGET = 140 * 1024;
const OTHER_BUDGET = 90 * 1024;
const STUDIO_BUDGET = 100 * 1024;
const STUDIO_TOTAL_BUDGET = 760 * 1024;
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
    lazy: resolve([...findDynamicImports(code), ...findWorkerScripts(code)]),
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
  const { urls, inline, onVisible, hasIsland } = findPageScripts(html);
  const seen = new Set<string>();
  const local = (list: string[]) => list.filter((u) => u.startsWith('/')).map((u) => u.split('?')[0] ?? u);
  const initial = await closure(local(urls), seen);
  const visible = await closure(local(onVisible), seen);
  let later = visible.bytes;
  let pending = [...initial.lazy, ...visible.lazy];
  while (pending.length > 0) {
    const next = await closure(pending, seen);
    later += next.bytes;
    pending = next.lazy;
  }
  const inlineBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  return { bytes: initial.bytes + inlineBytes, later, hasIsland };
}

type Kind = 'pelajaran' | 'interaktif' | 'studio' | 'lainnya';
const budgets: Record<Kind, { upFront: number; total?: number }> = {
  pelajaran: { upFront: LESSON_BUDGET },
  interaktif: { upFront: ISLAND_BUDGET, total: ISLAND_TOTAL_BUDGET },
  studio: { upFront: STUDIO_BUDGET, total: STUDIO_TOTAL_BUDGET },
  lainnya: { upFront: OTHER_BUDGET },
};

const rows: { page: string; kind: Kind; bytes: number; later: number; over: boolean }[] = [];
for await (const file of glob('**/*.html', { cwd: dist })) {
  const path = file.split('\\').join('/');
  const page = path.endsWith('index.html') ? `/${dirname(path) === '.' ? '' : `${dirname(path)}/`}` : `/${path}`;
  const { bytes, later, hasIsland } = await pageJsBytes(await readFile(join(dist, file), 'utf8'));
  const isLesson = /^\/modul\/[^/]+\/[^/]+\/$/.test(page);
  const kind: Kind =
    page === '/pelatih/studio/' ? 'studio' : hasIsland ? 'interaktif' : isLesson ? 'pelajaran' : 'lainnya';
  const { upFront, total } = budgets[kind];
  rows.push({ page, kind, bytes, later, over: bytes > upFront || (total !== undefined && bytes + later > total) });
}
rows.sort((a, b) => a.page.localeCompare(b.page));

const kb = (n: number | undefined) => (n === undefined ? '-' : `${(n / 1024).toFixed(2)} KB`);
const width = Math.max(...rows.map((r) => r.page.length));
console.log(`${'page'.padEnd(width)}  kind        JS (gzip)     budget      later      total     budget`);
for (const r of rows) {
  const { upFront, total } = budgets[r.kind];
  const cells = [r.bytes, upFront, r.later, r.bytes + r.later, total].map((n) => kb(n).padStart(9)).join('  ');
  console.log(`${r.page.padEnd(width)}  ${r.kind.padEnd(10)}  ${cells}${r.over ? '  OVER BUDGET' : ''}`);
}
const over = rows.filter((r) => r.over);
console.log(`\n${rows.length} pages from ${relative(process.cwd(), dist)}/; ${over.length} over budget.`);
console.log(
  'JS: before any island is on screen; later: islands hydrated when visible and code loaded on demand.\n' +
    'Budgets: JS for every page; total (JS + later) too for pages with a quiz or scenario island.',
);
if (over.length > 0) process.exitCode = 1;
