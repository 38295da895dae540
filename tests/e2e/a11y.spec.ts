import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { axeViolations } from './support/axe.ts';

// Every page of the production build, so a new page cannot ship without an accessibility check.
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.split('\\').join('/')}`.replace(/index\.html$/, ''))
  .sort();

test('the build has pages to check', () => {
  expect(pages).toContain('/');
});

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
