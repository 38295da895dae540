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
