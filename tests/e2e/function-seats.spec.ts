import { expect, test, type Page } from '@playwright/test';
import { answerOfflineOffer } from './support/offline-choice.ts';

// A Lantas member opens the lesson written from their own seat, sees on the Lantas card how to ask Binmas for help and
// what Binmas needs from them, follows the card to /fungsi/, and finds the same two sections on every card there.
const ASK = 'Cara meminta bantuan Binmas / Bhabinkamtibmas';
const NEEDS = 'Yang dibutuhkan Binmas dari Anda';
const LIKELY = '(belum terverifikasi: praktik atau kesimpulan)';

// A desktop context at phone widths: Chromium then keeps the layout viewport at the window's width, so an
// overflowing element shows as a page wider than the window instead of a zoomed-out page.
test.use({ isMobile: false, hasTouch: false, deviceScaleFactor: 1, viewport: { width: 390, height: 844 } });
test.beforeEach(({ page }) => answerOfflineOffer(page));

/** How far the page reaches past the window's right edge, in CSS pixels, at 320 px. */
async function overflowAt320(page: Page): Promise<number> {
  await page.setViewportSize({ width: 320, height: 640 });
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('a Lantas member reads Polmas in their own task and the two-way card sections, at 390 px and 320 px', async ({
  page,
}) => {
  await page.goto('/modul/polmas-di-setiap-fungsi/');
  await page.getByRole('main').getByRole('link', { name: 'Polmas dalam tugas Lantas', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Polmas dalam tugas Lantas');

  const card = page.getByRole('complementary', { name: 'Lantas (Lalu Lintas)' });
  await expect(card.getByText(`${ASK}:`)).toBeVisible();
  const routes = card.getByRole('list').getByRole('listitem');
  await expect(routes).toHaveCount(3);
  await expect(routes.filter({ hasText: 'Peta lalu lintas' })).not.toContainText(LIKELY);
  await expect(routes.filter({ hasText: 'nota dinas' })).toContainText(LIKELY);
  await expect(card.getByText(NEEDS)).toBeVisible();
  await expect(card).toContainText('Data kecelakaan dan titik rawan di desanya');
  expect(await overflowAt320(page)).toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 390, height: 844 });
  await card.getByRole('link', { name: 'Lantas' }).click();
  await expect(page).toHaveURL('/fungsi/#lantas');
  const lantas = page.locator('article#lantas');
  await expect(lantas.getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(lantas.getByRole('heading', { level: 3, name: ASK })).toBeVisible();
  await expect(lantas.getByRole('heading', { level: 3, name: NEEDS })).toBeVisible();

  const cards = page.getByRole('main').getByRole('article');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(11);
  for (let i = 0; i < count; i++) {
    const article = cards.nth(i);
    await expect(article.getByRole('heading', { level: 3, name: ASK })).toHaveCount(1);
    await expect(article.getByRole('heading', { level: 3, name: NEEDS })).toHaveCount(1);
  }
  expect(await overflowAt320(page)).toBeLessThanOrEqual(0);
});
