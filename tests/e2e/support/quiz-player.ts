// Plays the real quizzes through the page: answers are read from the same YAML files the site is built from.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { drawQuestions } from '../../../src/lib/quiz/draw.ts';
import { QuizSchema, type Question, type Quiz } from '../../../src/schemas/quiz.ts';

/** A question as written in content/quizzes/<id>.yaml (the fields the tests read). */
export interface RawQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching';
  prompt: string;
  options?: { id: string; text: string; correct?: boolean }[];
  answer?: boolean;
  items?: { id: string; text: string }[];
  pairs?: { id: string; left: string; right: string }[];
  distractors?: string[];
}

/** A quiz file: its title (the region's name on the page) and every question of its bank. */
export const loadQuiz = (id: string) =>
  parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')) as { title: string; questions: RawQuestion[] };

const parsed = new Map<string, Quiz>();

/** The questions of quiz `id` that an attempt with `seed` draws, in the order shown (as the island draws them). */
export function drawOf(id: string, seed: number): Question[] {
  let quiz = parsed.get(id);
  if (!quiz) {
    quiz = QuizSchema.parse(loadQuiz(id));
    parsed.set(id, quiz);
  }
  return drawQuestions(quiz, seed).map((p) => p.question);
}

/**
 * The first seed (from 1) that satisfies `wanted`. Quizzes are drawn and shuffled at random, so a test that needs
 * a given draw (say, every question type on screen) looks its seed up here and pins it with `pinQuizSeed`.
 */
export function seedWhere(wanted: (seed: number) => boolean): number {
  for (let seed = 1; seed < 10_000; seed++) if (wanted(seed)) return seed;
  throw new Error('no seed below 10000 gives the wanted draw');
}

/** Makes the quiz island start its first attempt with `seed` (it reads one Uint32 from crypto.getRandomValues). */
export async function pinQuizSeed(page: Page, seed: number) {
  await page.addInitScript((pinned) => {
    const original = crypto.getRandomValues.bind(crypto);
    Object.defineProperty(crypto, 'getRandomValues', {
      configurable: true,
      value: <T extends ArrayBufferView<ArrayBuffer>>(array: T): T => {
        if (array instanceof Uint32Array && array.length === 1) {
          array[0] = pinned;
          return array;
        }
        return original(array);
      },
    });
  }, seed);
}

/** The text a reader sees for inline markdown. */
export const plain = (markdown: string) => markdown.replace(/\*\*|`/g, '');

/** The quiz region; scrolled to, since the island hydrates when it becomes visible (client:visible). */
export async function quizBox(page: Page, title: string): Promise<Locator> {
  const box = page.getByRole('region', { name: title });
  await box.scrollIntoViewIfNeeded();
  return box;
}

/** The bank question whose prompt is on screen (questions are drawn and shuffled). */
export async function currentQuestion(box: Locator, questions: readonly RawQuestion[]): Promise<RawQuestion> {
  const legend = (await box.locator('legend').textContent()) ?? '';
  const question = questions.find((q) => plain(q.prompt) === legend.trim());
  if (!question) throw new Error(`no question with prompt ${legend}`);
  return question;
}

/** Answers the question on screen by mouse, right or wrong. */
export async function answerByMouse(box: Locator, q: RawQuestion, right: boolean) {
  switch (q.type) {
    case 'single': {
      const option = q.options?.find((o) => Boolean(o.correct) === right);
      await box.getByRole('radio', { name: plain(option?.text ?? '') }).check();
      break;
    }
    case 'multiple':
      for (const o of q.options ?? []) {
        if (Boolean(o.correct) === right) await box.getByRole('checkbox', { name: plain(o.text) }).check();
      }
      break;
    case 'truefalse':
      await box.getByRole('radio', { name: q.answer === right ? 'Benar' : 'Salah' }).check();
      break;
    case 'ordering': {
      if (!right) break; // shown never solved
      const texts = (q.items ?? []).map((i) => i.text);
      const first = () => box.getByRole('listitem').first();
      for (const text of [...texts].reverse()) {
        while (!((await first().textContent()) ?? '').startsWith(text)) {
          await box.getByRole('button', { name: `Naik: ${text}` }).click();
        }
      }
      break;
    }
    case 'matching': {
      const pairs = q.pairs ?? [];
      for (const [i, p] of pairs.entries()) {
        const other = pairs[(i + 1) % pairs.length]?.right ?? '';
        await box.getByRole('combobox', { name: p.left, exact: true }).selectOption({ label: right ? p.right : other });
      }
      break;
    }
  }
}

/**
 * Answers every question; in immediate mode checks the announced feedback after each, and calls `onFeedback`
 * (e.g. an axe sweep) on the first feedback shown. Returns the questions answered, in order.
 */
export async function playQuiz(
  box: Locator,
  questions: readonly RawQuestion[],
  right: (i: number) => boolean,
  onFeedback?: () => Promise<void>,
): Promise<RawQuestion[]> {
  const answered: RawQuestion[] = [];
  const total = Number(/dari (\d+)/.exec((await box.getByRole('heading', { level: 3 }).textContent()) ?? '')?.[1]);
  for (let i = 0; i < total; i++) {
    await expect(box.getByRole('heading', { name: `Pertanyaan ${i + 1} dari ${total}` })).toBeFocused();
    const q = await currentQuestion(box, questions);
    answered.push(q);
    await answerByMouse(box, q, right(i));
    const submit = box.getByRole('button', { name: /Periksa jawaban|Simpan dan lanjut|Selesai dan lihat hasil/ });
    const immediate = (await submit.textContent()) === 'Periksa jawaban';
    await submit.click();
    if (immediate) {
      await expect(box.getByRole('status')).toContainText('Pembahasan:');
      if (i === 0) await onFeedback?.();
      await box.getByRole('button', { name: /Pertanyaan berikutnya|Lihat hasil/ }).click();
    } else if (i < total - 1) {
      await expect(box.getByRole('heading', { name: `Pertanyaan ${i + 2} dari ${total}` })).toBeVisible();
      await expect(box.getByText('Pembahasan:')).toHaveCount(0);
    }
  }
  return answered;
}
