import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { encodeProgressFile } from '../../src/lib/progress/export-file.ts';
import { loadCourse } from './support/curriculum.ts';
import { COURSE, memberProgress, nodeDigest } from './support/progress-files.ts';

const FORMULA = '=HYPERLINK("http://x","klik")';

test('the /satuan recap CSV shows a formula-like name as text, never as a formula', async ({ page }) => {
  const text = await encodeProgressFile(memberProgress(1, { name: FORMULA }), {
    now: () => new Date('2026-11-28T00:00:00Z'),
    digest: nodeDigest,
  });
  await page.goto('/satuan/');
  await page
    .getByLabel('Pilih atau seret berkas progres (.json)')
    .setInputFiles({ name: 'progres.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').first()).toContainText('1 berkas terbaca');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const { data, errors } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''));
  expect(errors).toEqual([]);
  // A spreadsheet shows a cell that starts with ' as the text after it.
  expect(data[1]?.[0]).toBe(`'${FORMULA}`);
});

test("the /satuan table and CSV show each member's final exam: the allowed pass with its score and date, or none", async ({
  page,
}) => {
  const { title, exam } = loadCourse(COURSE);
  const bank = exam?.bank ?? '';
  const passed = memberProgress(1, { name: 'Anggota Lulus' });
  const noExam = memberProgress(2, { name: 'Anggota Belum' });
  const files = await Promise.all(
    [passed, { ...noExam, quizAttempts: noExam.quizAttempts.filter((a) => a.quizId !== bank) }].map(
      async (progress, i) => ({
        name: `progres-${String(i)}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(
          await encodeProgressFile(progress, { now: () => new Date('2026-11-28T00:00:00Z'), digest: nodeDigest }),
        ),
      }),
    ),
  );
  await page.goto('/satuan/');
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(files);
  await expect(page.getByRole('status').first()).toContainText('2 berkas terbaca');

  const column = `Ujian akhir: ${title}`;
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: column }) });
  const headers = await table.getByRole('columnheader').allTextContents();
  const at = headers.indexOf(column);
  expect(at).toBeGreaterThan(0);
  const cell = (name: string) => table.getByRole('row').filter({ hasText: name }).locator('th, td').nth(at);
  await expect(cell('Anggota Lulus')).toHaveText('lulus · 100 · 2026-11-02');
  await expect(cell('Anggota Belum')).toHaveText('belum');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const [header = [], ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
  const status = header.indexOf(`${column} — status`);
  expect(status).toBeGreaterThan(0);
  // In the table's order: by name.
  expect(rows.map((row) => [row[0], ...row.slice(status, status + 3)])).toEqual([
    ['Anggota Belum', 'belum', '', ''],
    ['Anggota Lulus', 'lulus', '100', '2026-11-02'],
  ]);
});
