import { expect, test, type Locator } from '@playwright/test';
import { progressFiles } from './support/progress-files.ts';

// Both import pages share one drop zone (src/client/platform/drop-zone.ts): files dragged over it highlight it, and files
// dropped on it are read like files chosen with its input.

const background = (zone: Locator) => zone.evaluate((el) => getComputedStyle(el).backgroundColor);

/** Drags `files` over `zone` (checking that it lights up), then drops them. */
async function dropFiles(zone: Locator, files: { name: string; buffer: Buffer }[]) {
  const dataTransfer = await zone.page().evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return transfer;
    },
    files.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })),
  );
  const idle = await background(zone);
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect.poll(() => background(zone)).not.toBe(idle);
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect.poll(() => background(zone)).toBe(idle);
}

test('a progress file dropped on /progres is read and previewed like a chosen one', async ({ page }) => {
  await page.goto('/progres/');
  await dropFiles(page.locator('.dropzone'), await progressFiles(1, 0, 0));
  await expect(page.getByRole('heading', { name: 'Yang akan berubah' })).toBeFocused();
  await expect(page.getByText(/pelajaran baru tercatat dibaca/)).toBeVisible();
});

test('several progress files dropped on /satuan are all read into the recap, a broken one listed', async ({ page }) => {
  await page.goto('/satuan/');
  await dropFiles(page.locator('.dropzone'), await progressFiles(3, 1, 0));
  await expect(page.getByRole('status').first()).toContainText('2 berkas terbaca, 1 rusak');
  await expect(page.getByRole('row', { name: /Anggota Uji 0002/ })).toBeVisible();
});
