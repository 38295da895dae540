import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';

// Publishes a "new version" by editing one built lesson and regenerating the service worker, exactly as a new
// `npm run build` would change the precache manifest. Runs after every other test (see playwright.config.ts).
const lessonPath = '/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/';
const lessonFile = `dist${lessonPath}index.html`;
const regenerateServiceWorker = () => execFileSync(process.execPath, ['scripts/generate-sw.ts'], { stdio: 'ignore' });

let original = '';

test.beforeAll(async () => {
  original = await readFile(lessonFile, 'utf8');
});

test.afterAll(async () => {
  await writeFile(lessonFile, original);
  regenerateServiceWorker();
});

test('a published update is announced, reloads on request, and keeps what the learner stored', async ({ page }) => {
  await page.goto(lessonPath);
  const offer = page.getByRole('region', { name: 'Simpan untuk luring (offline)' });
  await offer.getByRole('button', { name: 'Simpan untuk luring' }).click();
  await expect(offer).toContainText('Tersimpan');
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const storedBefore = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));

  const edited = original.replace(/<h1([^>]*)>([^<]*)<\/h1>/, '<h1$1>$2 (edisi baru)</h1>');
  expect(edited).not.toBe(original);
  await writeFile(lessonFile, edited);
  regenerateServiceWorker();

  await page.reload();
  const update = page.getByRole('status').filter({ hasText: 'Versi baru tersedia' });
  await expect(update).toBeVisible();
  await update.getByRole('button', { name: 'muat ulang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(edisi baru)');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(storedBefore);
});
