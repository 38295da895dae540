import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemChromium } from '../../scripts/chromium.ts';
import { BUILD_TIMEOUT, copyFixtureSite, project } from '../../scripts/temp-project.ts';

// `npm start` on the minimal site, played as a trainer: a mistake saved in a lesson shows as an Indonesian overlay on
// the open page (and in the terminal), with no stack trace, and the overlay goes once the file is fixed. The overlay
// as a trainer sees it is kept in test-results/dev-overlay.png.

const PORT = Number(process.env['DEV_OVERLAY_PORT'] ?? 4338);
const LESSON = 'modules/01-modul-uji/01-pelajaran-uji.mdx';
const URL_PATH = `http://localhost:${String(PORT)}/modul/modul-uji/pelajaran-uji/`;
let root = '';
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let terminal = '';
let original = '';

/** Resolves once the terminal shows `text`, or rejects after `ms`. */
function terminalShows(text: string, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (terminal.includes(text)) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`the dev server never printed "${text}":\n${terminal}`));
      }
    }, 100);
  });
}

beforeAll(async () => {
  root = await copyFixtureSite('sinergi-dev-overlay-');
  original = await readFile(join(root, LESSON), 'utf8');
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
    cwd: root,
    // As a trainer's terminal would have it: not the test runner's NODE_ENV=test and VITEST variables.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      NODE_ENV: 'development',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await terminalShows(`localhost:${String(PORT)}`);
  const executablePath = systemChromium(process.env, existsSync);
  browser = await chromium.launch(executablePath ? { executablePath } : {});
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(URL_PATH);
}, BUILD_TIMEOUT);

afterAll(async () => {
  if (process.env['DEV_OVERLAY_LOG']) console.log(terminal);
  await browser?.close();
  server?.kill();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('npm start while a trainer edits a lesson', { timeout: BUILD_TIMEOUT }, () => {
  it('shows the page while the content is right', async () => {
    await page.getByText('Isi pelajaran uji.').waitFor();
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });

  it('shows a saved mistake at once, in Indonesian, in the terminal and over the page, without a stack trace', async () => {
    terminal = '';
    await writeFile(join(root, LESSON), original.replace('Isi pelajaran uji.', '<Callout type="penting">\nIsi.\n'));
    // The unclosed tag sits where the fixture lesson's text was.
    const at = `${LESSON}:${String(original.split('\n').findIndex((line) => line.includes('Isi pelajaran uji.')) + 1)}:1`;
    const overlay = page.locator('vite-error-overlay');
    await overlay.getByText('komponen <Callout> dibuka tetapi tidak ditutup').first().waitFor({ timeout: 60_000 });
    await terminalShows(`${at}  komponen <Callout> dibuka tetapi tidak ditutup`);
    const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? el.textContent);
    expect(text).toContain('Konten tidak valid');
    expect(text).toContain('Pemeriksaan konten');
    expect(text).toContain(at);
    expect(text).not.toMatch(/Expected a closing tag|\bat .+:\d+:\d+/);
    await mkdir(join(project, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(project, 'test-results/dev-overlay.png') });
  });

  it('clears the overlay once the file is fixed and saved', async () => {
    await writeFile(join(root, LESSON), original);
    // The text is still on the page under the overlay until the dev server reloads it: wait for the overlay to go.
    await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByText('Isi pelajaran uji.').waitFor({ timeout: 60_000 });
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });
});
