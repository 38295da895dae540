// Pages that fill in after load (from the learner's stored progress) must not move what is already on screen: the
// layout shift summed in the page stays within Lighthouse's budget of npm run audit (0.05), on a phone whose scripts
// arrive only after the HTML has been painted.
import { expect, test, type Page } from '@playwright/test';
import { fullRecord, seed } from './support/progress-seed.ts';
import { COURSE } from './support/progress-files.ts';

/** Opens `path` with its scripts held back until the parsed HTML is painted; returns the layout shift once settled. */
async function layoutShiftOf(page: Page, path: string, filled: (page: Page) => Promise<void>): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release = () => {};
  const painted = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await painted;
    await route.continue();
  });
  const nextFrame = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.goto(path, { waitUntil: 'commit' });
  // The whole HTML parsed (module scripts wait for it) and painted.
  await page.waitForFunction(() => document.readyState !== 'loading');
  await nextFrame();
  release();
  await filled(page);
  await page.waitForLoadState('networkidle');
  // Two frames after the last change, so any shift it caused is recorded.
  await nextFrame();
  return page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

test('/progres does not shift as it fills in with a full record', async ({ page }) => {
  await seed(page, fullRecord);
  const shift = await layoutShiftOf(page, '/progres/', async (p) => {
    await expect(p.getByRole('row', { name: /^Sosialisasi Perpol/ })).toContainText('Selesai');
    await expect(p.getByRole('row', { name: /Rapat Koordinasi di Desa Mekarjaya/ })).toContainText('Ideal');
  });
  expect(shift).toBeLessThanOrEqual(0.05);
});

test('the certificate page does not shift as it finds what is missing, and offers no printing meanwhile', async ({
  page,
}) => {
  const shift = await layoutShiftOf(page, `/sertifikat/${COURSE}/`, async (p) => {
    await expect(p.getByRole('link', { name: /Progres/ }).last()).toBeVisible();
  });
  expect(shift).toBeLessThanOrEqual(0.05);
  await expect(page.getByRole('button', { name: 'Unduh PDF' })).toBeHidden();
});

test('the certificate page does not shift as it draws a finished course', async ({ page }) => {
  await seed(page, fullRecord);
  const shift = await layoutShiftOf(page, `/sertifikat/${COURSE}/`, async (p) => {
    await expect(p.getByRole('button', { name: 'Unduh PDF' })).toBeVisible();
  });
  expect(shift).toBeLessThanOrEqual(0.05);
});

test('/satuan does not shift as its scripts arrive', async ({ page }) => {
  const shift = await layoutShiftOf(page, '/satuan/', async (p) => {
    await expect(p.getByRole('combobox', { name: /Satuan/ }).first()).toBeVisible();
  });
  expect(shift).toBeLessThanOrEqual(0.05);
});

test('the home page with a stored function does not shift as its statuses fill in', async ({ page }) => {
  await seed(page, { ...fullRecord, seat: 'binmas' });
  const shift = await layoutShiftOf(page, '/', async (p) => {
    await expect(p.getByRole('heading', { name: 'Jalur Anda: Binmas / Bhabinkamtibmas' })).toBeVisible();
    await expect(p.locator('.progress-status[data-progress-course]').first()).toHaveAttribute(
      'data-status',
      'complete',
    );
  });
  expect(shift).toBeLessThanOrEqual(0.05);
});
