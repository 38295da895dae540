// Storage that fails: full, blocked, failing only sometimes, freed again, and a newer version's record written while a
// quiz is open. Nothing the learner does is lost, and the notice offers the download on the page itself.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './support/axe.ts';
import { moduleInfo } from './support/curriculum.ts';
import { loadQuiz, playQuiz, quizBox } from './support/quiz-player.ts';

const KEY = 'sinergi:progress:v1';
const MODULE = '/modul/polmas-tugas-setiap-anggota/';
const LESSONS = ['apa-itu-polmas', 'sembilan-prinsip-polmas'] as const;
const quiz = loadQuiz(moduleInfo('polmas-tugas-setiap-anggota').quiz ?? '');

const notice = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const FULL = 'Penyimpanan peramban penuh.';
const KEPT = 'Progres Anda aman untuk sementara.';
const REFUSED = 'Penyimpanan peramban tidak dapat ditulis.';
const UNSAVED = 'Progres belum tersimpan di mana pun.';
const RESTORED = 'Penyimpanan peramban bisa dipakai lagi.';
const NEWER = 'Progres Anda disimpan oleh versi Sinergi yang lebih baru.';

interface Stored {
  lessons: Record<string, unknown>;
  quizAttempts: { quizId: string }[];
}

const storedProgress = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Stored | null, KEY);

/** The record kept aside in IndexedDB, read without creating the database. */
const keptInIndexedDb = (page: Page) =>
  page.evaluate(
    (key) =>
      new Promise<Stored | null>((resolve) => {
        const open = indexedDB.open('sinergi');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => {
          resolve(null);
        };
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('progres-sementara').objectStore('progres-sementara').get(key);
          get.onsuccess = () => {
            db.close();
            resolve(typeof get.result === 'string' ? (JSON.parse(get.result) as Stored) : null);
          };
        };
      }),
    KEY,
  );

/** Fills localStorage to the browser's real quota with filler keys. */
async function fillLocalStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`test:isi:${i}`, 'x'.repeat(size));
        i += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

/** Reads a lesson to its end and waits until the page has said where the visit went. */
async function readToEnd(page: Page, lessonId: string, said: string) {
  await page.goto(`${MODULE}${lessonId}/`);
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(notice(page, said)).toBeVisible();
}

async function passQuiz(page: Page) {
  await page.goto(MODULE);
  const box = await quizBox(page, quiz.title);
  await box.getByRole('button', { name: 'Mulai kuis' }).click();
  await playQuiz(box, quiz.questions, () => true);
  await expect(box.getByText(/^Lulus\./)).toBeVisible();
}

/** Presses the notice's "Unduh progres sekarang" and returns the progress in the downloaded file. */
async function downloadInPlace(page: Page, within: string) {
  const url = page.url();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice(page, within).getByRole('button', { name: 'Unduh progres sekarang' }).click(),
  ]);
  await expect(page.getByText(/Progres diunduh sebagai berkas sinergi-progres-\d{4}-\d\d-\d\d\.json/)).toBeVisible();
  expect(page.url()).toBe(url);
  return fileProgress(download);
}

async function fileProgress(download: Download) {
  return (JSON.parse(await readFile(await download.path(), 'utf8')) as { progress: Stored }).progress;
}

test('storage full: lessons and the quiz are kept in IndexedDB across pages and shown, and can be downloaded in place', async ({
  page,
}) => {
  await page.goto('/');
  await fillLocalStorage(page);
  await readToEnd(page, LESSONS[0], KEPT);
  await expect(notice(page, FULL)).toBeVisible();
  await readToEnd(page, LESSONS[1], KEPT);
  await passQuiz(page);
  await expect(notice(page, KEPT)).toBeVisible();
  // Another page shows the work kept aside: two of five lessons and the quiz.
  await page.goto('/progres/');
  await expect(page.getByRole('row', { name: /^Polmas adalah tugas setiap anggota/ })).toContainText(
    'Sedang berjalan · 50%',
  );
  expect(await storedProgress(page)).toBeNull();
  const kept = await keptInIndexedDb(page);
  expect(Object.keys(kept?.lessons ?? {}).sort()).toEqual([...LESSONS].sort());
  expect(kept?.quizAttempts).toHaveLength(1);
  const file = await downloadInPlace(page, KEPT);
  expect(Object.keys(file.lessons).sort()).toEqual([...LESSONS].sort());
  expect(file.quizAttempts).toHaveLength(1);
});

test('space freed again: the next page moves the kept work back into localStorage and says so', async ({ page }) => {
  await page.goto('/');
  await fillLocalStorage(page);
  await readToEnd(page, LESSONS[0], KEPT);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('test:isi:')) localStorage.removeItem(key);
  });
  await page.goto(MODULE);
  await expect(notice(page, RESTORED)).toBeVisible();
  await expect(page.locator('[data-progress-module]').first()).toContainText('Sedang berjalan · 16% selesai');
  expect(Object.keys((await storedProgress(page))?.lessons ?? {})).toEqual([LESSONS[0]]);
  expect(await keptInIndexedDb(page)).toBeNull();
});

test('localStorage blocked (SecurityError on access): the lessons read wait in IndexedDB and /progres exports them', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await readToEnd(page, LESSONS[0], KEPT);
  await expect(notice(page, REFUSED)).toBeVisible();
  await page.goto('/progres/');
  await expect(page.getByRole('row', { name: /^Polmas adalah tugas setiap anggota/ })).toContainText('16%');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  expect(Object.keys((await fileProgress(download)).lessons)).toEqual([LESSONS[0]]);
});

test('site data blocked (SecurityError everywhere): the page warns before leaving until the download is taken', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, name, { configurable: true, get: blocked });
    }
  });
  await readToEnd(page, LESSONS[0], UNSAVED);
  await expect(notice(page, REFUSED)).toBeVisible();
  expect(await axeViolations(page, '[data-progress-notice]')).toEqual([]);
  const lesson = page.url();
  // A click gives the page the user activation the browser requires before it asks.
  await page.getByRole('heading', { level: 1 }).click();
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss(); // the learner stays
    });
  });
  await page.getByRole('link', { name: /^Berikutnya/ }).click({ noWaitAfter: true });
  expect(await asked).toBe('beforeunload');
  expect(page.url()).toBe(lesson);
  const file = await downloadInPlace(page, UNSAVED);
  expect(Object.keys(file.lessons)).toEqual([LESSONS[0]]);
  // Downloaded: leaving no longer asks.
  page.on('dialog', (d) => {
    throw new Error(`unexpected ${d.type()} dialog`);
  });
  await page.getByRole('link', { name: /^Berikutnya/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSONS[1]}/$`));
});

test('setItem failing every other time: no visit or attempt is lost, and localStorage ends up with all of it', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    // Counted across the tab's pages, in sessionStorage (whose writes pass straight through).
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as Storage['setItem'];
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (this === window.localStorage && name === key) {
        const count = Number(sessionStorage.getItem('test:writes') ?? 0) + 1;
        sessionStorage.setItem('test:writes', String(count));
        if (count % 2 === 1) throw new DOMException('Transient failure.', 'UnknownError');
      }
      setItem.call(this, name, value);
    };
  }, KEY);
  // The lesson page's own write fails; the store it hands over to writes the visit on the next try.
  await page.goto(`${MODULE}${LESSONS[0]}/`);
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect.poll(async () => Object.keys((await storedProgress(page))?.lessons ?? {})).toEqual([LESSONS[0]]);
  // The quiz's attempt meets a failing write: it waits in IndexedDB.
  await passQuiz(page);
  await expect(notice(page, REFUSED)).toBeVisible();
  await expect(notice(page, KEPT)).toBeVisible();
  await page.goto('/progres/');
  await expect(notice(page, RESTORED)).toBeVisible();
  const stored = await storedProgress(page);
  expect(Object.keys(stored?.lessons ?? {})).toEqual([LESSONS[0]]);
  expect(stored?.quizAttempts).toHaveLength(1);
  expect(await keptInIndexedDb(page)).toBeNull();
});

test('a newer version writes while a quiz is open: its record survives byte-identical, and the learner is told', async ({
  context,
  page,
}) => {
  await page.goto(MODULE);
  const box = await quizBox(page, quiz.title);
  await box.getByRole('button', { name: 'Mulai kuis' }).click();
  const newer = JSON.stringify({ version: 2, lessons: { 'apa-itu-polmas': { dibaca: true } }, catatan: [] });
  const other = await context.newPage();
  await other.goto('/tentang/');
  await other.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [KEY, newer] as const,
  );
  await playQuiz(box, quiz.questions, () => true);
  await expect(box.getByText(/^Lulus\./)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
  await expect(notice(page, NEWER)).toBeVisible();
  const file = await downloadInPlace(page, NEWER);
  expect(file.quizAttempts).toHaveLength(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});
