import { expect, test, type Page } from '@playwright/test';
import { loadCourse, moduleInfo } from './support/curriculum.ts';
import { COURSE, COURSE_TWO } from './support/progress-files.ts';
import { loadQuiz, playQuiz, quizBox } from './support/quiz-player.ts';
import { loadScenario, openScenario, pathsToEndings, playEvents } from './support/scenario-player.ts';
import { answerOfflineOffer } from './support/offline-choice.ts';

// A learner completes each whole course through the real pages: profile, every lesson read to its end, every module
// quiz passed (answers from the quiz files), every required scenario played to an ending, then the certificate.
const NAME = 'Wayan Sutrisna';

// The learner already answered the offline offer, so it covers nothing under test.
test.beforeEach(({ page }) => answerOfflineOffer(page));

const storedLessons = (page: Page) =>
  page.evaluate(() =>
    Object.keys(
      (JSON.parse(localStorage.getItem('sinergi:progress:v1') ?? 'null') as { lessons?: object } | null)?.lessons ?? {},
    ),
  );

async function fillProfile(page: Page) {
  await page.goto('/progres/');
  await page.getByLabel('Nama lengkap *').fill(NAME);
  await page.getByLabel('NRP * (8 angka)').fill('85061234');
  await page.getByLabel('Pangkat').fill('Aipda');
  await page.getByLabel('Satuan', { exact: true }).fill('Polsek Sukamaju');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Profil tersimpan.')).toBeVisible();
}

async function completeModule(page: Page, moduleId: string) {
  const mod = moduleInfo(moduleId);
  const overview = `/modul/${moduleId}/`;
  for (const lesson of mod.lessons) {
    await page.goto(`${overview}${lesson}/`);
    await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    await expect.poll(() => storedLessons(page)).toContain(lesson);
  }
  await page.goto(overview);
  if (mod.quiz && mod.completion.requireQuiz) {
    const quiz = loadQuiz(mod.quiz);
    const box = await quizBox(page, quiz.title);
    await box.getByRole('button', { name: 'Mulai kuis' }).click();
    await playQuiz(box, quiz.questions, () => true);
    await expect(box.getByText(/^Lulus\./)).toBeVisible();
  }
  for (const id of mod.completion.requiredScenarios) {
    const scenario = loadScenario(id);
    // The shortest way to any ending: the module asks that the scenario be finished, not how well.
    const [path] = pathsToEndings(scenario).sort((a, b) => a.steps.length - b.steps.length);
    const region = await openScenario(page, scenario.title);
    const endingId = await playEvents(region, scenario, path?.steps.map((s) => s.event) ?? []);
    const ending = scenario.nodes.find((n) => n.id === endingId)?.ending;
    await expect(region.getByRole('heading', { name: ending?.title ?? '?' })).toBeVisible();
  }
  // The module page now reports the module complete.
  await page.reload();
  await expect(page.locator('[data-progress-module]').first()).toContainText('Selesai');
}

for (const courseId of [COURSE, COURSE_TWO]) {
  test(`a learner completes ${courseId} through the pages and opens its certificate`, async ({ page }) => {
    // The transfer course plays every seat scenario of module 09 (eleven) besides its quizzes and scenarios.
    test.setTimeout(300_000);
    const course = loadCourse(courseId);
    const started = Date.now();
    await fillProfile(page);
    for (const moduleId of course.modules) await completeModule(page, moduleId);

    await page.goto('/progres/');
    const status = page.getByRole('region', { name: 'Status modul' });
    for (const moduleId of course.modules) {
      await expect(status.getByRole('row').filter({ hasText: moduleInfo(moduleId).title })).toContainText('Selesai');
    }
    const courses = page.getByRole('region', { name: 'Status kursus' });
    await expect(courses.getByRole('row').filter({ hasText: course.title })).toContainText('Selesai');

    // The course's card on the home page and its own page say it is complete and lead to the certificate.
    await page.goto('/');
    const card = page.getByRole('region', { name: 'Kursus' }).getByRole('article').filter({ hasText: course.title });
    await expect(card).toContainText('Selesai pada');
    await card.getByRole('link', { name: 'Buka sertifikat' }).click();
    await expect(page).toHaveURL(`/sertifikat/${courseId}/`);
    // With every module done, the certificate still waits for the final exam; passing it opens the certificate.
    await expect(page.getByRole('status')).toHaveText('Sertifikat kursus ini juga memerlukan kelulusan ujian akhir.');
    if (!course.exam) throw new Error(`${courseId} has no final exam`);
    const bank = loadQuiz(course.exam.bank);
    await page.goto(`/kursus/${courseId}/`);
    await page.getByRole('link', { name: 'Ujian akhir kursus' }).click();
    const exam = await quizBox(page, bank.title);
    await exam.getByRole('button', { name: 'Mulai ujian' }).click();
    await playQuiz(exam, bank.questions, () => true);
    await expect(exam.getByRole('heading', { name: 'Hasil ujian' })).toBeVisible();
    await page.goto(`/kursus/${courseId}/`);
    await page.locator(`[data-progress-course="${courseId}"]`).getByRole('link', { name: 'Buka sertifikat' }).click();
    await expect(page).toHaveURL(`/sertifikat/${courseId}/`);
    await expect(page.getByRole('status')).toHaveText('Sertifikat siap dicetak atau diunduh.');
    const cert = page.getByRole('article', { name: `${course.certificate.title}: ${NAME}` });
    await expect(cert.getByText(NAME, { exact: true })).toBeVisible();
    await expect(cert).toContainText('NRP 85061234 · Aipda · Polsek Sukamaju');
    const rows = cert.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(course.modules.length + 2);
    await expect(rows.last()).toContainText('Ujian akhir');
    for (const [i, moduleId] of course.modules.entries()) {
      await expect(rows.nth(i + 1)).toContainText(moduleInfo(moduleId).title);
    }
    test.info().annotations.push({ type: 'duration', description: `${String(Date.now() - started)} ms` });
  });
}
