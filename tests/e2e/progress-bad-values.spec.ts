// Bad values on /progres: a file nested too deep for the digest, dates in the future, a backup made by a wrong clock.
import { expect, test, type Page } from '@playwright/test';
import { encodeProgressFile } from '../../src/lib/progress/export-file.ts';
import type { Progress } from '../../src/schemas/progress.ts';
import { memberProgress, nodeDigest } from './support/progress-files.ts';

const KEY = 'sinergi:progress:v1';
const NUDGE = 'ekspor sekarang agar tidak hilang';
/** Jakarta's 1 January 10000, the date a phone whose clock ran to the end of year 9999 writes. */
const YEAR_9999 = '9999-12-31T23:00:00.000Z';

const storedText = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Opens /progres/ with the given progress stored, as a learner who completed a course and never exported. */
async function openWith(page: Page, progress: Progress) {
  await page.goto('/progres/');
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [KEY, JSON.stringify(progress)] as const,
  );
  await page.reload();
  await expect(page.getByRole('row', { name: /^Polmas adalah tugas setiap anggota/ })).toContainText('Selesai');
}

/** Chooses a file in the import box and waits for its verdict; returns the stored progress before it. */
async function importText(page: Page, text: string) {
  const before = await storedText(page);
  await page
    .getByLabel('Pilih berkas progres')
    .setInputFiles({ name: 'sinergi-progres.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  return before;
}

test('a file nested 200,000 levels deep is refused with its own message, and "Membaca berkas..." goes away', async ({
  page,
}) => {
  await openWith(page, memberProgress(1));
  const levels = 200_000;
  const deep = `{"app":"sinergi","kind":"progress","version":1,"exportedAt":"2026-11-28T00:00:00.000Z","digest":{"algorithm":"SHA-256","value":"${'0'.repeat(64)}"},"progress":${'['.repeat(levels)}${']'.repeat(levels)}}`;
  const before = await importText(page, deep);
  await expect(page.getByRole('alert')).toContainText('Isi berkas bersarang lebih dari 32 tingkat');
  await expect(page.getByText('Membaca berkas...')).toHaveCount(0);
  expect(await storedText(page)).toBe(before);
});

test('a correctly sealed file exported in the year 9999 is refused, naming the date; the reminder stays', async ({
  page,
}) => {
  await openWith(page, memberProgress(1));
  await expect(page.getByText(NUDGE)).toBeVisible();
  const file = await encodeProgressFile(memberProgress(2), { now: () => new Date(YEAR_9999), digest: nodeDigest });
  const before = await importText(page, file);
  await expect(page.getByRole('alert')).toContainText(
    'Berkas berisi tanggal di masa depan: 1 Januari 10000 (bagian "exportedAt").',
  );
  await expect(page.getByText('Membaca berkas...')).toHaveCount(0);
  expect(await storedText(page)).toBe(before);
  await expect(page.getByText('Anda belum pernah mengekspor progres.')).toBeVisible();
  await expect(page.getByText(NUDGE)).toBeVisible();
});

test('an export made while the phone clock said 9999 does not silence the backup reminder once the clock is right', async ({
  page,
}) => {
  await openWith(page, memberProgress(1));
  await page.clock.setFixedTime(new Date(YEAR_9999));
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  await expect(page.getByText(NUDGE)).toBeHidden();
  await page.clock.setFixedTime(new Date('2026-12-02T08:00:00.000+07:00'));
  await page.reload();
  await expect(
    page.getByText(/Tanggal ekspor terakhir yang tercatat \(1 Januari 10000\) ada di masa depan/),
  ).toBeVisible();
  await expect(page.getByText(NUDGE)).toBeVisible();
});
