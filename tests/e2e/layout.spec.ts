import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/built-pages.ts';
import { answerOfflineOffer } from './support/offline-choice.ts';

// Every built page at a small phone, a common phone and a laptop: the page never scrolls sideways (WCAG 1.4.10) and
// nothing fixed or sticky lies over a link, a button, a field or the main heading on the first screen.
const WIDTHS = [320, 390, 1280] as const;
const HEIGHT = 740;
// Groups of pages, each swept by one page of one browser context: two workers share them.
const GROUPS = 4;

// Media queries read the width alone; a desktop context keeps Chromium from widening the layout viewport to fit
// overflowing content, which would hide the very overflow under test.
test.use({ isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
test.describe.configure({ mode: 'parallel' });

/** What is wrong with the page as laid out now, one sentence per problem. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const width = document.documentElement.scrollWidth;
    if (width > innerWidth) {
      // The outermost elements that reach past the right edge: where the overflow starts.
      const wide = [...document.body.querySelectorAll('*')].filter((el) => {
        const parent = el.parentElement;
        return (
          el.getBoundingClientRect().right > innerWidth + 1 &&
          parent &&
          parent.getBoundingClientRect().right <= innerWidth + 1
        );
      });
      problems.push(`page is ${width} px wide: ${wide.slice(0, 3).map(name).join(', ')}`);
    }
    const pinned = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        const { position } = getComputedStyle(e);
        if (position === 'fixed' || position === 'sticky') return e;
      }
      return null;
    };
    const targets = document.querySelectorAll(
      'h1, a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      // Visually hidden (1 px) and off-screen elements are not on the first screen.
      if (box.width <= 1 || box.height <= 1 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || el.contains(hit)) continue;
      const cover = pinned(hit);
      if (cover && !cover.contains(el)) problems.push(`${name(el)} lies under ${name(cover)}`);
    }
    return problems;
  });
}

/** Sweeps each page at every width (one navigation per page, then resizes); returns the problems found. */
async function sweep(page: Page, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    for (const [i, width] of WIDTHS.entries()) {
      await page.setViewportSize({ width, height: HEIGHT });
      // Network idle: islands are hydrated and late content (statuses, offers) is on screen.
      if (i === 0) await page.goto(path, { waitUntil: 'networkidle' });
      found.push(...(await layoutProblems(page)).map((problem) => `${path} at ${width} px: ${problem}`));
    }
  }
  return found;
}

const pages = builtPages();

for (let group = 0; group < GROUPS; group++) {
  const paths = pages.filter((_, i) => i % GROUPS === group);
  test(`pages ${group + 1}/${GROUPS} (${paths.length}): no sideways scrolling, nothing under a fixed element`, async ({
    page,
  }) => {
    // About 25 pages at three widths each: more than the default 30 s on a 2-core machine under the suite's load.
    test.setTimeout(120_000);
    // The offline offer is answered, as on every visit after the first; its own test below covers the first visit.
    await answerOfflineOffer(page);
    expect(await sweep(page, paths)).toEqual([]);
  });
}

test('on a first visit, the "Simpan untuk luring (offline)" offer covers nothing on the first screen', async ({
  page,
}) => {
  expect(await sweep(page, ['/', '/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/'])).toEqual([]);
});

test('a wide lesson table scrolls sideways in its own named region, by keyboard, while the page stays put', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: HEIGHT });
  await page.goto('/modul/binmas-dan-fungsi-teknis/lapisan-gangguan-dan-serah-terima/');
  const region = page.getByRole('region', { name: 'Titik serah terima' });
  await expect(region.getByRole('table')).toBeVisible();
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => [scrollX, document.documentElement.scrollWidth - innerWidth])).toEqual([0, 0]);
});

test('the site header is two rows at most at 390 px; at 320 px its links scroll sideways in place, by keyboard too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: HEIGHT });
  await page.goto('/tentang/');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  // Rows: the distinct tops of the brand and of every link.
  const rows = () =>
    page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.site-header .brand, .site-header nav a')];
      return new Set(boxes.map((el) => Math.round(el.getBoundingClientRect().top))).size;
    });
  expect(await rows()).toBeLessThanOrEqual(2);
  await expect(nav.locator('[aria-current="page"]')).toHaveText('Tentang');

  await page.setViewportSize({ width: 320, height: HEIGHT });
  await page.goto('/');
  expect(await rows()).toBeLessThanOrEqual(2);
  const last = nav.getByRole('link', { name: 'Tentang' });
  await expect(last).not.toBeInViewport({ ratio: 1 });
  // Tab through the links: the last one is scrolled into view inside the header, the page never moves sideways.
  await nav.getByRole('link', { name: 'Beranda' }).focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => [scrollX, document.documentElement.scrollWidth - innerWidth])).toEqual([0, 0]);
});
