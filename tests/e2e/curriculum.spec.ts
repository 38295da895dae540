import { expect, test } from '@playwright/test';
import { loadCourse, moduleInfo } from './support/curriculum.ts';

test('the Tentang page maps each of the seven findings to modules that answer it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tentang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang program');
  await expect(page.getByText('ISSN 1411-3813')).toBeVisible();
  await expect(page.getByText(/38\.477 Bhabinkamtibmas untuk 83\.381 desa, sekitar 46,15%/)).toBeVisible();
  await expect(
    page.getByText(/46,6% "dari total desa dan kelurahan".*tidak menyatakan bahwa 46,6% dihitung/),
  ).toBeVisible();

  const findings = page.locator('ol.findings > li');
  await expect(findings).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    await expect(findings.nth(i).getByRole('heading', { level: 3 })).toHaveText(`Temuan ${String(i + 1)}`);
    await expect(findings.nth(i).getByRole('link').first()).toBeVisible();
  }
  await findings
    .nth(6)
    .getByRole('link', { name: /Kemitraan Polri dan masyarakat/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kemitraan Polri dan masyarakat');
});

test('the cross-function course lists its modules in order', async ({ page }) => {
  await page.goto('/kursus/transfer-pengetahuan-lintas-fungsi/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Transfer Pengetahuan Lintas Fungsi: Binmas dan Fungsi Teknis',
  );
  for (const title of [
    'Binmas dan fungsi teknis: siapa mengerjakan apa',
    'Koordinasi lintas fungsi dan pemangku kepentingan',
    'Studi kasus terpadu: satu desa, banyak fungsi',
  ]) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
});

test('the Sosialisasi course lists modules 1, 4, 5 and 6 in course order', async ({ page }) => {
  const course = loadCourse('sosialisasi-perpol-1-2021');
  expect(course.modules).toEqual([
    'polmas-tugas-setiap-anggota',
    'deteksi-dini-dan-pemecahan-masalah',
    'kemitraan-polri-dan-masyarakat',
    'petugas-polmas',
  ]);
  await page.goto('/kursus/sosialisasi-perpol-1-2021/');
  let previous = -Infinity;
  for (const id of course.modules) {
    const link = page.getByRole('main').getByRole('link', { name: moduleInfo(id).title, exact: true });
    await expect(link).toBeVisible();
    const top = (await link.boundingBox())?.y ?? -Infinity;
    expect(top).toBeGreaterThan(previous);
    previous = top;
  }
});
