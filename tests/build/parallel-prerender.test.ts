import { appendFile, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildProject, copyProject } from '../../scripts/temp-project.ts';

// Builds the site twice, once with every page rendered on the main thread (SINERGI_PRERENDER=main) and once with every
// page the worker can take sent to it (=worker), and compares the two. A lesson gets a local image, which Astro can
// only optimize on the main thread: the worker must hand that page back. A third build adds a page that throws: the
// worker's error must fail the build as the main thread's would.

const LESSON = 'modules/01-polmas-tugas-setiap-anggota/01-apa-itu-polmas.mdx';
const LESSON_PAGE = 'modul/polmas-tugas-setiap-anggota/apa-itu-polmas/index.html';
/** An 8 x 8 PNG, dark blue. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEElEQVR4nGNgME7DjoaWBADZGiZBsCZ1wAAAAABJRU5ErkJggg==';
/** Rewritten by every build: the precache version is the build time. */
const PER_BUILD = new Set(['sw.js', 'offline.json']);

let root = '';
let onMain = { stdout: '', stderr: '' };
let onWorker = { stdout: '', stderr: '' };
/** The output of a worker build with a page that throws, which must fail. */
let broken: { code?: number; stdout: string; stderr: string } | undefined;

/** Every file of a built site except the Pagefind index (derived from the pages) and the per-build files. */
async function siteFiles(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true, withFileTypes: true });
  return files
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(dist.length + 1))
    .filter((path) => !path.startsWith('pagefind/') && !PER_BUILD.has(path))
    .sort();
}

beforeAll(async () => {
  root = await copyProject('sinergi-prerender-');
  await writeFile(join(root, 'modules/01-polmas-tugas-setiap-anggota/peta-uji.png'), Buffer.from(PNG, 'base64'));
  await appendFile(join(root, LESSON), '\n![Peta wilayah binaan uji](./peta-uji.png)\n');
  onMain = await buildProject(root, { SINERGI_PRERENDER: 'main' });
  await rename(join(root, 'dist'), join(root, 'dist-main'));
  onWorker = await buildProject(root, { SINERGI_PRERENDER: 'worker' });
  await rename(join(root, 'dist'), join(root, 'dist-worker'));
  const page = join(root, 'src/pages/rusak.astro');
  await writeFile(page, "---\nthrow new Error('Halaman uji sengaja rusak');\n---\n<p>tidak pernah</p>\n");
  broken = await buildProject(root, { SINERGI_PRERENDER: 'worker' }).then(
    () => undefined,
    (error: unknown) => error as typeof broken,
  );
  await unlink(page);
}, 3 * BUILD_TIMEOUT);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('rendering pages on a worker thread', () => {
  it('renders every page on the worker but the one with an optimized image, which the main thread renders', () => {
    expect(onMain.stdout).not.toContain('dirender di worker');
    const report = /(\d+) dari (\d+) halaman dirender di worker, (\d+) dikembalikan ke thread utama/.exec(
      onWorker.stdout,
    );
    expect(report).not.toBeNull();
    const [, byWorker, total, returned] = report?.map(Number) ?? [];
    expect(returned).toBe(1);
    expect(byWorker).toBe((total ?? 0) - 1);
    expect(byWorker).toBeGreaterThan(50);
    expect(onWorker.stdout + onWorker.stderr).not.toContain('Worker berhenti');
  });

  it('writes the same site, byte for byte, as rendering on the main thread', async () => {
    const mainFiles = await siteFiles(join(root, 'dist-main'));
    const workerFiles = await siteFiles(join(root, 'dist-worker'));
    expect(workerFiles).toEqual(mainFiles);
    expect(mainFiles.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
    const differing: string[] = [];
    for (const file of mainFiles) {
      const [a, b] = await Promise.all([
        readFile(join(root, 'dist-main', file)),
        readFile(join(root, 'dist-worker', file)),
      ]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it('optimizes the lesson image and links the page to it', async () => {
    const html = await readFile(join(root, 'dist-worker', LESSON_PAGE), 'utf8');
    const src = /<img[^>]+src="\/(_astro\/peta-uji\.[^"]+\.webp)"[^>]*alt="Peta wilayah binaan uji"/.exec(html)?.[1];
    expect(src).toBeDefined();
    expect((await readFile(join(root, 'dist-worker', src ?? ''))).length).toBeGreaterThan(0);
  });

  it('fails the build on a page that throws in the worker, naming the page and the error', () => {
    expect(broken?.code).toBe(1);
    const output = `${broken?.stdout ?? ''}${broken?.stderr ?? ''}`;
    expect(output).toContain('Caught error rendering /rusak: Error: Halaman uji sengaja rusak');
    expect(output).not.toContain('Worker berhenti');
  });
});
