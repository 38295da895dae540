// Times the unit recap on 1,000 exported progress files in the browser (Chromium via Playwright), the way a unit
// admin would drop them on /satuan. Needs a build: `npm run build && npm run bench:recap`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { progressFiles } from '../tests/e2e/support/progress-files.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? process.env['E2E_PORT'] ?? 4338);
const COUNT = Number(process.env['BENCH_FILES'] ?? 1000);
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

// Its own process group, so that stopping it also stops the astro process npx starts.
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  detached: true,
});
try {
  for (let i = 0; i < 60; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT}/satuan/`).then(
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
  const files = await progressFiles(COUNT, Math.round(COUNT / 20), Math.round(COUNT / 20));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/satuan/`);
  const started = performance.now();
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(files);
  await page.getByText(/berkas terbaca/).waitFor({ timeout: 300_000 });
  const elapsed = performance.now() - started;
  console.log(await page.locator('#unit-status').textContent());
  console.log(
    `${COUNT} progress files -> recap table in ${(elapsed / 1000).toFixed(2)} s (${(elapsed / COUNT).toFixed(1)} ms per file)`,
  );
  await browser.close();
} finally {
  try {
    if (server.pid !== undefined) process.kill(-server.pid);
  } catch {
    // Already stopped.
  }
}
