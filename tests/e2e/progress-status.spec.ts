import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Progress } from '../../src/schemas/progress.ts';
import { axeViolations } from './support/axe.ts';
import { loadCourse, moduleInfo } from './support/curriculum.ts';
import { COURSE, COURSE_TWO, memberProgress } from './support/progress-files.ts';

// Module, course and home pages show progress as pictures: one segmented bar per module (its lessons) and per course
// (its modules), the quiz and scenario steps, and one next-step button. These tests seed progress and look at them.
const KEY = 'sinergi:progress:v1';
const MODULE = 'binmas-dan-fungsi-teknis';
const mod = moduleInfo(MODULE);
const QUIZ = mod.quiz ?? '';
const SCENARIO = mod.completion.requiredScenarios[0] ?? '';

/** Progress of the second course with only these lessons read and these quizzes passed. */
function partialProgress(lessons: readonly string[], quizzes: readonly string[] = []): Progress {
  const full = memberProgress(1, { course: COURSE_TWO });
  return {
    ...full,
    lessons: Object.fromEntries(Object.entries(full.lessons).filter(([id]) => lessons.includes(id))),
    quizAttempts: full.quizAttempts.filter((a) => quizzes.includes(a.quizId)),
    completions: { modules: {}, courses: {} },
  };
}

/** Stores progress before the first page of the test loads, as a returning learner has it. */
async function seed(page: Page, progress: Progress) {
  await page.addInitScript(
    ([key, json]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, json);
    },
    [KEY, JSON.stringify(progress)] as const,
  );
}

const moduleCard = (page: Page, title: string) =>
  page.getByRole('region', { name: 'Semua modul' }).getByRole('article').filter({ hasText: title });
const courseCard = (page: Page, title: string) =>
  page.getByRole('region', { name: 'Kursus' }).getByRole('article').filter({ hasText: title });

/** How full each bar segment is drawn, in percent of its inner width. */
const drawnSegments = (bar: Locator) =>
  bar.locator('.progress-segment').evaluateAll((segments) =>
    segments.map((s) => {
      const fill = s.firstElementChild?.getBoundingClientRect().width ?? 0;
      const inner = s.getBoundingClientRect().width - 2 * s.clientLeft;
      return Math.round((fill / inner) * 100);
    }),
  );

/** Whether the element's top left corner is on screen and not covered by anything fixed (header, offline offer). */
const landedVisibly = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 8, r.top + 8);
    return r.top >= 0 && r.top < window.innerHeight / 2 && hit !== null && el.contains(hit);
  });

const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('partial progress: the bar shows what the screen reader says, and the button goes to the next lesson', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seed(page, partialProgress(mod.lessons.slice(0, 2)));
  await page.goto('/');
  const card = moduleCard(page, 'Binmas dan fungsi teknis');
  const bar = card.getByRole('progressbar', { name: 'Pelajaran dibaca' });
  await expect(bar).toHaveAttribute('aria-valuetext', '2 dari 4 pelajaran');
  await expect(bar).toHaveAttribute('aria-valuenow', '2');
  await expect(card.getByText('2/4')).toBeVisible();
  expect(await drawnSegments(bar)).toEqual([100, 100, 0, 0]);
  await expect(card.getByRole('listitem')).toHaveText(['Kuis belum lulus', 'Skenario belum selesai']);
  await expect(card).toContainText('Sedang berjalan · 33% selesai');

  // The course bar: one segment per module, the first a third full (2 of its 6 requirements).
  const course = courseCard(page, loadCourse(COURSE_TWO).title);
  const courseBar = course.getByRole('progressbar', { name: 'Modul selesai' });
  const modules = loadCourse(COURSE_TWO).modules.length;
  await expect(courseBar).toHaveAttribute('aria-valuetext', `0 dari ${String(modules)} modul`);
  expect(await drawnSegments(courseBar)).toEqual([33, ...Array<number>(modules - 1).fill(0)]);

  expect(await noHorizontalOverflow(page)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await card.getByRole('link', { name: 'Lanjutkan membaca' }).click();
  await expect(page).toHaveURL(new RegExp(`/modul/${MODULE}/${mod.lessons[2] ?? '?'}/$`));
});

// Defect 5: with every lesson read, "Lanjutkan" led to the top of the module page instead of the quiz.
test('with every lesson read, "Lanjutkan" lands on the quiz, then on the scenario, in view and in focus order', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seed(page, partialProgress(mod.lessons));
  await page.goto('/');
  await moduleCard(page, 'Binmas dan fungsi teknis')
    .getByRole('link', { name: /Lanjutkan/ })
    .click();
  await expect(page).toHaveURL(`/modul/${MODULE}/#${QUIZ}`);
  const quiz = page.locator(`#${QUIZ}`);
  await expect(quiz.getByRole('button', { name: 'Mulai kuis' })).toBeVisible();
  await expect.poll(() => landedVisibly(quiz)).toBe(true);
  // Keyboard users continue from where they landed: the next Tab reaches the quiz's first button.
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Mulai kuis' })).toBeFocused();

  // With the quiz passed too, the module page's own button leads on to the scenario.
  await page.evaluate(
    ([key, json]) => {
      localStorage.setItem(key, json);
    },
    [KEY, JSON.stringify(partialProgress(mod.lessons, [QUIZ]))] as const,
  );
  await page.goto(`/modul/${MODULE}/`);
  const status = page.locator(`[data-progress-module="${MODULE}"]`);
  await expect(status.getByRole('listitem')).toHaveText(['Kuis lulus', 'Skenario belum selesai']);
  await status.getByRole('link', { name: 'Lanjutkan ke skenario' }).click();
  await expect(page).toHaveURL(`/modul/${MODULE}/#skenario-${SCENARIO}`);
  await expect.poll(() => landedVisibly(page.locator(`#skenario-${SCENARIO}`))).toBe(true);
});

// Defect 3: after a course was complete, neither the home page nor the course page led to its certificate.
test('a completed course says so on its card and its page, each with a link to its certificate', async ({ page }) => {
  await seed(page, memberProgress(7, { course: COURSE }));
  const { title } = loadCourse(COURSE);
  for (const from of ['/', `/kursus/${COURSE}/`]) {
    await page.goto(from);
    const status = from === '/' ? courseCard(page, title) : page.locator(`[data-progress-course="${COURSE}"]`);
    await expect(status).toContainText(/Selesai pada \d+ \w+ \d{4}/);
    await status.getByRole('link', { name: 'Buka sertifikat' }).click();
    await expect(page).toHaveURL(`/sertifikat/${COURSE}/`);
    await expect(page.getByRole('status')).toHaveText('Sertifikat siap dicetak atau diunduh.');
  }
  // The other course is not complete and offers no certificate.
  await page.goto('/');
  await expect(
    courseCard(page, loadCourse(COURSE_TWO).title).getByRole('link', { name: 'Buka sertifikat' }),
  ).toHaveCount(0);
});

// The statuses are drawn by the build for a first visit; stored progress must fill them in without moving the page.
for (const width of [320, 390]) {
  test(`at ${String(width)} px, statuses keep their size when stored progress fills them in, and nothing overflows`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const sizes = () =>
      page
        .locator('.progress-status')
        .evaluateAll((hosts) =>
          hosts.map(
            (h) =>
              `${h.getAttribute('data-progress-module') ?? h.getAttribute('data-progress-course') ?? ''}: ${String(h.getBoundingClientRect().height)}`,
          ),
        );
    await page.goto('/');
    const firstVisit = await sizes();
    expect(await noHorizontalOverflow(page)).toBe(true);
    await page.evaluate(
      ([key, json]) => {
        localStorage.setItem(key, json);
      },
      [KEY, JSON.stringify(memberProgress(7, { course: COURSE }))] as const,
    );
    await page.reload();
    await expect(courseCard(page, loadCourse(COURSE).title)).toContainText('Selesai pada');
    await expect(page.locator('.progress-status[data-pending]')).toHaveCount(0);
    expect(await sizes()).toEqual(firstVisit);
    expect(await noHorizontalOverflow(page)).toBe(true);
  });
}

/** Share of an element's pixels that differ from its top left one (the background), read from a screenshot. */
async function inkShare(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    context?.drawImage(bitmap, 0, 0);
    const data = context?.getImageData(0, 0, bitmap.width, bitmap.height).data ?? new Uint8ClampedArray();
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ([0, 1, 2].some((c) => Math.abs((data[i + c] ?? 0) - (data[c] ?? 0)) > 64)) inked++;
    }
    return inked / (data.length / 4);
  }, png);
}

// Windows high contrast replaces the site's colours: the read lessons and the passed quiz's tick must still show.
test('in forced colours the read part of a bar and a passed step are still drawn', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await seed(page, partialProgress(mod.lessons.slice(0, 1), [QUIZ]));
  await page.goto('/');
  const card = moduleCard(page, 'Binmas dan fungsi teknis');
  await expect(card.getByRole('listitem').first()).toHaveText('Kuis lulus');
  const segments = card.getByRole('progressbar', { name: 'Pelajaran dibaca' }).locator('.progress-segment');
  expect(await inkShare(page, segments.first())).toBeGreaterThan(0.6);
  expect(await inkShare(page, segments.nth(1))).toBeLessThan(0.4);
  expect(await inkShare(page, card.locator('.progress-step.is-done .progress-step-icon'))).toBeGreaterThan(0.5);
});

test("a module page carries only its own module's completion rule and its courses', a lesson page none", async ({
  page,
}) => {
  // Every module page used to carry every module's rules: the site grew with the square of the number of modules.
  const rulesOf = async (path: string) => {
    await page.goto(path);
    // The rules are in the HTML as built: nothing to wait for once the page has loaded.
    const block = page.locator('#sinergi-progress-rules');
    if ((await block.count()) === 0) return undefined;
    return JSON.parse((await block.textContent()) ?? '') as { modules: { id: string }[]; courses: { id: string }[] };
  };
  const rules = await rulesOf(`/modul/${MODULE}/`);
  expect(rules?.modules.map((m) => m.id)).toEqual([MODULE]);
  expect(rules?.courses.map((c) => c.id)).toEqual([COURSE_TWO]);
  expect(await rulesOf(`/modul/${MODULE}/${mod.lessons[0] ?? ''}/`)).toBeUndefined();
});
