import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Progress, QuizAttempt } from '../../src/schemas/progress.ts';
import { axeViolations } from './support/axe.ts';
import { loadCourse } from './support/curriculum.ts';
import { answerOfflineOffer } from './support/offline-choice.ts';
import { COURSE, memberProgress } from './support/progress-files.ts';
import { currentQuestion, loadQuiz, playQuiz, answerByMouse } from './support/quiz-player.ts';

// The final exam and pre-test are played against the built site; answers are read from the same bank files the
// site is built from, so the test holds whatever items the banks contain.
const course = loadCourse(COURSE);
const exam = course.exam;
const pretest = course.pretest;
if (!exam || !pretest) throw new Error(`${COURSE} needs an exam and a pre-test`);
const bank = loadQuiz(exam.bank);
const preBank = loadQuiz(pretest);
const EXAM_URL = `/kursus/${COURSE}/ujian/`;
const T0 = new Date('2026-12-01T01:00:00.000Z');

test.use({ viewport: { width: 390, height: 844 } });
test.beforeEach(({ page }) => answerOfflineOffer(page));

// Each test plays a whole bank through the UI (the gain test two): over the default 30 s under the suite's load.
test.describe.configure({ timeout: 120_000 });

/** Stores progress as the progress API does. */
async function seed(page: Page, progress: Progress) {
  await page.goto('/');
  await page.evaluate((stored) => {
    localStorage.setItem('sinergi:progress:v1', JSON.stringify(stored));
  }, progress);
}

/** A member who completed every module of the course but has no exam attempt yet. */
function modulesDone(): Progress {
  const p = memberProgress(3, { name: 'Wayan Uji' });
  return { ...p, quizAttempts: p.quizAttempts.filter((a) => a.quizId !== exam?.bank) };
}

/** A failed exam attempt started at `start`, as the exam page records one. */
function failed(start: Date, n: number): QuizAttempt {
  return {
    id: `${exam?.bank ?? ''}-${n}-${start.getTime()}`,
    quizId: exam?.bank ?? '',
    seed: n,
    startedAt: start.toISOString(),
    finishedAt: new Date(start.getTime() + 5 * 60_000).toISOString(),
    answers: [],
    score: 0,
    passMark: exam?.passMark ?? 70,
    passed: false,
  };
}

async function examBox(page: Page, title: string): Promise<Locator> {
  const box = page.getByRole('region', { name: title });
  await box.scrollIntoViewIfNeeded();
  return box;
}

/** With the page clock at T0, a member who completed every module starts the timed exam; returns its box. */
async function startTimedExam(page: Page): Promise<Locator> {
  await page.clock.install({ time: T0 });
  await seed(page, modulesDone());
  await page.goto(EXAM_URL);
  const box = await examBox(page, bank.title);
  await box.getByRole('button', { name: 'Mulai ujian' }).click();
  // The installed clock keeps running in real time between the steps, so a few seconds may pass.
  await expect(box.getByRole('timer')).toHaveText(/^(30:00|29:[45]\d)$/);
  return box;
}

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the exam page carries no answer key; the key is fetched on submit; a pass opens the certificate with score and date', async ({
  page,
}) => {
  await seed(page, modulesDone());
  await page.goto(`/sertifikat/${COURSE}/`);
  await expect(page.getByText('Sertifikat kursus ini juga memerlukan kelulusan ujian akhir.')).toBeVisible();
  await page.getByRole('link', { name: 'Buka ujian akhir' }).click();
  await expect(page).toHaveURL(EXAM_URL);

  const html = await (await page.request.get(EXAM_URL)).text();
  expect(html).not.toMatch(/correct&quot;:\[0,true\]|"correct":true/);
  const explanation = bank.questions[0] as unknown as { explanation: string };
  expect(html).not.toContain(explanation.explanation.slice(0, 40).replace(/"/g, '&quot;'));
  const keyRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/kunci/')) keyRequests.push(r.url());
  });

  const box = await examBox(page, bank.title);
  await expect(box.getByText('Sisa percobaan: 3 dari 3.')).toBeVisible();
  await box.getByRole('button', { name: 'Mulai ujian' }).click();
  await expect(box.getByRole('timer')).toHaveText(/^(30:00|29:\d\d)$/);
  await playQuiz(box, bank.questions, () => true);
  await expect(box.getByRole('heading', { name: 'Hasil ujian' })).toBeFocused();
  expect(keyRequests).toHaveLength(1);
  await expect(box).toContainText(`Nilai Anda 100% (batas lulus ${exam.passMark}%).`);
  await expect(box.getByText('Pembahasan:').first()).toBeVisible();
  await expectNoOverflow(page);
  expect(await axeViolations(page)).toEqual([]);

  // Back on the exam page: passed, no further attempt offered.
  await page.reload();
  const again = await examBox(page, bank.title);
  await expect(again.getByText(/Anda lulus ujian akhir dengan nilai 100%/)).toBeVisible();
  await expect(again.getByRole('button', { name: 'Mulai ujian' })).toHaveCount(0);

  await again.getByRole('link', { name: 'Buka sertifikat' }).click();
  await expect(page.getByRole('status')).toHaveText('Sertifikat siap dicetak atau diunduh.');
  const cert = page.getByRole('article', { name: /^Sertifikat/ });
  const examRow = cert.getByRole('row', { name: /Ujian akhir/ });
  await expect(examRow).toContainText('100');
  const today = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  }).format(new Date());
  await expect(examRow).toContainText(today);
});

test('a reload during a timed attempt keeps the time left; when it runs out, what was answered is submitted', async ({
  page,
}) => {
  const box = await startTimedExam(page);
  await answerByMouse(box, await currentQuestion(box, bank.questions), true);
  await box.getByRole('button', { name: 'Simpan dan lanjut' }).click();
  await expect(box.getByRole('heading', { name: /^Pertanyaan 2 dari/ })).toBeVisible();
  await page.clock.runFor('10:00');
  await expect(box.getByRole('timer')).toHaveText(/^(20:00|19:[45]\d)$/);

  await page.reload();
  const resumed = await examBox(page, bank.title);
  await expect(resumed.getByRole('heading', { name: /^Pertanyaan 2 dari/ })).toBeVisible();
  await expect(resumed.getByRole('timer')).toHaveText(/^(20:00|19:[345]\d)$/);
  await expect(
    resumed.getByText(/Percobaan Anda yang belum selesai dilanjutkan\. Sisa waktu (19|20) menit\./),
  ).toBeAttached();
  await expectNoOverflow(page);

  await page.clock.runFor('20:01');
  await expect(resumed.getByRole('heading', { name: 'Hasil ujian' })).toBeVisible();
  await expect(resumed).toContainText('Belum lulus.');
  // One of the drawn questions was answered (right); the rest count as unanswered.
  await expect(resumed.getByText(/^1 dari \d+ pertanyaan dijawab benar sepenuhnya\.$/)).toBeVisible();
  await expect(resumed.getByText('(tidak dijawab)').first()).toBeVisible();
});

test('an attempt exported mid-way resumes after an import on a cleared device, with its answers and the time left', async ({
  page,
}) => {
  const box = await startTimedExam(page);
  for (const next of [2, 3]) {
    await answerByMouse(box, await currentQuestion(box, bank.questions), true);
    await box.getByRole('button', { name: 'Simpan dan lanjut' }).click();
    await expect(box.getByRole('heading', { name: new RegExp(`^Pertanyaan ${next} dari`) })).toBeVisible();
  }
  await page.clock.runFor('05:00');

  await page.goto('/progres/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh berkas progres (JSON)' }).click(),
  ]);
  const file = await readFile(await download.path());

  // Another device: nothing stored. Five more minutes pass before the file is imported there.
  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.clock.runFor('05:00');
  await page.reload();
  await page
    .getByLabel('Pilih berkas progres')
    .setInputFiles({ name: 'sinergi-progres.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByText(/^1 ujian yang sedang berjalan: lanjutkan di halaman ujiannya/)).toBeVisible();
  await page.getByRole('button', { name: 'Gabungkan ke progres saya' }).click();

  await page.goto(EXAM_URL);
  const resumed = await examBox(page, bank.title);
  await expect(resumed.getByRole('heading', { name: /^Pertanyaan 3 dari/ })).toBeVisible();
  await expect(resumed.getByRole('timer')).toHaveText(/^(20:00|19:[345]\d)$/);
  // Time runs out on this device: the two answers from the other device are the ones submitted.
  await page.clock.runFor('20:01');
  await expect(resumed.getByRole('heading', { name: 'Hasil ujian' })).toBeVisible();
  await expect(resumed.getByText(/^2 dari \d+ pertanyaan dijawab benar sepenuhnya\.$/)).toBeVisible();
});

test('after the last allowed attempt fails, the waiting time is shown and enforced until it ends', async ({ page }) => {
  await page.clock.install({ time: T0 });
  const p = modulesDone();
  const earlier = [
    failed(new Date(T0.getTime() - 3 * 3_600_000), 1),
    failed(new Date(T0.getTime() - 2 * 3_600_000), 2),
  ];
  await seed(page, { ...p, quizAttempts: [...p.quizAttempts, ...earlier] });
  await page.goto(EXAM_URL);
  const box = await examBox(page, bank.title);
  await expect(box.getByText('Sisa percobaan: 1 dari 3.')).toBeVisible();
  await box.getByRole('button', { name: 'Mulai ujian' }).click();
  // The last attempt runs out of time with nothing answered.
  await page.clock.runFor('30:01');
  await expect(box.getByRole('heading', { name: 'Hasil ujian' })).toBeVisible();
  const opens = /Percobaan berikutnya terbuka 2 Desember 2026 pukul 08\.3\d WIB\./;
  await expect(box.getByText(opens)).toBeVisible();
  await expect(box.getByRole('button', { name: /Percobaan berikutnya|Mulai ujian/ })).toHaveCount(0);

  // Still closed an hour before the wait ends, even after a reload.
  await page.clock.runFor('23:00:00');
  await page.reload();
  const waiting = await examBox(page, bank.title);
  await expect(waiting.getByText(opens)).toBeVisible();
  await expect(waiting.getByRole('button', { name: 'Mulai ujian' })).toHaveCount(0);

  // Once it ends, a new series of three attempts opens.
  await page.clock.runFor('01:00:00');
  await page.reload();
  const open = await examBox(page, bank.title);
  await expect(open.getByText('Sisa percobaan: 3 dari 3.')).toBeVisible();
  await expect(open.getByRole('button', { name: 'Mulai ujian' })).toBeVisible();
});

test('the pre-test, then the exam, show the gain per finding on /progres as a chart and a table', async ({ page }) => {
  await seed(page, modulesDone());
  await page.goto(`/kursus/${COURSE}/`);
  await page.getByRole('link', { name: 'Pra-tes (di awal kursus)' }).click();
  const pre = await examBox(page, preBank.title);
  await pre.getByRole('button', { name: 'Mulai pra-tes' }).click();
  await playQuiz(pre, preBank.questions, () => false);
  await expect(pre.getByRole('heading', { name: 'Hasil pra-tes' })).toBeVisible();
  await expect(pre).toContainText('Pra-tes tidak dinilai untuk sertifikat.');

  await page.goto(EXAM_URL);
  const box = await examBox(page, bank.title);
  await box.getByRole('button', { name: 'Mulai ujian' }).click();
  await playQuiz(box, bank.questions, () => true);
  await expect(box.getByRole('heading', { name: 'Hasil ujian' })).toBeVisible();

  await page.goto('/progres/');
  const section = page.getByRole('region', { name: 'Kemajuan per temuan kajian' });
  await expect(section.getByRole('img', { name: /Diagram batang: pra-tes dan ujian akhir per temuan/ })).toBeVisible();
  const table = section.getByRole('table');
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    const cells = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
    // Every finding the course claims is drawn in the exam, where every answer was right; the pre-test was
    // answered wrong, so each gain is positive.
    expect(cells[1]).toBe('100%');
    expect(cells[2]).toMatch(/^\+\d+$/);
  }
  await expectNoOverflow(page);
  expect(await axeViolations(page)).toEqual([]);
});
