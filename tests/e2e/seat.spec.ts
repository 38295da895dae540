// The learner's function ("seat"): asked on the first visit, "Jalur Anda" on the home page, kept across reloads,
// changed on /progres, carried in the export file, printed on the certificate and shown in the unit recap.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { encodeProgressFile } from '../../src/lib/progress/export-file.ts';
import { axeViolations } from './support/axe.ts';
import { COURSE, memberProgress, nodeDigest } from './support/progress-files.ts';
import { pdfPageTexts } from './support/pdf-text.ts';
import { seed } from './support/progress-seed.ts';

const QUESTION = 'Anda bertugas di fungsi apa?';
const question = (page: Page) => page.getByRole('region', { name: QUESTION });
const path = (page: Page, label: string) => page.getByRole('region', { name: `Jalur Anda: ${label}` });

test.use({ viewport: { width: 390, height: 844 } });

/** Presses Tab until `name` has the focus (at most 60 times): the page's tab order, as a keyboard user meets it. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent} ${el.id}` : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** Whether the page scrolls sideways at the current width. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('a first visit chooses Lantas by keyboard, sees Jalur Anda for Lantas, and keeps it after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(question(page)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Jalur Anda/ })).toHaveCount(0);

  await tabTo(page, /seat-select/);
  await expect(page.getByRole('combobox', { name: 'Fungsi tempat Anda bertugas' })).toBeFocused();
  // One letter: the select's type-ahead forgets what was typed after a second's pause, so a slow machine typing
  // "Lantas" key by key could start again at "s" and land on "Samapta / SPKT".
  await page.keyboard.press('L');
  await expect(page.getByRole('combobox', { name: 'Fungsi tempat Anda bertugas' })).toHaveValue('lantas');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tampilkan jalur saya' })).toBeFocused();
  await page.keyboard.press('Enter');

  const lantas = path(page, 'Lantas');
  await expect(lantas).toBeVisible();
  await expect(lantas.getByRole('heading', { name: 'Jalur Anda: Lantas' })).toBeFocused();
  await expect(question(page)).toBeHidden();
  await expect(lantas.getByRole('heading', { name: 'Polmas dalam tugas Anda' })).toBeVisible();
  await expect(lantas).toContainText('Peta lalu lintas');
  // Partner function cards open on /fungsi/, at the card.
  const partners = lantas.getByRole('listitem').getByRole('link', { name: /^(Binmas|Samapta|Intelkam) \(/ });
  await expect(partners).toHaveCount(3);
  await expect(partners.first()).toHaveAttribute('href', '/fungsi/#binmas');
  // Everything else stays open: the course and module lists are still there.
  await expect(page.getByRole('heading', { name: 'Semua modul' })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await page.reload();
  await expect(path(page, 'Lantas')).toBeVisible();
  await expect(question(page)).toBeHidden();
  const stored = await page.evaluate(() => localStorage.getItem('sinergi:progress:v1') ?? '{}');
  expect((JSON.parse(stored) as { seat?: string }).seat).toBe('lantas');

  await partners.first().click();
  await expect(page).toHaveURL(/\/fungsi\/#binmas$/);
  await expect(page.locator('#binmas')).toBeInViewport();
});

test('an answer given before the page script has arrived is kept, and the address is tidied', async ({ page }) => {
  // A weak signal: the page is on screen, but the question's script is still on its way when the learner answers.
  await page.route('**/_astro/SeatPath*.js', () => new Promise(() => {}), { times: 1 });
  await page.goto('/', { waitUntil: 'commit' });
  const select = page.getByRole('combobox', { name: 'Fungsi tempat Anda bertugas' });
  await select.focus();
  await page.keyboard.press('L');
  await expect(select).toHaveValue('lantas');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // The browser sent the form; the page it opened shows the answer, saves it, and drops it from the address.
  const lantas = path(page, 'Lantas');
  await expect(lantas).toBeVisible();
  await expect(lantas.getByRole('heading', { name: 'Jalur Anda: Lantas' })).toBeFocused();
  await expect(question(page)).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  const storedSeat = () =>
    page.evaluate(() => (JSON.parse(localStorage.getItem('sinergi:progress:v1') ?? '{}') as { seat?: string }).seat);
  await expect.poll(storedSeat).toBe('lantas');
  await page.reload();
  await expect(path(page, 'Lantas')).toBeVisible();
});

test('"Lewati" pressed before the page script has arrived puts the question away too', async ({ page }) => {
  await page.route('**/_astro/SeatPath*.js', () => new Promise(() => {}), { times: 1 });
  await page.goto('/', { waitUntil: 'commit' });
  await question(page).getByRole('button', { name: 'Lewati' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'halaman Progres' })).toBeFocused();
  await expect(question(page)).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  await page.reload();
  await expect(question(page)).toBeHidden();
});

test('leaving before the progress store has loaded asks again, rather than hiding the question with no path', async ({
  page,
}) => {
  // The progress store's code never arrives on this page (a weak signal), so the answer cannot be saved here.
  await page.route('**/_astro/api.*.js', () => new Promise(() => {}), { times: 1 });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Fungsi tempat Anda bertugas' }).selectOption('lantas');
  await page.getByRole('button', { name: 'Tampilkan jalur saya' }).click();
  await expect(path(page, 'Lantas')).toBeVisible();
  await page.goto('/');
  await expect(question(page)).toBeVisible();
});

test('Jalur Anda is on screen from the first paint, before any of the page scripts has run', async ({ page }) => {
  await seed(page, { ...memberProgress(1), seat: 'reskrim' });
  // Before each frame is painted, until the path is in the document: is it shown, and is the question?
  await page.addInitScript(() => {
    const w = window as unknown as { firstFrame?: { path: string; question: string } };
    const look = () => {
      const path = document.querySelector('[data-seat-path="reskrim"]');
      const question = document.querySelector('.seat-question');
      if (!path || !question) {
        requestAnimationFrame(look);
        return;
      }
      w.firstFrame = { path: getComputedStyle(path).display, question: getComputedStyle(question).display };
    };
    requestAnimationFrame(look);
  });
  // Module scripts never arrive: only the inline pre-paint script runs.
  await page.route('**/_astro/*.js', () => new Promise(() => {}));
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { firstFrame?: object }).firstFrame !== undefined);
  expect(await page.evaluate(() => (window as unknown as { firstFrame: object }).firstFrame)).toEqual({
    path: 'block',
    question: 'none',
  });
  await expect(path(page, 'Reskrim')).toBeVisible();
});

test('"Lewati" puts the question away for good, says where to choose later, and shows no path', async ({ page }) => {
  await page.goto('/');
  await question(page).getByRole('button', { name: 'Lewati' }).click();
  await expect(question(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'halaman Progres' })).toBeFocused();
  await page.reload();
  await expect(question(page)).toBeHidden();
  await expect(page.getByRole('region', { name: /^Jalur Anda/ })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('/progres shows the function, changes it, exports it; the home page follows', async ({ page }) => {
  await seed(page, { ...memberProgress(1), seat: 'lantas' });
  await page.goto('/progres/');
  const section = page.getByRole('region', { name: 'Fungsi Anda' });
  const select = section.getByRole('combobox', { name: 'Fungsi tempat Anda bertugas' });
  await expect(select).toHaveValue('lantas');
  await select.selectOption({ label: 'Samapta / SPKT' });
  await section.getByRole('button', { name: 'Simpan fungsi' }).click();
  await expect(section.getByRole('status')).toHaveText('Fungsi tersimpan: Samapta / SPKT.');
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { progress: { seat?: string } };
  expect(file.progress.seat).toBe('samapta');

  await page.goto('/');
  await expect(path(page, 'Samapta / SPKT')).toBeVisible();
  await expect(path(page, 'Lantas')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // "Tidak disebutkan" clears it; the home page then asks again (the question was never answered there).
  await page.goto('/progres/');
  await select.selectOption({ label: 'Tidak disebutkan' });
  await section.getByRole('button', { name: 'Simpan fungsi' }).click();
  await expect(section.getByRole('status')).toHaveText('Fungsi dikosongkan.');
  await page.goto('/');
  await expect(question(page)).toBeVisible();
});

test('the certificate sheet and its PDF name the function', async ({ page }) => {
  await seed(page, { ...memberProgress(7, { name: 'Ayu Lestari' }), seat: 'lantas' });
  await page.goto(`/sertifikat/${COURSE}/`);
  const cert = page.getByRole('article', { name: /^Sertifikat/ });
  await expect(cert).toContainText('NRP 87050007 · Bripka · Polsek Contoh Selatan · Fungsi: Lantas');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh PDF' }).click(),
  ]);
  const [text] = await pdfPageTexts(await readFile(await download.path()));
  expect(text?.replace(/\n/g, ' ')).toContain('Fungsi: Lantas');
});

test('the unit recap shows each member’s function, and its CSV has the column', async ({ page }) => {
  const now = () => new Date('2026-11-28T00:00:00Z');
  const files = await Promise.all(
    [{ ...memberProgress(1), seat: 'lantas' as const }, memberProgress(2)].map(async (p, i) => ({
      name: `anggota-${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(await encodeProgressFile(p, { now, digest: nodeDigest })),
    })),
  );
  await page.goto('/satuan/');
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(files);
  await expect(page.getByRole('status').first()).toContainText('2 berkas terbaca');
  await expect(page.getByRole('columnheader', { name: 'Fungsi', exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Anggota Uji 0001/ })).toContainText('Lantas');
  await expect(page.getByRole('row', { name: /Anggota Uji 0002/ })).toContainText('—');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const { data } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''));
  const column = data[0]?.indexOf('Fungsi') ?? -1;
  expect(column).toBeGreaterThan(0);
  expect(data.slice(1, 3).map((row) => row[column])).toEqual(['Lantas', '']);
});

test('at 320 px every function’s path fits the screen and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await seed(page, memberProgress(1));
  await page.goto('/');
  const options = await page
    .locator('#seat-select option')
    .evaluateAll((els) => els.map((el) => [(el as HTMLOptionElement).value, el.textContent]));
  for (const [value, label] of options.filter(([value]) => value)) {
    await page.evaluate((seat) => {
      const stored = JSON.parse(localStorage.getItem('sinergi:progress:v1') ?? '{}') as object;
      localStorage.setItem('sinergi:progress:v1', JSON.stringify({ ...stored, seat }));
    }, value);
    await page.reload();
    await expect(path(page, label ?? '')).toBeVisible();
    expect(await overflow(page), `Jalur Anda: ${label ?? ''}`).toBeLessThanOrEqual(0);
  }
  expect(await axeViolations(page)).toEqual([]);
});
