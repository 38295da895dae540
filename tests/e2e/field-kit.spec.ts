import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { parse } from 'yaml';
import { KitCardSchema } from '../../src/schemas/kit.ts';
import { ProgressSchema } from '../../src/schemas/progress.ts';
import { findPhrase, inkShare, renderPdf, wordsOutside } from './support/pdf-render.ts';
import { answerOfflineOffer } from './support/offline-choice.ts';

// A member on a 390 px phone fills the laporan informasi, reloads, and takes the document away as PDF and DOCX; every
// pocket card prints on one A6 page.
test.use({ viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
const OFFLINE_TEST =
  'after "Simpan untuk luring", a template never opened before is filled and leaves as PDF and DOCX offline';
// Every test but the offline one has answered the offline offer already, as on any visit after the first.
test.beforeEach(async ({ page }, testInfo) => {
  if (testInfo.title !== OFFLINE_TEST) await answerOfflineOffer(page);
});

const LI = '/perangkat/laporan-informasi/';
const FACT = 'Minggu 12 Mei pukul 20.00 sekitar 40 warga Dusun II berkumpul di balai dusun.';
const SOURCE = 'Menurut ketua RT 04, warga membahas rencana menutup jalan angkut PT X.';
const ASSESSMENT = 'Potensi penutupan jalan dalam satu sampai dua minggu.';
const PERIHAL = 'Rencana penutupan jalan angkut oleh warga Dusun Ngasem';

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const cards = readdirSync('content/kit/cards')
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => KitCardSchema.parse(parse(readFileSync(`content/kit/cards/${f}`, 'utf8'))));

test('a member fills the laporan informasi on a phone; the draft survives a reload and leaves as PDF and DOCX', async ({
  page,
}, testInfo) => {
  await page.goto('/modul/deteksi-dini-dan-pemecahan-masalah/menulis-laporan-informasi/');
  const tools = page.getByRole('complementary', { name: 'Perangkat kerja untuk pelajaran ini' });
  await tools.getByRole('link', { name: 'Laporan informasi' }).click();
  await expect(page).toHaveURL(LI);
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan informasi' })).toBeVisible();
  await expect(page.getByText('bukan format resmi')).toBeVisible();

  await page.getByLabel('Perihal').fill(PERIHAL);
  await page.getByLabel('Sumber informasi').fill('Ketua RT 04');
  await page.getByLabel('Waktu mendapatkan informasi').fill('2026-05-12');
  await page.getByLabel('Fakta yang dilihat atau diperiksa sendiri').fill(FACT);
  await page.getByLabel('Keterangan sumber').fill(SOURCE);
  await page.getByLabel('Penilaian pelapor').fill(ASSESSMENT);
  await expect(page.getByRole('status').filter({ hasText: 'Draf tersimpan di perangkat ini' })).toBeVisible();
  expect(await overflow(page)).toBe(0);

  await page.reload();
  await expect(page.getByLabel('Perihal')).toHaveValue(PERIHAL);
  await expect(page.getByLabel('Fakta yang dilihat atau diperiksa sendiri')).toHaveValue(FACT);
  await expect(page.getByLabel('Keterangan sumber')).toHaveValue(SOURCE);
  await expect(page.getByLabel('Penilaian pelapor')).toHaveValue(ASSESSMENT);
  await expect(page.getByLabel('Waktu mendapatkan informasi')).toHaveValue('2026-05-12');
  // The draft is part of the progress record, so a progress file carries it.
  const stored = await page.evaluate(() => localStorage.getItem('sinergi:progress:v1') ?? '{}');
  expect(ProgressSchema.parse(JSON.parse(stored)).kitDrafts?.['laporan-informasi']?.values['fakta']).toBe(FACT);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^laporan-informasi-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pages = await renderPdf(await readFile(await pdf.path()), testInfo.outputPath(), 'laporan-informasi');
  expect(pages.length).toBeGreaterThanOrEqual(1);
  const [first] = pages;
  if (!first) return;
  // Fact, source and assessment each stand on the page under their own label, in ink, inside the page.
  for (const phrase of [
    'LAPORAN INFORMASI',
    'II. FAKTA-FAKTA',
    FACT,
    'Keterangan sumber:',
    SOURCE,
    'III. PENDAPAT PELAPOR',
    ASSESSMENT,
    '12 Mei 2026',
  ]) {
    const words = findPhrase(first, phrase);
    expect(words, `"${phrase}" on ${first.png}`).toBeDefined();
    for (const word of words ?? []) expect.soft(inkShare(first, word), `ink of "${word.text}"`).toBeGreaterThan(0.04);
  }
  expect(wordsOutside(first, { xMin: 0, yMin: 0, xMax: first.width, yMax: first.height })).toEqual([]);

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh DOCX' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toMatch(/^laporan-informasi-\d{4}-\d{2}-\d{2}\.docx$/);
  const { value: text } = await mammoth.extractRawText({ path: await docx.path() });
  const lines = text.split('\n').filter(Boolean);
  expect(lines).toContain('LAPORAN INFORMASI');
  expect(lines).toContain(`Perihal: ${PERIHAL}`);
  expect(lines).toContain(`Fakta yang dilihat atau diperiksa sendiri: ${FACT}`);
  expect(lines).toContain(`Keterangan sumber: ${SOURCE}`);
  expect(lines).toContain(`Penilaian pelapor: ${ASSESSMENT}`);
  // Kept apart: the fact comes before the facts section ends, the assessment only under the reporter's opinion.
  expect(lines.indexOf('III. PENDAPAT PELAPOR')).toBeGreaterThan(lines.indexOf(`Keterangan sumber: ${SOURCE}`));
  expect(lines.indexOf(`Penilaian pelapor: ${ASSESSMENT}`)).toBeGreaterThan(lines.indexOf('III. PENDAPAT PELAPOR'));
});

test('the notulen keeps its decision table rows across a reload and prints them', async ({ page }) => {
  await page.goto('/perangkat/notulen-rapat-koordinasi/');
  const table = page.getByRole('group', { name: 'Keputusan', exact: true });
  await table.getByLabel('Keputusan').fill('Ronda bergilir dua malam per minggu');
  await table.getByLabel('Penanggung jawab').fill('Ketua RT');
  await table.getByRole('button', { name: 'Tambah baris' }).click();
  const second = table.getByRole('group', { name: 'Baris 2' });
  await expect(second.getByLabel('Keputusan')).toBeFocused();
  await second.getByLabel('Keputusan').fill('Lampu jalan di dua gang');
  await second.getByLabel('Tenggat').fill('Akhir bulan');
  await expect(page.getByRole('status').filter({ hasText: 'Draf tersimpan' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Baris 2' }).getByLabel('Keputusan')).toHaveValue(
    'Lampu jalan di dua gang',
  );
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = page.locator('[data-kit-print]');
  await expect(printed.getByRole('cell', { name: 'Lampu jalan di dua gang' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unduh PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Emptying the draft asks first, then clears the form here and on the device.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Kosongkan draf' }).click();
  await expect(page.getByRole('group', { name: 'Baris 2' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Draf belum tersimpan.' })).toBeVisible();
  await page.reload();
  await expect(table.getByLabel('Keputusan')).toHaveValue('');
});

for (const card of cards) {
  test(`pocket card "${card.title}": one phone screen, one A6 page without clipping`, async ({ page }, testInfo) => {
    await page.goto(`/perangkat/${card.id}/`);
    const sheet = page.locator('[data-kit-card]');
    await expect(sheet.getByRole('heading', { level: 1, name: card.title })).toBeVisible();
    await expect(sheet.getByRole('listitem')).toHaveCount(card.steps.length + card.never.length);
    expect(await overflow(page)).toBe(0);
    // The card itself fits one 390 x 844 screen.
    expect((await sheet.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(844);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A6', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = await renderPdf(pdf, testInfo.outputPath(), card.id);
    expect(pages, `pages of ${card.id}`).toHaveLength(1);
    const [only] = pages;
    if (!only) return;
    // A6 is 105 x 148 mm: 297.6 x 419.5 points.
    expect([Math.round(only.width), Math.round(only.height)]).toEqual([298, 420]);
    // Every step, the last included, is printed whole and inside the page.
    for (const step of card.steps) {
      expect(findPhrase(only, step.text), `"${step.text}" on ${only.png}`).toBeDefined();
    }
    expect(wordsOutside(only, { xMin: 0, yMin: 0, xMax: only.width, yMax: only.height })).toEqual([]);
  });
}

test('the TKP card names Perkabaharkam 5/2011 with its unknown status, not as a rule in force', async ({ page }) => {
  await page.goto('/perangkat/tkp-dan-tertangkap-tangan/');
  const sheet = page.locator('[data-kit-card]');
  await expect(sheet).toContainText('Perkabaharkam 5/2011 (status berlakunya tidak diketahui)');
  await expect(sheet.getByRole('listitem').filter({ hasText: 'Tutup dan jaga TKP' })).toContainText('[1,2]');
});

test('what a member types before the page script has loaded is kept and saved, not replaced by the stored draft', async ({
  page,
}) => {
  // A slow phone: the form is on screen, its script still on the way.
  let release = () => {};
  const scripts = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await scripts;
    await route.continue();
  });
  await page.goto(LI, { waitUntil: 'commit' });
  await page.getByLabel('Perihal').fill(PERIHAL);
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Draf tersimpan di perangkat ini,' })).toBeVisible();
  await expect(page.getByLabel('Perihal')).toHaveValue(PERIHAL);
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByLabel('Perihal')).toHaveValue(PERIHAL);
});

test(OFFLINE_TEST, async ({ page, context }) => {
  await page.goto('/perangkat/');
  const offer = page.getByRole('region', { name: 'Simpan untuk luring (offline)' });
  await offer.getByRole('button', { name: 'Simpan untuk luring' }).click();
  await expect(offer).toContainText('Tersimpan', { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.goto('/perangkat/log-sambang/');
  await page.getByLabel('Petugas (nama, pangkat)').fill('Bripka Dewi');
  await expect(page.getByRole('status').filter({ hasText: 'Draf tersimpan' })).toBeVisible();
  for (const [button, ext] of [
    ['Unduh PDF', 'pdf'],
    ['Unduh DOCX', 'docx'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^log-sambang-.+\\.${ext}$`));
  }
  await page.goto('/perangkat/layanan-110/');
  await expect(page.getByRole('heading', { level: 1, name: 'Layanan Polri 110' })).toBeVisible();
});
