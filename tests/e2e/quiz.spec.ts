import { expect, test, type Locator, type Page } from '@playwright/test';
import { nextSeed } from '../../src/lib/quiz/random.ts';
import { axeViolations } from './support/axe.ts';
import { loadScenario, openScenario } from './support/scenario-player.ts';
import {
  currentQuestion,
  drawOf,
  loadQuiz,
  pinQuizSeed,
  plain,
  playQuiz as play,
  quizBox,
  seedWhere,
  type RawQuestion,
} from './support/quiz-player.ts';

// The real quizzes: the tests read the answers from the same files the site is built from.
const MODULE_QUIZ = 'kuis-polmas-tugas-setiap-anggota';
const moduleQuiz = loadQuiz(MODULE_QUIZ);
const lessonQuiz = loadQuiz('latihan-sejarah-aturan-polmas');
const MODULE_PAGE = '/modul/polmas-tugas-setiap-anggota/';
const LESSON_PAGE = '/modul/polmas-tugas-setiap-anggota/sejarah-aturan-polmas/';

// The module quiz draws 10 of its 13 questions at random, and leaves its only ordering question out of about one
// draw in four. The tests pin the first draw to one that holds all five question types, and whose retry (the next
// seed) draws another set of questions.
const ALL_TYPES = ['matching', 'multiple', 'ordering', 'single', 'truefalse'];
const typesOf = (questions: readonly { type: string }[]) => [...new Set(questions.map((q) => q.type))].sort();
const idsOf = (questions: readonly { id: string }[]) => questions.map((q) => q.id).sort();
const MODULE_SEED = seedWhere((seed) => {
  const first = drawOf(MODULE_QUIZ, seed);
  return (
    typesOf(first).join() === ALL_TYPES.join() &&
    idsOf(drawOf(MODULE_QUIZ, nextSeed(seed))).join() !== idsOf(first).join()
  );
});

// Whole quizzes with an axe sweep per state take a while on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

async function expectNoAxeViolations(page: Page, state: string) {
  expect(await axeViolations(page, '.quiz-box'), state).toEqual([]);
}

/** Answers every question, with an axe sweep on the first feedback shown. */
const playQuiz = (page: Page, box: Locator, questions: RawQuestion[], right: (i: number) => boolean) =>
  play(box, questions, right, () => expectNoAxeViolations(page, 'feedback'));

test('a learner passes the module quiz by mouse, with feedback after each question', async ({ page }) => {
  await pinQuizSeed(page, MODULE_SEED);
  await page.goto(MODULE_PAGE);
  const box = await quizBox(page, moduleQuiz.title);
  await expect(box.getByText('10 pertanyaan · batas lulus 70%')).toBeVisible();
  await expectNoAxeViolations(page, 'intro');
  await box.getByRole('button', { name: 'Mulai kuis' }).click();
  await expectNoAxeViolations(page, 'answering');
  const answered = await playQuiz(page, box, moduleQuiz.questions, () => true);
  expect(typesOf(answered)).toEqual(ALL_TYPES);
  await expect(box.getByRole('heading', { name: 'Hasil kuis' })).toBeFocused();
  await expect(box.getByText('Nilai Anda 100% (batas lulus 70%).')).toBeVisible();
  await expect(box.getByText(/^Lulus\./)).toBeVisible();
  await expect(box.getByRole('heading', { name: 'Pembahasan setiap pertanyaan' })).toBeVisible();
  await expectNoAxeViolations(page, 'result');

  // The pass is recorded in progress and survives a reload.
  await page.goto('/progres/');
  await page.reload();
  const row = page.getByRole('row', { name: new RegExp(moduleQuiz.title) });
  await expect(row).toContainText('100');
  await expect(row).toContainText('Lulus');
});

test('a learner fails the module quiz, reads why, retries with a fresh draw and passes; both attempts are kept', async ({
  page,
}) => {
  await pinQuizSeed(page, MODULE_SEED);
  await page.goto(MODULE_PAGE);
  const box = await quizBox(page, moduleQuiz.title);
  await box.getByRole('button', { name: 'Mulai kuis' }).click();
  const first = await playQuiz(page, box, moduleQuiz.questions, () => false);
  await expect(box.getByText(/^Belum lulus\./)).toBeVisible();
  await expect(box.getByText('Jawaban yang benar:').first()).toBeVisible();
  await expectNoAxeViolations(page, 'failed result');
  await box.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(box.getByRole('heading', { name: 'Pertanyaan 1 dari 10' })).toBeFocused();
  // A new attempt starts at once with a new draw (10 of the 13 questions) and no answers carried over.
  await expect(box.getByRole('radio', { checked: true })).toHaveCount(0);
  const second = await playQuiz(page, box, moduleQuiz.questions, () => true);
  expect(idsOf(second)).not.toEqual(idsOf(first));
  await expect(box.getByText(/^Lulus\./)).toBeVisible();

  // Progress keeps both attempts, newest first.
  await page.goto('/progres/');
  const rows = page.getByRole('row', { name: new RegExp(moduleQuiz.title) });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('100');
  await expect(rows.nth(0)).toContainText('Lulus');
  await expect(rows.nth(1)).toContainText('Belum lulus');
});

test('a deferred-feedback quiz in a lesson shows every explanation only on the result screen, at 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(LESSON_PAGE);
  const box = await quizBox(page, lessonQuiz.title);
  await expect(box.getByText('pembahasan muncul di akhir kuis')).toBeVisible();
  await box.getByRole('button', { name: 'Mulai kuis' }).click();
  await playQuiz(page, box, lessonQuiz.questions, (i) => i !== 0);
  await expect(box.getByText('Nilai Anda 75% (batas lulus 75%).')).toBeVisible();
  await expect(box.getByText(/^Lulus\./)).toBeVisible();
  await expect(box.getByText('Pembahasan:')).toHaveCount(4);
  await expect(box.getByText('Belum tepat.')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page, 'deferred result');
});

/** Presses Tab until the focused element satisfies `match`. */
async function tabTo(page: Page, match: (el: { tag: string; label: string; text: string }) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const label = a?.getAttribute('aria-label') ?? (a as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '';
      return { tag: a?.tagName.toLowerCase() ?? '', label: label.trim(), text: (a?.textContent ?? '').trim() };
    });
    if (match(el)) return;
  }
  throw new Error('focus never reached the wanted element');
}

test('a learner passes the module quiz with the keyboard only, on a 320 px screen', async ({ page }) => {
  await pinQuizSeed(page, MODULE_SEED);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(MODULE_PAGE);
  const asked: RawQuestion[] = [];
  // From the top of the page, as a keyboard user arrives; focus scrolls the quiz into view, which hydrates it.
  const box = page.getByRole('region', { name: moduleQuiz.title });
  await tabTo(page, (el) => el.text === 'Mulai kuis', 300);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10; i++) {
    await expect(box.getByRole('heading', { name: `Pertanyaan ${i + 1} dari 10` })).toBeFocused();
    const q = await currentQuestion(box, moduleQuiz.questions);
    asked.push(q);
    switch (q.type) {
      case 'single':
      case 'truefalse': {
        const wanted =
          q.type === 'truefalse'
            ? q.answer
              ? 'Benar'
              : 'Salah'
            : plain(q.options?.find((o) => o.correct)?.text ?? '');
        await tabTo(page, (el) => el.tag === 'input');
        // Arrow keys move through a radio group and check the radio they land on.
        for (let k = 0; k < 6 && !(await box.getByRole('radio', { name: wanted }).isChecked()); k++) {
          await page.keyboard.press('ArrowDown');
        }
        await expect(box.getByRole('radio', { name: wanted })).toBeChecked();
        break;
      }
      case 'multiple': {
        const wanted = new Set((q.options ?? []).filter((o) => o.correct).map((o) => plain(o.text)));
        for (let k = 0; k < (q.options ?? []).length; k++) {
          await tabTo(page, (el) => el.tag === 'input');
          const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent);
          if (wanted.has((name ?? '').trim())) await page.keyboard.press('Space');
        }
        break;
      }
      case 'ordering': {
        const texts = (q.items ?? []).map((item) => item.text);
        for (const text of [...texts].reverse()) {
          while (!((await box.getByRole('listitem').first().textContent()) ?? '').startsWith(text)) {
            await box.getByRole('heading', { level: 3 }).focus();
            await tabTo(page, (el) => el.label === `Naik: ${text}`);
            await page.keyboard.press('Enter');
          }
        }
        break;
      }
      case 'matching':
        for (const p of q.pairs ?? []) {
          await tabTo(page, (el) => el.tag === 'select' && el.label === p.left);
          const select = box.getByRole('combobox', { name: p.left, exact: true });
          for (let k = 0; k < 10; k++) {
            const label = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
            if (label === p.right) break;
            await page.keyboard.press('ArrowDown');
          }
          await expect(select.locator('option:checked')).toHaveText(p.right);
        }
        break;
    }
    // Nothing (long option texts, the order buttons, the selects) runs off a 320 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await tabTo(page, (el) => el.text === 'Periksa jawaban');
    await page.keyboard.press('Enter');
    await expect(box.getByRole('status')).toContainText('Benar.');
    // Focus stays on the same button, now labelled for the next step.
    await expect(box.getByRole('button', { name: /Pertanyaan berikutnya|Lihat hasil/ })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(box.getByRole('heading', { name: 'Hasil kuis' })).toBeFocused();
  await expect(box.getByText('Nilai Anda 100% (batas lulus 70%).')).toBeVisible();
  expect(typesOf(asked)).toEqual(ALL_TYPES);
});

test('quiz answers stay out of the search index', async ({ page }) => {
  await page.goto(MODULE_PAGE);
  await expect(page.locator('.quiz-box')).toHaveAttribute('data-pagefind-ignore', 'all');
});

test('React and the islands load only once the learner scrolls to them, and hydrate without an error', async ({
  page,
}) => {
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // A module page with a quiz and a scenario, both below the first screen.
  await page.goto('/modul/binmas-dan-fungsi-teknis/', { waitUntil: 'networkidle' });
  const scripts = await page
    .locator('astro-island')
    .evaluateAll((islands) =>
      islands.flatMap((island) => [island.getAttribute('component-url'), island.getAttribute('renderer-url')]),
    );
  expect(scripts).toHaveLength(4);
  expect(requested.filter((path) => scripts.includes(path))).toEqual([]);
  const quiz = page.getByRole('region', { name: loadQuiz('kuis-binmas-dan-fungsi-teknis').title });
  await expect(quiz).not.toBeInViewport();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Mulai kuis' })).toBeVisible();
  await openScenario(page, loadScenario('curanmor-desa').title);
  expect(scripts.filter((path) => !requested.includes(path ?? ''))).toEqual([]);
  expect(errors).toEqual([]);
});
