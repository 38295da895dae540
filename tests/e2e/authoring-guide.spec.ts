import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { documentFileTypes, FILE_TYPES } from '../../src/lib/guide/file-types.ts';
import { AUTHOR_COMPONENTS } from '../../src/lib/content/mdx-components.ts';
import * as schemas from '../../src/schemas/index.ts';
import { axeViolations } from './support/axe.ts';
import { loadQuiz, playQuiz, quizBox } from './support/quiz-player.ts';
import { loadScenario, openScenario } from './support/scenario-player.ts';

test('a trainer finds the guide from the footer and reads how to create, preview, check and publish', async ({
  page,
}) => {
  await page.goto('/');
  // The offer to save the course offline sits over the bottom of the page until answered.
  const offer = page.getByRole('region', { name: 'Simpan untuk luring (offline)' });
  await offer.getByRole('button', { name: 'Nanti saja' }).click();
  await expect(offer).toBeHidden();
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /Panduan Pelatih/ })
    .click();
  await expect(page).toHaveURL(/\/pelatih\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Panduan Pelatih' })).toBeVisible();
  for (const heading of [
    '1. Susunan sebuah modul',
    '2. Membuat modul baru',
    '4. Melihat pratinjau',
    '5. Memeriksa isi',
    '6. Peta skenario',
    '7. Menerbitkan',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const article = page.getByRole('article');
  for (const command of [
    'npm run new:module -- "Kemitraan dengan FKPM"',
    'npm start',
    'npm run check:content',
    'npm run build',
  ]) {
    await expect(article.getByText(command, { exact: true })).toBeVisible();
  }
  await expect(article.getByText('dist/').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await article.getByRole('link', { name: 'Referensi kolom dan komponen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referensi kolom dan komponen' })).toBeVisible();
});

test('the reference lists every field of every file type and shows every component live', async ({ page }) => {
  // A long page (some 190 fields and every component live): checking each field and the axe scan take a while.
  test.setTimeout(90_000);
  await page.goto('/pelatih/referensi/');
  for (const type of FILE_TYPES) {
    const section = page.getByRole('region', { name: type.name, exact: true });
    await expect(section.getByRole('heading', { level: 2, name: type.name })).toBeVisible();
    const shape = (schemas[type.schema] as unknown as { shape: Record<string, unknown> }).shape;
    for (const field of Object.keys(shape)) {
      await expect(section.getByRole('term').getByText(field, { exact: true })).toBeVisible();
    }
  }
  // Each field's meaning comes, in Indonesian, from the description its schema carries.
  const docs = documentFileTypes(schemas);
  const lesson = page.getByRole('region', { name: 'Pelajaran', exact: true });
  const minutes = docs.find((d) => d.id === 'pelajaran')?.fields.find((f) => f.path === 'minutes');
  await expect(lesson.getByRole('definition').filter({ hasText: minutes?.description ?? '-' })).toContainText(
    'Perkiraan waktu baca dalam menit',
  );
  const scenario = page.getByRole('region', { name: 'Skenario', exact: true });
  await expect(scenario.getByRole('term').getByText('nodes[].choices[].when.flag', { exact: true })).toBeVisible();
  await expect(page.locator('main [lang="en"]')).toHaveCount(0);
  for (const component of AUTHOR_COMPONENTS) {
    await expect(page.getByRole('heading', { level: 3, name: `<${component.name}>` })).toBeVisible();
  }
  const term = page.getByRole('region', { name: '<Term>' });
  await expect(term.getByRole('link', { name: 'Polmas', exact: true })).toHaveAttribute('href', '/istilah/#polmas');
  await expect(term.getByText('<Term id="polmas">Polmas</Term>', { exact: false })).toBeVisible();
  const callout = page.getByRole('region', { name: '<Callout>' });
  await expect(callout.getByRole('complementary', { name: /Pos kamling di Desa Sukamaju/ })).toBeVisible();
  const cite = page.getByRole('region', { name: '<Sumber>' });
  await cite.getByRole('link', { name: 'Sumber 1', exact: true }).first().click();
  await expect(page).toHaveURL(/#catatan-1$/);
  await expect(cite.getByRole('region', { name: 'Catatan sumber' }).getByRole('listitem')).toHaveCount(2);
  // Objectives and Checklist show their "- " lines as a list, one item per line, as written in their source.
  const objectives = page.getByRole('region', { name: '<Objectives>' });
  await expect(objectives.locator('.live').getByRole('listitem')).toHaveText([
    'Menjelaskan siapa Pengemban Polmas.',
    'Memberi satu contoh Polmas dalam tugas fungsi Anda.',
  ]);
  await expect(objectives.locator('pre')).toContainText('<Objectives>\n- Menjelaskan siapa Pengemban Polmas.\n- ');
  const checklist = page.getByRole('region', { name: '<Checklist>' });
  await expect(checklist.locator('.live').getByRole('listitem')).toHaveCount(3);
  const legal = page.getByRole('region', { name: '<DasarHukum>' });
  await expect(legal.getByRole('complementary').first()).toContainText('Perpol 1/2021 Pasal 1 angka 4');
  expect(await axeViolations(page)).toEqual([]);
});

test('the guide shows the worked quiz and scenario as their files, and a trainer plays both at 390 px', async ({
  page,
}) => {
  // Two whole examples played, and an axe scan of the long reference page.
  test.setTimeout(120_000);
  const QUIZ_FILE = 'content/quizzes/contoh-panduan-kuis.yaml';
  const SCENARIO_FILE = 'content/scenarios/contoh-panduan-skenario.yaml';
  const quiz = loadQuiz('contoh-panduan-kuis');
  const scenario = loadScenario('contoh-panduan-skenario');
  // Every question of the example carries the tags an exam bank needs.
  for (const q of schemas.QuizSchema.parse(parse(readFileSync(QUIZ_FILE, 'utf8'))).questions) {
    expect([q.module, q.findings?.length, q.level].every(Boolean), q.id).toBe(true);
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/pelatih/');
  await page.getByRole('article').getByRole('link', { name: 'Referensi: <Quiz>' }).click();
  await expect(page).toHaveURL(/\/pelatih\/referensi\/#komponen-Quiz$/);

  // The source shown is the file's own text, the very file the live example plays.
  const quizSection = page.getByRole('region', { name: '<Quiz>' });
  await expect(quizSection.getByRole('heading', { level: 4, name: `Isi berkas ${QUIZ_FILE}` })).toBeVisible();
  await expect(quizSection.locator('pre').nth(1)).toHaveText(readFileSync(QUIZ_FILE, 'utf8'), { useInnerText: true });
  const box = await quizBox(page, quiz.title);
  await expect(box.getByText('5 pertanyaan · batas lulus 70%')).toBeVisible();
  await box.getByRole('button', { name: 'Mulai kuis' }).click();
  const answered = await playQuiz(box, quiz.questions, () => true);
  expect(answered.map((q) => q.type).sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'truefalse']);
  await expect(box.getByText('Nilai Anda 100% (batas lulus 70%).')).toBeVisible();

  const scenarioSection = page.getByRole('region', { name: '<Scenario>' });
  await expect(scenarioSection.getByRole('heading', { level: 4, name: `Isi berkas ${SCENARIO_FILE}` })).toBeVisible();
  await expect(scenarioSection.locator('pre').nth(1)).toHaveText(readFileSync(SCENARIO_FILE, 'utf8'), {
    useInnerText: true,
  });
  const region = await openScenario(page, scenario.title);
  const pick = (label: string) => region.getByRole('button', { name: label, exact: true }).click();
  const together = 'Menyusun rencana bersama warga, Karang Taruna, dan Unit Lantas';
  const askLantas = 'Menghubungi Unit Lantas Polsek: apa yang bisa dilakukan bersama?';
  await pick('Mengajak warga dan para pemuda bermusyawarah di balai desa');
  await expect(region.getByText('Kemitraan 2')).toBeVisible();
  // The guard: planning together is offered only once Lantas has been asked (when: { flag: sudah-tanya-lantas }).
  await expect(region.getByRole('button', { name: together })).toHaveCount(0);
  await pick(askLantas);
  await expect(region.getByRole('complementary', { name: /Yang diketahui Lantas/ })).toBeVisible();
  await pick('Membawa saran itu kembali ke musyawarah');
  await expect(region.getByRole('button', { name: askLantas })).toHaveCount(0);
  await pick(together);
  await expect(region.getByRole('heading', { name: 'Masalah dipecahkan bersama' })).toBeVisible();
  await expect(region.getByText('Ideal', { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
