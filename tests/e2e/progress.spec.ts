import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fullRecord, seed } from './support/progress-seed.ts';
import { axeViolations } from './support/axe.ts';
import { moduleInfo } from './support/curriculum.ts';
import { loadQuiz, playQuiz, quizBox } from './support/quiz-player.ts';

const KEY = 'sinergi:progress:v1';
const MODULE = '/modul/polmas-tugas-setiap-anggota/';
const LESSONS = ['apa-itu-polmas', 'sembilan-prinsip-polmas', 'tujuan-dan-pilar-polmas'];

const stored = (page: Page) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { lessons: Record<string, unknown> } | null,
    KEY,
  );

async function readToEnd(page: Page, lessonId: string) {
  await page.goto(`${MODULE}${lessonId}/`);
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect.poll(async () => Object.keys((await stored(page))?.lessons ?? {})).toContain(lessonId);
}

/** Opens /progres/ in two tabs of one browser; the first saves a partner's profile. */
async function twoTabsOneSavesProfile(context: BrowserContext): Promise<[Page, Page]> {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto('/progres/');
  await two.goto('/progres/');
  await one.getByLabel('Nama lengkap *').fill('Siti Aminah');
  await one.getByRole('radio', { name: 'Mitra masyarakat' }).check();
  await one.getByRole('button', { name: 'Simpan profil' }).click();
  return [one, two];
}

// Module 1 has six requirements: five lessons and its quiz (completion.requireQuiz), so 2 read = 33%, 1 read = 16%.
const moduleStatus = (page: Page) => page.locator('[data-progress-module]').first();
/** Module 1's card on the home page. */
const moduleOneCard = (page: Page) =>
  page
    .getByRole('region', { name: 'Semua modul' })
    .getByRole('article')
    .filter({ hasText: 'Polmas adalah tugas setiap anggota' });

test('reading lessons to the end is remembered after a reload, with a Lanjutkan link', async ({ page }) => {
  await page.goto(MODULE);
  await expect(moduleStatus(page)).toContainText('Belum mulai');
  await readToEnd(page, LESSONS[0] ?? '');
  await readToEnd(page, LESSONS[1] ?? '');
  await page.goto(MODULE);
  await page.reload();
  await expect(moduleStatus(page)).toContainText('Sedang berjalan · 33% selesai');
  const resume = moduleStatus(page).getByRole('link', { name: /Lanjutkan/ });
  await expect(resume).toHaveAttribute('href', `${MODULE}${LESSONS[2]}/`);
  await expect(page.getByRole('region', { name: 'Pelajaran' }).getByText('✓ sudah dibaca')).toHaveCount(2);
  await page.goto('/');
  const card = moduleOneCard(page);
  await expect(card).toContainText('Sedang berjalan · 33% selesai');
  await card.getByRole('link', { name: /Lanjutkan/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSONS[2]}/$`));
});

test('a first visit to the home page shows statuses with under 10 KB gzip of JS, without the progress store', async ({
  page,
}) => {
  // The store validates with zod (about 30 KB gzip more), and the whole UI dictionary is 7 KB: a phone on a weak
  // signal should wait for neither.
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto('/');
  await expect(moduleStatus(page)).toContainText('Belum mulai · 0% selesai');
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(10 * 1024);
});

// With nothing stored, statuses render without the store, which must still load once progress appears.
test('first-visit statuses follow progress made in another tab', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/');
  const card = moduleOneCard(home);
  await expect(card).toContainText('Belum mulai · 0% selesai');
  await readToEnd(await context.newPage(), LESSONS[0] ?? '');
  await expect(card).toContainText('Sedang berjalan · 16% selesai');
});

test('a first-visit module status follows the quiz passed on the same page', async ({ page }) => {
  await page.goto(MODULE);
  await expect(moduleStatus(page)).toContainText('Belum mulai');
  const quiz = loadQuiz(moduleInfo('polmas-tugas-setiap-anggota').quiz ?? '');
  const box = await quizBox(page, quiz.title);
  await box.getByRole('button', { name: 'Mulai kuis' }).click();
  await playQuiz(box, quiz.questions, () => true);
  await expect(box.getByText(/^Lulus\./)).toBeVisible();
  await expect(moduleStatus(page)).toContainText('Sedang berjalan · 16% selesai');
});

test('export, clear the storage, import: everything comes back', async ({ page }) => {
  await readToEnd(page, LESSONS[0] ?? '');
  await page.goto('/progres/');
  await page.getByLabel('Nama lengkap *').fill('Budi Santoso');
  await page.getByLabel('NRP * (8 angka)').fill('1234');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('NRP harus tepat 8 angka.')).toBeVisible();
  await expect(page.getByLabel('NRP * (8 angka)')).toBeFocused();
  await page.getByLabel('NRP * (8 angka)').fill('85061234');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Profil tersimpan.')).toBeVisible();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /ringkasan \(CSV\)/ }).click(),
  ]);
  expect(await readFile(await csv.path(), 'utf8')).toContain('polmas-tugas-setiap-anggota');
  const [xapi] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /xAPI/ }).click()]);
  const statements = JSON.parse(await readFile(await xapi.path(), 'utf8')) as { verb: { id: string } }[];
  expect(statements[0]?.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sinergi-progres-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();
  await expect(page.getByText(/Cadangan terakhir \(ekspor\):/)).toBeVisible();

  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  await expect(page.getByLabel('Nama lengkap *')).toHaveValue('');
  await expect(page.getByRole('row', { name: /Polmas adalah tugas/ })).toContainText('Belum mulai');

  // A file that is not JSON is refused and changes nothing.
  await page
    .getByLabel('Pilih berkas progres')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('halo') });
  await expect(page.getByRole('alert')).toContainText('Berkas ini bukan JSON yang sah');
  expect(await stored(page)).toBeNull();

  await page.getByLabel('Pilih berkas progres').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Yang akan berubah' })).toBeFocused();
  await expect(page.getByText('1 pelajaran baru tercatat dibaca')).toBeVisible();
  await page.getByRole('button', { name: 'Gabungkan ke progres saya' }).click();
  await expect(page.getByText('Impor selesai: progres sudah digabungkan.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Polmas adalah tugas/ })).toContainText('Sedang berjalan · 16%');
  await page.reload();
  await expect(page.getByLabel('Nama lengkap *')).toHaveValue('Budi Santoso');
  await expect(page.getByLabel('NRP * (8 angka)')).toHaveValue('85061234');
  expect(Object.keys((await stored(page))?.lessons ?? {})).toEqual([LESSONS[0]]);

  // The same file again changes nothing.
  await page.getByLabel('Pilih berkas progres').setInputFiles(file);
  await expect(page.getByText('Berkas ini tidak membawa hal baru')).toBeVisible();
});

test('a corrupted stored value is set aside, the learner is told, and the site keeps working', async ({ page }) => {
  await page.goto('/');
  // Wait until the home page has read the (empty) store, or it could be the page that finds the damage.
  await expect(moduleStatus(page)).toBeVisible();
  await page.evaluate((key) => {
    localStorage.setItem(key, '{"version":1,"lessons":{rusak');
  }, KEY);
  await page.goto(MODULE);
  await expect(page.getByRole('status').filter({ hasText: 'Data progres yang tersimpan rusak.' })).toBeVisible();
  await expect(moduleStatus(page)).toContainText('Belum mulai');
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('sinergi:progress:v1:cadangan:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual(['{"version":1,"lessons":{rusak']);
  await readToEnd(page, LESSONS[0] ?? '');
});

test('two pages in one browser update progress without losing either change', async ({ context }) => {
  const [one, two] = await twoTabsOneSavesProfile(context);
  // Tab two learned of it through the storage event, and its own change keeps tab one's.
  await two.getByRole('link', { name: 'Polmas adalah tugas setiap anggota' }).first().click();
  await readToEnd(two, LESSONS[0] ?? '');
  await expect(one.getByRole('row', { name: /Polmas adalah tugas/ })).toContainText('Sedang berjalan · 16%');
  await one.getByLabel('Satuan').fill('Polsek Sukamaju');
  await one.getByRole('button', { name: 'Simpan profil' }).click();
  const final = await one.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key) ?? '{}') as { profile?: { name: string; unit?: string }; lessons: object },
    KEY,
  );
  expect(final.profile).toMatchObject({ name: 'Siti Aminah', unit: 'Polsek Sukamaju' });
  expect(Object.keys(final.lessons)).toEqual([LESSONS[0]]);
});

test('a profile saved in one tab shows in another open /progres/, so saving there cannot bring the old one back', async ({
  context,
}) => {
  const [one, two] = await twoTabsOneSavesProfile(context);
  await expect(two.getByLabel('Nama lengkap *')).toHaveValue('Siti Aminah');
  await expect(two.getByRole('radio', { name: 'Mitra masyarakat' })).toBeChecked();
  await two.getByLabel('Satuan').fill('Polsek Sukamaju');
  await two.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(one.getByLabel('Satuan')).toHaveValue('Polsek Sukamaju');
  const saved = await one.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { profile?: object }).profile,
    KEY,
  );
  expect(saved).toMatchObject({ name: 'Siti Aminah', kind: 'mitra', unit: 'Polsek Sukamaju' });
});

test('axe finds no WCAG 2.2 AA violation on /progres/, with an import preview open', async ({ page }) => {
  await page.goto('/progres/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByLabel('Pilih berkas progres').setInputFiles(await download.path());
  await expect(page.getByRole('heading', { name: 'Yang akan berubah' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a full record (attempts, a scenario run, completions) comes back whole after export, clear and import, at 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page, fullRecord);
  await page.goto('/progres/');

  // Completions and no export yet: the page nudges to back up.
  const nudge = page.getByText('ekspor sekarang agar tidak hilang', { exact: false });
  await expect(nudge).toBeVisible();
  await expect(page.getByRole('row', { name: /^Polmas adalah tugas/ })).toContainText('Selesai');
  const outcome = page.getByRole('row', { name: /Rapat Koordinasi di Desa Mekarjaya/ });
  await expect(outcome).toContainText('Tiga pilar bekerja, dan hasilnya ditindaklanjuti');
  await expect(outcome).toContainText('Ideal');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  const file = await download.path();
  await expect(nudge).toBeHidden();
  await expect(page.getByText(/Cadangan terakhir \(ekspor\):/)).toBeVisible();

  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  await expect(page.getByRole('row', { name: /^Polmas adalah tugas/ })).toContainText('Belum mulai');
  await page.getByLabel('Pilih berkas progres').setInputFiles(file);
  await expect(page.getByText(/^Modul selesai baru: /)).toBeVisible();
  await expect(page.getByText('Profil peserta dari berkas: Anggota Uji 0003')).toBeVisible();
  await page.getByRole('button', { name: 'Gabungkan ke progres saya' }).click();
  await expect(page.getByText('Impor selesai: progres sudah digabungkan.')).toBeVisible();
  await page.reload();
  const back = (await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, KEY)) as
    typeof fullRecord | null;
  for (const field of ['profile', 'lessons', 'quizAttempts', 'scenarioRuns', 'completions'] as const) {
    expect(back?.[field], field).toEqual(fullRecord[field]);
  }
  await expect(outcome).toContainText('Tiga pilar bekerja, dan hasilnya ditindaklanjuti');
});
