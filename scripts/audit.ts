// Lighthouse audit (mobile preset) of key pages of the built site, driving the system Chromium.
// Usage: npm run build && npm run audit. Writes reports/lighthouse.json; exits non-zero below the budgets:
// performance >= 95, accessibility, best practices and SEO = 100, cumulative layout shift <= 0.05, total blocking time
// <= 200 ms, and on a lesson page largest contentful paint <= 1.0 s. Each page is audited AUDIT_RUNS times (default 3): performance, layout shift and blocking time, which vary
// from run to run, are judged by their median, as Lighthouse's guide on variability advises; the other categories by their worst run. Every run's
// performance score, layout shift and largest contentful paint are recorded.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chooseChromium } from './chromium.ts';

const PORT = Number(process.env['AUDIT_PORT'] ?? 4390);
const base = `http://127.0.0.1:${PORT}`;
const budgets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
/** Highest cumulative layout shift allowed (Lighthouse's "good" is below 0.1). */
const maxLayoutShift = 0.05;
/** Highest total blocking time allowed, in milliseconds: the main thread stays free for the learner's first taps. */
const maxBlockingTime = 200;
/** Highest largest contentful paint allowed on a lesson page (`/modul/<module>/<lesson>/`), in milliseconds. */
const maxLessonLargestPaint = 1000;
const isLesson = (page: string) => /^\/modul\/[^/]+\/[^/]+\/$/.test(page);
const RUNS = Number(process.env['AUDIT_RUNS'] ?? 3);

// One page of each kind; pages that a later part of the course adds are audited when they exist.
const candidates = [
  '/',
  '/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/',
  '/modul/polmas-tugas-setiap-anggota/',
  '/modul/binmas-dan-fungsi-teknis/',
  '/sertifikat/sosialisasi-perpol-1-2021/',
  '/progres/',
  '/satuan/',
];

// AUDIT_PAGES (comma-separated paths) audits only those pages.
const pages = process.env['AUDIT_PAGES']?.split(',') ?? candidates;

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

// The Chromium the end-to-end tests drive (npm run audit installs Playwright's first when the machine has none).
const chrome = await chromeLauncher.launch({
  chromePath: chooseChromium(process.env, existsSync, chromium.executablePath()).path,
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

type Row = {
  page: string;
  scores: Record<string, number>;
  layoutShift: number;
  blockingTime: number;
  metrics: Record<string, string>;
  performanceRuns: number[];
  layoutShiftRuns: number[];
  largestPaint: number;
  largestPaintRuns: number[];
};
const rows: Row[] = [];
let failed = false;

async function audit(page: string) {
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
  return {
    scores,
    metrics,
    layoutShift: result.lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity,
    blockingTime: result.lhr.audits['total-blocking-time']?.numericValue ?? Infinity,
    largestPaint: result.lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity,
  };
}

/** The middle value (the lower middle of an even count). */
function median<T>(values: readonly T[], by: (value: T) => number): T | undefined {
  return values.toSorted((a, b) => by(a) - by(b))[Math.floor((values.length - 1) / 2)];
}

try {
  for (const page of pages) {
    if (!(await fetch(`${base}${page}`)).ok) continue;
    const runs: Awaited<ReturnType<typeof audit>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(page));
    const medianRun = median(runs, (r) => r.scores['performance'] ?? 0);
    if (!medianRun) throw new Error(`No Lighthouse run for ${page}`);
    const scores = Object.fromEntries(
      Object.keys(budgets).map((id) => [
        id,
        id === 'performance' ? (medianRun.scores[id] ?? 0) : Math.min(...runs.map((r) => r.scores[id] ?? 0)),
      ]),
    );
    const performanceRuns = runs.map((r) => r.scores['performance'] ?? 0);
    const layoutShiftRuns = runs.map((r) => r.layoutShift);
    const layoutShift = median(layoutShiftRuns, (x) => x) ?? Infinity;
    const blockingTime = median(runs, (r) => r.blockingTime)?.blockingTime ?? Infinity;
    const largestPaintRuns = runs.map((r) => Math.round(r.largestPaint));
    const largestPaint = median(largestPaintRuns, (x) => x) ?? Infinity;
    rows.push({
      page,
      scores,
      layoutShift,
      blockingTime,
      metrics: medianRun.metrics,
      performanceRuns,
      layoutShiftRuns,
      largestPaint,
      largestPaintRuns,
    });
    const misses = [
      ...Object.entries(budgets).filter(([id, min]) => (scores[id] ?? 0) < min),
      ...(layoutShift > maxLayoutShift ? [['layout shift']] : []),
      ...(blockingTime > maxBlockingTime ? [['blocking time']] : []),
      ...(isLesson(page) && largestPaint > maxLessonLargestPaint ? [['largest contentful paint']] : []),
    ];
    if (misses.length > 0) failed = true;
    console.log(
      `${page}  ${JSON.stringify(scores)}  CLS ${layoutShift.toFixed(3)}  TBT ${Math.round(blockingTime)} ms  ${JSON.stringify(medianRun.metrics)}  performance runs ${performanceRuns.join(', ')}  CLS runs ${layoutShiftRuns.map((x) => x.toFixed(3)).join(', ')}  LCP runs ${largestPaintRuns.join(', ')} ms${misses.length > 0 ? '  BELOW BUDGET' : ''}`,
    );
  }
} finally {
  chrome.kill();
  stop();
}
await mkdir('reports', { recursive: true });
await writeFile(
  'reports/lighthouse.json',
  `${JSON.stringify({ budgets: { ...budgets, maxLayoutShift, maxBlockingTime, maxLessonLargestPaint }, runsPerPage: RUNS, pages: rows }, null, 2)}\n`,
);
if (failed) process.exitCode = 1;
