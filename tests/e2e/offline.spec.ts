import { expect, test, type Page } from '@playwright/test';

// The offline download is every page and asset (about 10 MB with the studio's editor and checker): over the default
// 30 s per test under the suite's load on a 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('after accepting "Simpan untuk luring (offline)", pages never visited open without a network', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Simpan untuk luring (offline)' });
  await expect(offer).toContainText(/\d+(,\d)? MB/);
  await offer.getByRole('button', { name: 'Simpan untuk luring' }).click();
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
  await expect(page.getByRole('region', { name: 'Pakai tanpa sinyal' })).toContainText(
    'Kursus sudah tersimpan di ponsel ini',
  );

  await page.goto('/halaman-yang-tidak-tersimpan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang luring (offline)');
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

const offerIn = (page: Page) => page.getByRole('region', { name: 'Simpan untuk luring (offline)' });
/** Waits until the page has settled whether to offer (it fetches /offline.json first). */
const settled = (page: Page) => page.waitForLoadState('networkidle');

test('the offer is one line and its buttons: at most 15% of a 390 x 844 screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const offer = offerIn(page);
  await expect(offer.getByText(/^Pakai kursus tanpa sinyal\? \(\d+(,\d)? MB\)$/)).toBeVisible();
  const box = await offer.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(0.15 * 844);
  // Both buttons on one row.
  const accept = await offer.getByRole('button', { name: 'Simpan untuk luring' }).boundingBox();
  const dismiss = await offer.getByRole('button', { name: 'Nanti saja' }).boundingBox();
  expect(dismiss?.y).toBe(accept?.y);
});

test('"Nanti saja" holds in open tabs, new tabs and later visits, and /progres still offers to save', async ({
  context,
}) => {
  const page = await context.newPage();
  const other = await context.newPage();
  await page.goto('/');
  await other.goto('/modul/');
  await expect(offerIn(other)).toBeVisible();
  await offerIn(page).getByRole('button', { name: 'Nanti saja' }).click();
  await expect(offerIn(page)).toBeHidden();
  // The other open tab follows the answer.
  await expect(offerIn(other)).toBeHidden();

  const later = await context.newPage();
  await later.goto('/istilah/');
  await settled(later);
  await expect(later.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(offerIn(later)).toBeHidden();
  await later.reload();
  await settled(later);
  await expect(offerIn(later)).toBeHidden();

  await later.goto('/progres/');
  const panel = later.getByRole('region', { name: 'Pakai tanpa sinyal' });
  await expect(panel).toContainText(/tanpa sinyal\? \(\d+(,\d)? MB\)/);
  await panel.getByRole('button', { name: 'Simpan untuk luring' }).click();
  await expect(panel).toContainText('Tersimpan', { timeout: 60_000 });
  await expect(panel.getByRole('button')).toHaveCount(0);
  await later.reload();
  await expect(panel).toContainText('Kursus sudah tersimpan di ponsel ini');
  await expect(offerIn(later)).toBeHidden();
});

test('with storage blocked the offer still works and can be put off, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await offerIn(page).getByRole('button', { name: 'Nanti saja' }).click();
  await expect(offerIn(page)).toBeHidden();
  // Nothing could remember the answer: the next page asks again rather than failing.
  await page.goto('/modul/');
  await expect(offerIn(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a download that fails says so and can be retried', async ({ page, context }) => {
  // Service-worker requests go through the context's routes in Chromium: lose the search index mid-download.
  await context.route('**/pagefind/pagefind-entry.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Simpan untuk luring (offline)' });
  const accept = offer.getByRole('button', { name: 'Simpan untuk luring' });
  await accept.click();
  await expect(offer).toContainText('Gagal menyimpan', { timeout: 60_000 });
  await expect(accept).toBeEnabled();

  await context.unroute('**/pagefind/pagefind-entry.json');
  await accept.click();
  await expect(offer).toContainText('Tersimpan', { timeout: 60_000 });
});
