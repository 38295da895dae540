import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/size-report.ts', import.meta.url));
let root = '';

/** A fake `dist/` with the given files, then `npm run size` run in it. */
async function sizeReport(files: Record<string, string>) {
  root = await mkdtemp(join(tmpdir(), 'sinergi-size-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, 'dist', path)), { recursive: true });
    await writeFile(join(root, 'dist', path), text);
  }
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: root });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, stdout };
  }
}

/** About `kb` KB of JavaScript that gzip cannot shrink much. */
const jsOfKb = (kb: number) => `export const x = "${randomBytes(kb * 768).toString('base64')}";`;
const page = (src: string, extra = '') =>
  `<html><body>${extra}<script type="module" src="${src}"></script></body></html>`;
const row = (stdout: string, path: string) => stdout.split('\n').find((line) => line.startsWith(`${path} `)) ?? '';

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

// Each case starts Node on the real script (about 1 s; more on a busy machine).
/** A quiz island hydrated on load, which gives its page the island budgets. */
const ISLAND = '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>';
/** The same island hydrated with client:visible, as the course's quizzes and scenarios are. */
const ISLAND_ON_VIEW =
  '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" ssr client="visible"></astro-island>';

describe('npm run size', { timeout: 20_000 }, () => {
  it('prints the gzip JS of every page and passes when each is within its budget', async () => {
    const { code, stdout } = await sizeReport({
      'index.html': '<html><body><p>Beranda</p></body></html>',
      'modul/m/index.html': page('/_astro/small.js'),
      'modul/m/p/index.html': page('/_astro/small.js'),
      '_astro/small.js': jsOfKb(2),
    });
    expect(code).toBe(0);
    expect(row(stdout, '/')).toMatch(/lainnya\s+0\.00 KB\s+90\.00 KB/);
    expect(row(stdout, '/modul/m/p/')).toMatch(/pelajaran\s+(\d\.\d\d KB)\s+10\.00 KB\s+0\.00 KB\s+\1\s+-$/);
    expect(stdout).toContain('3 pages from dist/; 0 over budget.');
  });

  it('fails when a lesson page ships more than 10 KB gzip of JS', async () => {
    const { code, stdout } = await sizeReport({
      'modul/m/p/index.html': page('/_astro/big.js'),
      '_astro/big.js': jsOfKb(14),
    });
    expect(code).toBe(1);
    expect(row(stdout, '/modul/m/p/')).toMatch(
      /pelajaran\s+1\d\.\d\d KB\s+10\.00 KB\s+0\.00 KB\s+1\d\.\d\d KB\s+-\s+OVER BUDGET$/,
    );
    expect(stdout).toContain('1 pages from dist/; 1 over budget.');
  });

  it('counts statically imported chunks but shows code behind import() as loaded later', async () => {
    const { code, stdout } = await sizeReport({
      'modul/m/p/index.html': page('/_astro/entry.js'),
      '_astro/entry.js': 'import "./chunk.js"; const later = () => import("./lazy.js");',
      '_astro/chunk.js': jsOfKb(14),
      '_astro/lazy.js': jsOfKb(14),
    });
    expect(code).toBe(1);
    expect(row(stdout, '/modul/m/p/')).toMatch(
      /pelajaran\s+1\d\.\d\d KB\s+10\.00 KB\s+1\d\.\d\d KB\s+2\d\.\d\d KB\s+-\s+OVER BUDGET$/,
    );
  });

  it('gives a page with a quiz or scenario island 30 KB up front and 140 KB in total', async () => {
    const { code, stdout } = await sizeReport({
      'modul/m/kuis/index.html': page('/_astro/big.js', ISLAND),
      '_astro/big.js': jsOfKb(14),
      '_astro/Quiz.js': '',
      '_astro/client.js': '',
    });
    expect(code).toBe(0);
    expect(row(stdout, '/modul/m/kuis/')).toMatch(/interaktif\s+1\d\.\d\d KB\s+30\.00 KB\s+.*\s+140\.00 KB$/);
  });

  it('fails an island page that ships more than 30 KB before its island is on screen', async () => {
    const { code, stdout } = await sizeReport({
      'modul/m/kuis/index.html': page('/_astro/big.js', ISLAND),
      '_astro/big.js': jsOfKb(48),
      '_astro/Quiz.js': '',
      '_astro/client.js': '',
    });
    expect(code).toBe(1);
    expect(row(stdout, '/modul/m/kuis/')).toMatch(/interaktif\s+3\d\.\d\d KB\s+30\.00 KB\s+.*OVER BUDGET$/);
  });

  it('counts a client:visible island, its framework and their imports as later, not up front', async () => {
    const { code, stdout } = await sizeReport({
      'modul/m/kuis/index.html': page('/_astro/small.js', ISLAND_ON_VIEW),
      '_astro/small.js': jsOfKb(2),
      '_astro/Quiz.js': `import "./runtime.js"; ${jsOfKb(20)}`,
      '_astro/client.js': 'import "./runtime.js";',
      '_astro/runtime.js': jsOfKb(120),
    });
    expect(code).toBe(0);
    expect(row(stdout, '/modul/m/kuis/')).toMatch(
      /interaktif\s+\d\.\d\d KB\s+30\.00 KB\s+1\d\d\.\d\d KB\s+1\d\d\.\d\d KB\s+140\.00 KB$/,
    );
  });

  it('fails an island page whose up-front and later JS together pass 140 KB, as its island loads both', async () => {
    const { code, stdout } = await sizeReport({
      'modul/m/kuis/index.html': page('/_astro/entry.js', ISLAND_ON_VIEW),
      '_astro/entry.js': 'import "./chunk.js";',
      '_astro/chunk.js': jsOfKb(14),
      '_astro/Quiz.js': 'const runner = () => import("./runner.js");',
      '_astro/client.js': '',
      '_astro/runner.js': jsOfKb(180),
    });
    expect(code).toBe(1);
    expect(row(stdout, '/modul/m/kuis/')).toMatch(
      /interaktif\s+1\d\.\d\d KB\s+30\.00 KB\s+13\d\.\d\d KB\s+14\d\.\d\d KB\s+140\.00 KB\s+OVER BUDGET$/,
    );
  });

  it('budgets other pages on what loads up front: code fetched on request (a certificate PDF) is only shown', async () => {
    const { code, stdout } = await sizeReport({
      'sertifikat/k/index.html': page('/_astro/entry.js'),
      '_astro/entry.js': 'const pdf = () => import("./pdf.js");',
      '_astro/pdf.js': jsOfKb(200),
    });
    expect(code).toBe(0);
    expect(row(stdout, '/sertifikat/k/')).toMatch(
      /lainnya\s+0\.\d\d KB\s+90\.00 KB\s+1\d\d\.\d\d KB\s+1\d\d\.\d\d KB\s+-$/,
    );
  });

  it('budgets the studio on its own: its page up front, and with the editor and the checker worker it starts', async () => {
    const { code, stdout } = await sizeReport({
      'pelatih/studio/index.html': page('/_astro/entry.js', ISLAND),
      '_astro/entry.js': 'const editor = () => import("./editor.js");',
      '_astro/Quiz.js': 'const w = new Worker(new URL(`/_astro/worker.js`, import.meta.url));',
      '_astro/client.js': jsOfKb(60),
      '_astro/editor.js': jsOfKb(150),
      '_astro/worker.js': 'import "./schemas.js";',
      '_astro/schemas.js': jsOfKb(200),
    });
    expect(code).toBe(0);
    expect(row(stdout, '/pelatih/studio/')).toMatch(
      // Up front: the 60 KB client (45 KB gzip); later: the editor and the worker's schemas (112 + 150 KB gzip).
      /studio\s+4\d\.\d\d KB\s+100\.00 KB\s+2[5-7]\d\.\d\d KB\s+3\d\d\.\d\d KB\s+760\.00 KB$/,
    );
  });
});
