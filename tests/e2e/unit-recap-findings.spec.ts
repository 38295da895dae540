import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { axeViolations } from './support/axe.ts';
import { progressFiles } from './support/progress-files.ts';

// 40 members who took the pre-test and the final exam of the first course (2 broken files, 2 with a forged module quiz).
const FILES = progressFiles(40, 2, 2, true);
const COURSE = 'Sosialisasi Perpol 1/2021 tentang Pemolisian Masyarakat';

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function drop(page: Page) {
  await page.goto('/satuan/');
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(await FILES);
  await expect(page.getByRole('status').first()).toContainText('38 berkas terbaca');
}

async function csvOf(page: Page, button: string): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const { data, errors } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
}

for (const width of [390, 1280]) {
  test(`at ${String(width)} px, /satuan shows mastery per finding before and after, as a chart and a table`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await drop(page);
    const section = page.getByRole('region', { name: 'Hasil per temuan kajian' });
    const chart = section.getByRole('img', { name: new RegExp(`^Bagan ${COURSE}`) });
    await expect(chart).toBeVisible();
    // The chart says every value; finding 3 has no items in this course's exam, so it is not assessed.
    await expect(chart).toHaveAttribute(
      'aria-label',
      /Temuan 1: sebelum \d+% \(\d+\/\d+\), sesudah \d+% \(\d+\/38\)\./,
    );
    await expect(chart).toHaveAttribute('aria-label', /Temuan 3: sebelum tidak dinilai, sesudah tidak dinilai\./);
    const box = await chart.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(width);
    const table = section.getByRole('table', { name: `Tabel hasil per temuan: ${COURSE}` });
    await expect(table.getByRole('row')).toHaveCount(8);
    const first = table.getByRole('row', { name: /^Temuan 1/ });
    await expect(first).toContainText(/\d+% \(\d+ dari \d+\).*\d+% \(\d+ dari 38\).*poin/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}

test('the item analysis flags the item everyone gets right and the one strong members get wrong, and exports as CSV', async ({
  page,
}) => {
  await drop(page);
  const items = page.getByRole('region', { name: 'Analisis butir soal' });
  const exam = items.getByRole('table', { name: /^Analisis butir: Ujian akhir/ });
  await expect(exam).toBeVisible();
  // The generated members answer the exam's first item right almost always and its second mostly when they are weak.
  await expect(exam.getByRole('row', { name: /^lantas-helm-depan-sekolah/ })).toContainText(
    'hampir semua menjawab benar',
  );
  await expect(exam.getByRole('row', { name: /^reskrim-pemukulan-pemuda/ })).toContainText('anggota kuat justru salah');

  await items.getByLabel('Hanya butir yang perlu ditinjau').check();
  const shown = exam.locator('tbody tr:visible');
  const flagged = await shown.count();
  expect(flagged).toBeGreaterThanOrEqual(2);
  for (const text of await shown.allTextContents()) expect(text).toMatch(/hampir semua|daya beda rendah|justru salah/);

  const rows = await csvOf(page, 'Unduh CSV analisis butir');
  expect(rows[0]).toEqual([
    'Kursus',
    'Kuis',
    'Butir',
    'Jenis',
    'Modul',
    'Temuan',
    'Tingkat',
    'Dijawab',
    'Kemudahan',
    'Daya beda',
    'Pilihan dipilih',
    'Tinjau',
  ]);
  const negative = rows.find((r) => r[2] === 'reskrim-pemukulan-pemuda');
  expect(negative?.[1]).toBe('ujian-sosialisasi-perpol-1-2021');
  expect(Number(negative?.[9])).toBeLessThan(0);
  expect(negative?.[10]).toMatch(/^a \d+%; b \d+% \(benar\); c \d+%; d \d+%/);
  expect(negative?.[11]).toBe('anggota kuat justru salah');
});

test('the findings and group results download as CSV with the figures the page shows', async ({ page }) => {
  await drop(page);
  const findings = await csvOf(page, 'Unduh CSV ringkasan temuan');
  expect(findings[0]?.slice(0, 3)).toEqual(['Kursus', 'Temuan', 'Sebelum: menguasai']);
  const one = findings.find((r) => r[0] === COURSE && r[1] === '1');
  const row = page
    .getByRole('table', { name: `Tabel hasil per temuan: ${COURSE}` })
    .getByRole('row', { name: /^Temuan 1/ });
  await expect(row).toContainText(`${one?.[4] ?? 'x'}% (${one?.[2] ?? 'x'} dari ${one?.[3] ?? 'x'})`);
  await expect(row).toContainText(`${one?.[7] ?? 'x'}% (${one?.[5] ?? 'x'} dari 38)`);

  const groups = await csvOf(page, 'Unduh CSV per kelompok');
  const north = groups.find((r) => r[0] === COURSE && r[2] === 'Polsek Contoh Utara');
  // Members 2, 4, ..., 38 (19 readable files) are in the northern unit; all but member 2, whose module quiz pass was
  // forged, completed the course; all 19 took the exam.
  expect(north?.slice(1, 6)).toEqual(['Per satuan', 'Polsek Contoh Utara', '19', '18', '19']);
  const cells = page
    .getByRole('table', { name: `Per satuan: ${COURSE}` })
    .getByRole('row', { name: /^Polsek Contoh Utara/ })
    .getByRole('cell');
  await expect(cells).toHaveText(['19', '18', '19', north?.[6] ?? 'x', north?.[7] ?? 'x']);
});

test('the answer key is not in the page and is fetched only when files are dropped', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/satuan/kunci.json')) fetched.push(r.url());
  });
  await page.goto('/satuan/');
  const html = await page.content();
  expect(html).not.toContain('"correct"');
  expect(html).not.toContain('lantas-helm-depan-sekolah');
  expect(fetched).toEqual([]);
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles((await FILES).slice(2, 4));
  await expect(page.getByRole('status').first()).toContainText('2 berkas terbaca');
  expect(fetched).toHaveLength(1);
});

test('at 320 px the analysis does not widen the page, and axe finds no WCAG 2.2 AA violation in it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await drop(page);
  await expect(page.getByRole('region', { name: 'Analisis butir soal' })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page, '#unit-analysis')).toEqual([]);
});

test('"Cetak analisis" prints the analysis, not the page around it', async ({ page }) => {
  await drop(page);
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Cetak analisis' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /^Bagan / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Analisis butir soal' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unduh CSV analisis butir' })).toBeHidden();
  await expect(page.locator('#unit-drop')).toBeHidden();
});
