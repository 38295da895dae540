// Times the unit recap in the browser (Chromium via Playwright), the way a unit admin would drop files on /satuan:
// 1,000 exported progress files to the member table, and 200 files with pre-test and final-exam attempts to the
// per-finding chart and the item analysis. Needs a build: `npm run build && npm run bench:recap`.
// The files are written to a temporary folder and given to the file input by path, as a drop gives them: handing
// Playwright the bytes instead sends every file through the debugging protocol, which timed the harness, not the page.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressFiles } from '../tests/e2e/support/progress-files.ts';
import { systemChromium } from './chromium.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? process.env['E2E_PORT'] ?? 4338);
const COUNT = Number(process.env['BENCH_FILES'] ?? 1000);
const ASSESSED = Number(process.env['BENCH_ASSESSED_FILES'] ?? 200);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const executablePath = systemChromium(process.env, existsSync);

/** Writes the generated files to a folder of their own and returns their paths. */
async function writeFiles(dir: string, files: Awaited<ReturnType<typeof progressFiles>>): Promise<string[]> {
  await Promise.all(files.map((f) => writeFile(join(dir, f.name), f.buffer)));
  return files.map((f) => join(dir, f.name));
}

/** Median seconds from the drop to `ready` over RUNS fresh page loads. */
async function time(page: Page, paths: string[], ready: (page: Page) => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`http://127.0.0.1:${String(PORT)}/satuan/`);
    const started = performance.now();
    await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(paths);
    await ready(page);
    runs.push((performance.now() - started) / 1000);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? Number.NaN;
}

// Its own process group, so that stopping it also stops the astro process npx starts.
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  detached: true,
});
const dir = await mkdtemp(join(tmpdir(), 'sinergi-bench-recap-'));
try {
  for (let i = 0; i < 60; i++) {
    if (
      await fetch(`http://127.0.0.1:${String(PORT)}/satuan/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  // Astro refuses a second preview server for the same project: say so instead of timing out on a closed port.
  if (server.exitCode !== null)
    throw new Error('astro preview did not start (is another preview of this project running?)');
  const plain = await writeFiles(
    await mkdtemp(join(dir, 'rekap-')),
    await progressFiles(COUNT, Math.round(COUNT / 20), Math.round(COUNT / 20)),
  );
  const assessed = await writeFiles(
    await mkdtemp(join(dir, 'ujian-')),
    await progressFiles(ASSESSED, Math.round(ASSESSED / 20), Math.round(ASSESSED / 20), true),
  );
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const table = await time(page, plain, async (p) => {
    await p.getByText(/berkas terbaca/).waitFor({ timeout: 300_000 });
    await p
      .locator('#unit-rows tr')
      .nth(COUNT - Math.round(COUNT / 20) - 1)
      .waitFor({ timeout: 300_000 });
  });
  console.log(await page.locator('#unit-status').textContent());
  console.log(
    `${String(COUNT)} progress files -> recap table in ${table.toFixed(2)} s (${((table * 1000) / COUNT).toFixed(1)} ms per file, median of ${String(RUNS)})`,
  );
  const analysis = await time(page, assessed, async (p) => {
    await p
      .getByRole('img', { name: /^Bagan / })
      .first()
      .waitFor({ timeout: 300_000 });
    await p
      .getByRole('table', { name: /^Analisis butir: / })
      .first()
      .waitFor({ timeout: 300_000 });
  });
  console.log(
    `${String(ASSESSED)} progress files with pre-test and exam -> per-finding chart and item analysis in ${analysis.toFixed(2)} s (median of ${String(RUNS)})`,
  );
  await browser.close();
} finally {
  await rm(dir, { recursive: true, force: true });
  try {
    if (server.pid !== undefined) process.kill(-server.pid);
  } catch {
    // Already stopped.
  }
}
