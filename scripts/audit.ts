// Lighthouse audit (mobile preset) of key pages of the built site, driving the system Chromium.
// Usage: npm run build && npm run audit. Writes reports/lighthouse.json; exits non-zero below the budgets:
// performance >= 95, accessibility = 100, best practices >= 95, SEO >= 90.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env['AUDIT_PORT'] ?? 4390);
const base = `http://127.0.0.1:${PORT}`;
const budgets = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 90 } as const;

// One page of each kind; pages that a later part of the course adds are audited when they exist.
const candidates = [
  '/',
  '/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/',
  '/modul/polmas-tugas-setiap-anggota/',
  '/modul/binmas-dan-fungsi-teknis/',
  '/sertifikat/sosialisasi-perpol-1-2021/',
];

// Its own process group, so stopping it also stops the astro process that npx starts.
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  detached: true,
});
let stopped = false;
const stop = () => {
  // Called from `finally` and again on exit: the second call finds the group gone.
  if (stopped || !server.pid) return;
  stopped = true;
  process.kill(-server.pid);
};
process.on('exit', stop);
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 500));
}

const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const rows: { page: string; scores: Record<string, number>; metrics: Record<string, string> }[] = [];
let failed = false;
try {
  for (const page of candidates) {
    if (!(await fetch(`${base}${page}`)).ok) continue;
    const result = await lighthouse(`${base}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(budgets),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const scores = Object.fromEntries(
      Object.keys(budgets).map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]),
    );
    const metrics = Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((id) => [id, result.lhr.audits[id]?.displayValue ?? '?']),
    );
    rows.push({ page, scores, metrics });
    const misses = Object.entries(budgets).filter(([id, min]) => (scores[id] ?? 0) < min);
    if (misses.length > 0) failed = true;
    console.log(
      `${page}  ${JSON.stringify(scores)}  ${JSON.stringify(metrics)}${misses.length > 0 ? '  BELOW BUDGET' : ''}`,
    );
  }
} finally {
  chrome.kill();
  stop();
}
await mkdir('reports', { recursive: true });
await writeFile('reports/lighthouse.json', `${JSON.stringify({ budgets, pages: rows }, null, 2)}\n`);
if (failed) process.exitCode = 1;
