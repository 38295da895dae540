import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The first module as its files describe it, so the catalogue's figures are checked against the content itself.
const folder = 'modules/01-polmas-tugas-setiap-anggota';
const frontmatter = (file: string) =>
  parse(readFileSync(`${folder}/${file}`, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const overview = frontmatter('index.mdx') as { summary: string; minutes?: number };
const lessonFiles = readdirSync(folder).filter((f) => /^\d+-.+\.mdx$/.test(f));
const lessonMinutes = lessonFiles.reduce((sum, f) => sum + Number(frontmatter(f)['minutes']), 0);

test('an officer goes from the home page to a module and reads its lessons in order', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Sinergi/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  const courses = page.getByRole('region', { name: 'Kursus' });
  await expect(courses.getByRole('link', { name: /Sosialisasi Perpol 1\/2021/ })).toBeVisible();

  const modules = page.getByRole('region', { name: 'Semua modul' });
  const card = modules.getByRole('article').filter({ hasText: 'Polmas adalah tugas setiap anggota' });
  await expect(card).toContainText(overview.summary);
  await expect(card).toContainText(
    `${String(lessonFiles.length)} pelajaran · ${String(lessonMinutes + (overview.minutes ?? 0))} menit`,
  );
  await card.getByRole('link', { name: 'Polmas adalah tugas setiap anggota', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Polmas adalah tugas setiap anggota');
  await expect(page.getByRole('heading', { name: 'Tujuan pembelajaran' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Modul dinyatakan selesai bila' })).toBeVisible();
  const lessonLinks = page.getByRole('region', { name: 'Pelajaran' }).getByRole('listitem');
  await expect(lessonLinks).toHaveCount(5);

  await page.getByRole('link', { name: 'Mulai pelajaran pertama' }).click();
  await expect(page.getByText('Pelajaran 1 dari 5')).toBeVisible();
  const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();

  const breadcrumb = page.getByRole('navigation', { name: 'Lokasi halaman' });
  await expect(breadcrumb.getByRole('link', { name: 'Polmas adalah tugas setiap anggota' })).toBeVisible();
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(firstTitle ?? '');

  const pager = page.getByRole('navigation', { name: 'Navigasi pelajaran' });
  await pager.getByRole('link', { name: /Berikutnya/ }).click();
  await expect(page.getByText('Pelajaran 2 dari 5')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Navigasi pelajaran' })
    .getByRole('link', { name: /Sebelumnya/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle ?? '');
});

test('every lesson of the module chains to the next and the last returns to the overview', async ({ page }) => {
  await page.goto('/modul/polmas-tugas-setiap-anggota/');
  await page.getByRole('link', { name: 'Mulai pelajaran pertama' }).click();
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Pelajaran ${i} dari 5`)).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Navigasi pelajaran' });
    if (i < 5) await pager.getByRole('link', { name: /Berikutnya/ }).click();
    else
      await pager
        .getByRole('link', { name: /Kembali ke ringkasan modul/ })
        .last()
        .click();
  }
  await expect(page).toHaveURL(/\/modul\/polmas-tugas-setiap-anggota\/$/);
});

test('a lesson cites its legal sources in the text', async ({ page }) => {
  await page.goto('/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/');
  const citations = page.getByRole('complementary', { name: /Dasar hukum: Perpol 1\/2021/ });
  expect(await citations.count()).toBeGreaterThan(0);
  await expect(citations.first()).toContainText(/Sumber: .+\[S\d+\]/);
});

test('a lesson cites its sources as numbered notes, listed once at the end, with links there and back', async ({
  page,
}) => {
  const lesson = readFileSync('modules/06-petugas-polmas/01-kesenjangan-bhabinkamtibmas.mdx', 'utf8');
  const cited = [...new Set([...lesson.matchAll(/<Sumber id="(S\d+)" \/>/g)].map((m) => m[1]))];
  await page.goto('/modul/petugas-polmas/kesenjangan-bhabinkamtibmas/');
  const notes = page.getByRole('region', { name: 'Catatan sumber' });
  await expect(notes.getByRole('listitem')).toHaveCount(cited.length);
  // The first citation is the satuharapan.com report; its note names the source and links to it.
  const first = page.getByRole('main').getByRole('link', { name: 'Sumber 1', exact: true });
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/#catatan-1$/);
  const note = notes.getByRole('listitem').first();
  await expect(note.getByRole('link', { name: /satuharapan\.com/ })).toHaveAttribute(
    'href',
    /^https:\/\/satuharapan\.com\//,
  );
  await note.getByRole('link', { name: 'Kembali ke kutipan sumber 1' }).click();
  await expect(page).toHaveURL(/#rujukan-1-1$/);
});

test('a legal reference whose status is unknown says so instead of passing as in force', async ({ page }) => {
  await page.goto('/modul/binmas-dan-fungsi-teknis/intelkam-reskrim-resnarkoba-spkt/');
  const citation = page.getByRole('complementary', { name: 'Dasar hukum: Skep/1988/XII/2005' });
  await expect(citation).toContainText('Status keberlakuannya tidak diketahui');
  await expect(citation).not.toContainText('Sudah dicabut');
});

test('a lesson prints without navigation', async ({ page }) => {
  await page.goto('/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Navigasi pelajaran' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: /Dasar hukum/ }).first()).toBeVisible();
  for (const chrome of [
    page.getByRole('navigation', { name: 'Lokasi halaman' }),
    page.getByRole('navigation', { name: 'Navigasi utama' }),
    page.getByRole('contentinfo'),
    page.getByRole('link', { name: 'Langsung ke isi' }),
  ]) {
    await expect(chrome).toBeHidden();
  }
});

test('the header offers the main sections and marks the one the reader is in', async ({ page }) => {
  await page.goto('/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(page.getByRole('banner').getByRole('link', { name: /^Sinergi/ })).toHaveAttribute('href', '/');
  for (const [name, href] of [
    ['Beranda', '/'],
    ['Modul', '/modul/'],
    ['Progres', '/progres/'],
    ['Cari', '/cari/'],
    ['Istilah', '/istilah/'],
  ] as const) {
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(nav.locator('[aria-current="page"]')).toHaveText('Modul');
});

test('pages fit a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/',
    '/modul/polmas-tugas-setiap-anggota/',
    '/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/',
    '/istilah/',
    '/fungsi/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/modul/polmas-tugas-setiap-anggota/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke isi' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('keyboard focus is clearly visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const brand = page.getByRole('banner').getByRole('link', { name: /^Sinergi/ });
  await expect(brand).toBeFocused();
  const outline = await brand.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('an unknown address shows the Indonesian not-found page', async ({ page }) => {
  const response = await page.goto('/modul/tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
});
