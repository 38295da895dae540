import { expect, test } from '@playwright/test';

test('after accepting "Simpan untuk offline", pages never visited open without a network', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Simpan untuk offline' });
  await expect(offer).toContainText(/\d+(,\d)? MB/);
  await offer.getByRole('button', { name: 'Simpan untuk offline' }).click();
  // Precaching downloads the whole course (about 5 MB); on a loaded machine that takes more than the default 5 s.
  await expect(offer).toContainText('Tersimpan', { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  const lessons = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.includes('precache')) ?? '');
    return (await cache.keys())
      .map((r) => new URL(r.url).pathname)
      .filter((p) => /^\/modul\/[^/]+\/[^/]+\/index\.html$/.test(p))
      .map((p) => p.replace(/index\.html$/, ''));
  });
  expect(lessons.length).toBeGreaterThanOrEqual(5);
  for (const path of lessons.slice(0, 5)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigasi pelajaran' })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Search runs on the precached Pagefind index.
  await page.goto('/cari/');
  await page.getByRole('searchbox').fill('kemitraan');
  await expect(page.getByRole('status').filter({ hasText: 'hasil untuk' })).toHaveText(
    /^[1-9]\d* hasil untuk "kemitraan"/,
  );

  // So do the glossary's and the function cards' instant searches, on their precached Lunr indexes.
  await page.goto('/istilah/');
  await page.getByRole('searchbox', { name: 'Cari istilah' }).fill('DDS');
  await expect(page.getByRole('status').filter({ hasText: 'cocok' })).toHaveText(/^[1-9]\d* dari \d+ istilah cocok\.$/);
  await expect(page.locator('#daftar-istilah > .entry:not([hidden]) dfn').first()).toHaveText(/^Sambang/);
  await page.goto('/fungsi/');
  await page.getByRole('searchbox', { name: 'Cari fungsi' }).fill('kecelakaan');
  await expect(page.locator('#daftar-fungsi > li:not([hidden]) h2').first()).toHaveText(/^Lantas/);

  // A quiz starts and answers without a network.
  await page.goto('/modul/polmas-tugas-setiap-anggota/');
  const quiz = page.getByRole('region', { name: /^Kuis/ }).first();
  await quiz.scrollIntoViewIfNeeded();
  await quiz.getByRole('button', { name: 'Mulai kuis' }).click();
  await expect(quiz.locator('legend').first()).toBeVisible();

  // Progress, with the browser's answer on persistent storage.
  await page.goto('/progres/');
  await expect(page.getByText(/penyimpanan permanen/)).toBeVisible();

  await page.goto('/halaman-yang-tidak-tersimpan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang offline');
});

test('the web app manifest is valid and installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    short_name: string;
    lang: string;
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ short_name: 'Sinergi', lang: 'id', display: 'standalone', start_url: '/' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

test('dismissing the offer keeps it hidden for the rest of the visit', async ({ page }) => {
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Simpan untuk offline' });
  await offer.getByRole('button', { name: 'Nanti saja' }).click();
  await expect(offer).toBeHidden();
  await page.goto('/modul/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Simpan untuk offline' })).toBeHidden();
});

test('a download that fails says so and can be retried', async ({ page, context }) => {
  // Service-worker requests go through the context's routes in Chromium: lose the search index mid-download.
  await context.route('**/pagefind/pagefind-entry.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Simpan untuk offline' });
  const accept = offer.getByRole('button', { name: 'Simpan untuk offline' });
  await accept.click();
  await expect(offer).toContainText('Gagal menyimpan', { timeout: 60_000 });
  await expect(accept).toBeEnabled();

  await context.unroute('**/pagefind/pagefind-entry.json');
  await accept.click();
  await expect(offer).toContainText('Tersimpan', { timeout: 60_000 });
});
