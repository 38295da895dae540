import { expect, test } from '@playwright/test';
import { documentFileTypes, FILE_TYPES } from '../../src/lib/guide/file-types.ts';
import { AUTHOR_COMPONENTS } from '../../src/lib/content/mdx-components.ts';
import * as schemas from '../../src/schemas/index.ts';
import { axeViolations } from './support/axe.ts';

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
