// Search benchmark (npm run bench:search). Generates a synthetic site of 300 modules x 5 lessons as plain HTML
// pages (the same markup as a built lesson page: data-pagefind-body, module/course filters, ignored chrome)
// in a temporary folder, indexes it with Pagefind's Node API, serves it on 127.0.0.1 and measures in Chromium.
// It does not run astro build on 1,500 MDX files: the index depends only on the HTML Pagefind reads.
// Then it builds the Lunr index for 1,000 generated glossary terms with the site's own index code.
// Nothing is written inside the project; the temporary folder is removed unless BENCH_KEEP=1.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { escapeHtml } from '../src/lib/html/escape-html.ts';
import { buildSearchIndex, searchIndex, serializeSearchIndex } from '../src/lib/search/lunr-index.ts';
import { systemChromium } from './chromium.ts';

const MODULES = 300;
const LESSONS = 5;
const WORDS_PER_LESSON = 700;
const TERMS = 1000;

// Seeded PRNG (mulberry32) so every run generates the same site.
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const REAL = (
  'polisi masyarakat kemitraan bermitra mitra warga desa kelurahan keamanan ketertiban patroli ronda kunjungan ' +
  'laporan masalah sosial pencegahan penanganan gangguan kecelakaan lalu lintas sekolah tokoh adat agama forum ' +
  'komunikasi kepercayaan pelayanan pengaduan penyuluhan pembinaan tugas fungsi anggota petugas wilayah kawasan ' +
  'strategi prinsip tujuan pilar kesetaraan transparansi akuntabilitas partisipasi proaktif musyawarah mufakat ' +
  'yang dan di ke dari untuk dengan dalam pada adalah ini itu atau juga tidak sudah akan dapat harus bisa oleh'
).split(' ');
const SYLLABLES =
  'ba be bi bo bu da di ka ke ki ko ku la li ma me mi mu na ni pa pe pu ra ri sa se si ta te ti tu ja'.split(' ');
const invented = Array.from({ length: 6000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''),
);
// Zipf-like: frequent real words, a long tail of rarer invented ones (a realistic vocabulary of a large course).
const word = () => (random() < 0.55 ? pick(REAL) : (invented[Math.floor(invented.length * random() ** 2)] ?? 'kata'));
const sentence = (n: number) => {
  const s = Array.from({ length: n }, word).join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
};

function lessonHtml(module: string, course: string, title: string): string {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < WORDS_PER_LESSON) {
    const n = 40 + Math.floor(random() * 40);
    words += n;
    paragraphs.push(`<p>${sentence(n / 2)} ${sentence(n / 2)}</p>`);
    if (random() < 0.25) paragraphs.push(`<h2 id="h${words}">${escapeHtml(sentence(4))}</h2>`);
  }
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Sinergi</title></head>
<body><header data-pagefind-ignore="all"><nav>Beranda Modul Istilah Fungsi Cari</nav></header>
<main><article data-pagefind-body>
<span hidden data-pagefind-filter="modul[data-value]" data-pagefind-meta="modul[data-value]" data-value="${escapeHtml(module)}"></span>
<span hidden data-pagefind-filter="kursus[data-value]" data-value="${escapeHtml(course)}"></span>
<h1>${escapeHtml(title)}</h1>${paragraphs.join('\n')}
<section data-pagefind-ignore="all"><p>Umpan balik kuis: ${escapeHtml(sentence(12))}</p></section>
</article></main><footer data-pagefind-ignore="all">Sinergi</footer></body></html>`;
}

async function dirBytes(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

async function benchPagefind() {
  const site = await mkdtemp(join(tmpdir(), 'sinergi-bench-'));
  console.log(`Synthetic site: ${site} (${MODULES} modules x ${LESSONS} lessons, ~${WORDS_PER_LESSON} words each)`);
  const started = performance.now();
  for (let m = 1; m <= MODULES; m++) {
    const module = `Modul ${m}: ${sentence(3).slice(0, -1)}`;
    const course = `Kursus ${1 + (m % 12)}`;
    for (let l = 1; l <= LESSONS; l++) {
      const dir = join(site, 'modul', `m${m}`, `l${l}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), lessonHtml(module, course, `Pelajaran ${m}.${l} ${sentence(3)}`));
    }
  }
  await writeFile(
    join(site, 'index.html'),
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Cari</title></head><body></body></html>',
  );
  const html = await dirBytes(site);
  const generatedMs = performance.now() - started;

  const indexStart = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: site });
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  if (added.errors.length + written.errors.length > 0) throw new Error([...added.errors, ...written.errors].join('\n'));
  const indexMs = performance.now() - indexStart;
  const bundle = await dirBytes(join(site, 'pagefind'));
  const searchData = { bytes: 0, files: 0 };
  for (const sub of ['index', 'fragment', 'filter']) {
    const part = await dirBytes(join(site, 'pagefind', sub));
    searchData.bytes += part.bytes;
    searchData.files += part.files;
  }

  // A static server that counts the bytes it sends, like an intranet web server would.
  let served = 0;
  const requests: string[] = [];
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
  const server = createServer((req, res) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      const file = join(site, path.endsWith('/') ? join(path, 'index.html') : path);
      if (!file.startsWith(site) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const body = await readFile(file);
      served += body.length;
      requests.push(path);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const executablePath = systemChromium(process.env, existsSync);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--headless', '--disable-gpu'],
  });
  type Timing = {
    total: number;
    loadMs: number;
    searchMs: number;
    results: number;
    bytes: number;
    requests: number;
    warmMs: number;
  };
  // Each query runs on a fresh page and browser context, so nothing is cached: the first search a user makes.
  const coldQuery = async (q: string): Promise<Timing> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    served = 0;
    requests.length = 0;
    const t = await page.evaluate(async (query) => {
      const bundleUrl = '/pagefind/pagefind.js';
      const t0 = performance.now();
      const pf = (await import(bundleUrl)) as {
        init: () => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      await pf.init();
      const t1 = performance.now();
      const search = await pf.search(query);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      const t2 = performance.now();
      return { total: t2 - t0, loadMs: t1 - t0, searchMs: t2 - t1, results: search.results.length };
    }, q);
    const bytes = served;
    const count = requests.length;
    // The same query again on the same page: what a user waits for once the index is warm.
    const warmMs = await page.evaluate(async (query) => {
      const bundleUrl = '/pagefind/pagefind.js';
      const pf = (await import(bundleUrl)) as {
        search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const t0 = performance.now();
      const search = await pf.search(`${query} `);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return performance.now() - t0;
    }, q);
    await context.close();
    return { ...t, bytes, requests: count, warmMs };
  };
  const rare = invented[3000] ?? 'kata';
  const queries = ['kemitraan', rare, 'patroli desa'];
  const timings: [string, Timing][] = [];
  for (const q of queries) timings.push([q, await coldQuery(q)]);
  await browser.close();
  server.close();

  console.log(`  HTML generated: ${html.files} files, ${mb(html.bytes)} in ${(generatedMs / 1000).toFixed(1)} s`);
  console.log(`  Pagefind indexed ${added.page_count} pages in ${(indexMs / 1000).toFixed(1)} s`);
  console.log(
    `  Pagefind bundle: ${mb(bundle.bytes)} in ${bundle.files} files (index+fragments+filters ${mb(searchData.bytes)} in ${searchData.files} files; the rest is JS, WASM and UI files)`,
  );
  console.log('  One query on a fresh page (nothing cached), loading the 10 first result fragments:');
  for (const [q, t] of timings) {
    console.log(
      `    "${q}": ${t.results} pages match; fetched ${kb(t.bytes)} in ${t.requests} requests; ` +
        `${t.total.toFixed(0)} ms in Chromium (load+init ${t.loadMs.toFixed(0)} ms, search+fragments ${t.searchMs.toFixed(0)} ms); ` +
        `again on the same page ${t.warmMs.toFixed(0)} ms`,
    );
  }
  if (process.env['BENCH_KEEP'] === '1') console.log(`  Kept ${site}`);
  else await rm(site, { recursive: true, force: true });
}

function benchLunr() {
  const docs = Array.from({ length: TERMS }, (_, i) => ({
    ref: `istilah-${i}`,
    title: `${word()} ${random() < 0.5 ? word() : ''}`.trim(),
    alias: Array.from({ length: Math.floor(random() * 4) }, () => word().toUpperCase()).join(' · '),
    body: `${sentence(20 + Math.floor(random() * 30))} ${sentence(15)}`,
  }));
  const t0 = performance.now();
  const index = buildSearchIndex(docs);
  const buildMs = performance.now() - t0;
  const json = JSON.stringify(serializeSearchIndex(index));
  const t1 = performance.now();
  const hits = searchIndex(index, 'kemitraan warga');
  const queryMs = performance.now() - t1;
  console.log(`Lunr index, ${TERMS} generated terms (title, 0-3 aliases, 35-65 word definition):`);
  console.log(
    `  JSON ${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json).length)} gzip; built in ${buildMs.toFixed(0)} ms (Node)`,
  );
  console.log(`  query "kemitraan warga": ${hits.length} hits in ${queryMs.toFixed(1)} ms (Node)`);
}

await benchPagefind();
benchLunr();
