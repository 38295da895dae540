import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/modul/',
  '/kursus/sosialisasi-perpol-1-2021/',
  '/modul/polmas-tugas-setiap-anggota/',
  '/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/',
  '/modul/polmas-tugas-setiap-anggota/sejarah-aturan-polmas/',
  '/istilah/',
  '/fungsi/',
];

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
