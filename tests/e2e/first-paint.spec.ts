import { expect, test } from '@playwright/test';

// A lesson's text paints from its HTML alone: the page's styles are inlined (build.inlineStylesheets in
// astro.config.mjs), the site uses the phone's own fonts, and the page's scripts are fetched once the text has painted
// (src/middleware.ts), so no request stands between the HTML and the first paint.

const LESSON = '/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/';

test('a lesson page waits for no stylesheet, script or font before it shows its text', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (['stylesheet', 'font'].includes(request.resourceType())) requests.push(request.url());
  });
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Chromium marks every resource that held back rendering as "blocking" (Resource Timing's renderBlockingStatus,
  // not yet in TypeScript's DOM types).
  const blocking = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  );
  expect(blocking).toEqual([]);
  expect(requests).toEqual([]);

  // The inlined styles are applied: the skip link waits off screen until it gets keyboard focus.
  await expect(page.getByRole('link', { name: 'Langsung ke isi' })).not.toBeInViewport();
});

test('a lesson fetches its scripts only after its text has painted, and they still do their work', async ({ page }) => {
  await page.goto(LESSON);
  // The lesson script records the visit once the reader reaches the end of the text.
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sinergi:progress:v1') ?? ''))
    .toContain('apa-itu-polmas');
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => entry.startTime),
  }));
  expect(timing.scripts.length).toBeGreaterThan(0);
  expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.paint);

  await page.goto('/modul/polmas-tugas-setiap-anggota/');
  await expect(page.getByRole('region', { name: 'Pelajaran' }).getByText('✓ sudah dibaca')).toHaveCount(1);
});

test('a lesson links its web app manifest once its text has painted, and Chromium reads it', async ({
  page,
  request,
}) => {
  // The HTML itself names no manifest: Chromium would fetch it, and then an icon, before the first paint.
  expect(await (await request.get(LESSON)).text()).not.toContain('rel="manifest"');

  await page.goto(LESSON);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  // What Chromium's install prompt reads: the manifest the page links now, parsed without errors.
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(async () => {
      const { url, errors, data } = await cdp.send('Page.getAppManifest');
      const manifest = data ? (JSON.parse(data) as { short_name?: string }) : {};
      return { url: new URL(url || '/', page.url()).pathname, errors, name: manifest.short_name };
    })
    .toEqual({ url: '/manifest.webmanifest', errors: [], name: 'Sinergi' });
});
