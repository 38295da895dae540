import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { encodeProgressFile } from '../../src/lib/progress/codec.ts';
import { memberProgress, nodeDigest } from './support/progress-files.ts';

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
