import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { builtPages } from './support/built-pages.ts';

const pages = builtPages();

test('the build has pages to check', () => {
  expect(pages).toContain('/');
});

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

// States a first visit does not show: the home page's "Jalur Anda" once the learner named a function, and the
// question answered with "Lewati".
test('axe finds no WCAG 2.2 AA violation on / showing Jalur Anda', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Fungsi tempat Anda bertugas' }).selectOption('pimpinan');
  await page.getByRole('button', { name: 'Tampilkan jalur saya' }).click();
  await expect(page.getByRole('heading', { name: /^Jalur Anda: Pimpinan/ })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});
