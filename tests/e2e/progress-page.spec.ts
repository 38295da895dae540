// /progres as a learner with a full record sees it: one backup notice, the certificate of a finished course, nothing
// wider than a phone.
import { expect, test, type Page } from '@playwright/test';
import { COURSE } from './support/progress-files.ts';
import { fullRecord, seed } from './support/progress-seed.ts';

const courseRow = (page: Page) => page.getByRole('row', { name: /^Sosialisasi Perpol/ });

test('the backup section says one thing: never exported, with completions to save', async ({ page }) => {
  await seed(page, fullRecord);
  await page.goto('/progres/');
  const backup = page.getByRole('region', { name: 'Cadangan' });
  await expect(backup.getByText(/belum pernah mengekspor/)).toHaveText(
    /^Anda belum pernah mengekspor progres\. Sudah ada modul atau kursus yang selesai: ekspor sekarang/,
  );
  // "since the last export" would contradict "never exported".
  await expect(page.getByText(/sejak ekspor terakhir/)).toHaveCount(0);

  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  await expect(backup.getByText(/Cadangan terakhir/)).toHaveText(/^Cadangan terakhir \(ekspor\): \d+ \w+ \d{4}\.$/);
  await expect(page.getByText(/belum pernah mengekspor|ekspor sekarang/)).toHaveCount(0);
});

test('a completed course says so on /progres, with its certificate to print or download', async ({ page }) => {
  await seed(page, fullRecord);
  await page.goto('/progres/');
  const row = courseRow(page);
  await expect(row).toContainText('Selesai');
  const link = row.getByRole('link', { name: 'Cetak atau unduh sertifikat' });
  await expect(link).toHaveAttribute('href', `/sertifikat/${COURSE}/`);
  // The course not finished yet offers no certificate.
  const other = page.getByRole('row', { name: /^Transfer Pengetahuan/ });
  await expect(other).toContainText('Sedang berjalan');
  await expect(other.getByRole('link', { name: /sertifikat/i })).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/sertifikat/${COURSE}/$`));
  await expect(page.getByRole('button', { name: 'Unduh PDF' })).toBeVisible();
});

for (const width of [320, 390]) {
  test(`at ${width} px nothing on /progres is wider than the screen, with every column filled`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await seed(page, fullRecord);
    await page.goto('/progres/');
    // Every table has rows with content.
    await expect(courseRow(page)).toContainText('Selesai');
    await expect(page.getByRole('row', { name: /Rapat Koordinasi di Desa Mekarjaya/ })).toContainText('Ideal');
    await expect(page.getByRole('region', { name: 'Nilai kuis' }).getByRole('row')).not.toHaveCount(0);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('main table, main tr, main th, main td, main section, main a')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 1 && box.right > width + 0.5;
        })
        .map((el) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`);
      return { page: document.documentElement.scrollWidth - width, wide };
    });
    expect(overflow).toEqual({ page: 0, wide: [] });
  });
}
