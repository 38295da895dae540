import { Window } from 'happy-dom';
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildProject, copyFixtureSite, project } from '../../scripts/temp-project.ts';
import { SeatSchema } from '../../src/schemas/common.ts';

// A full `astro build` (about 20 s), run by `npm run test:build` apart from the unit suite: it proves that what
// `npm run new:module` writes not only passes the content check but builds into pages. Every template field that the schemas, the content
// check or an author component refuses stops the build, and so fails this test.

const run = promisify(execFile);
const TITLE = 'Sambang & Patroli Dialogis';
const MODULE_ID = 'sambang-patroli-dialogis';
let root = '';
let built = { stdout: '', stderr: '' };

/** Parses a built page of the temporary project. */
async function page(path: string): Promise<Document> {
  const html = await readFile(join(root, 'dist', path), 'utf8');
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

beforeAll(async () => {
  root = await copyFixtureSite('sinergi-scaffold-build-');
  await run(process.execPath, [join(project, 'scripts/new-module.ts'), TITLE, root]);
  built = await buildProject(root);
}, BUILD_TIMEOUT);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('a module made by npm run new:module', () => {
  it('builds with the rest of the site', () => {
    expect(built.stdout).toContain('Complete!');
  });

  it('builds without an English warning that the (empty) revocation list "does not exist or is empty"', () => {
    expect(`${built.stdout}${built.stderr}`).not.toContain('The collection "revoked"');
  });

  it('has an overview page with its title, its quiz and its scenario rendered', async () => {
    const overview = await page(`modul/${MODULE_ID}/index.html`);
    expect(text(overview.querySelector('h1'))).toBe(TITLE);
    expect(text(overview.querySelector('title'))).toContain(TITLE);

    const quiz = overview.querySelector('astro-island[component-url*="QuizIsland"]');
    expect(text(quiz)).toContain(`Kuis: ${TITLE}`);
    expect(text(quiz)).toContain('batas lulus 70%');

    const scenario = overview.querySelector('section.scenario astro-island[component-url*="ScenarioIsland"]');
    expect(text(scenario?.closest('section')?.querySelector('h2'))).toBe(`Simulasi: ${TITLE}`);
    expect(text(scenario)).toContain('Tulis situasi awal di sini.');
    const choices = [...(scenario?.querySelectorAll('button') ?? [])].map(text);
    expect(choices).toEqual(
      expect.arrayContaining([
        'Ajak warga dan fungsi terkait berbicara',
        'Tangani sendiri tanpa melibatkan siapa pun',
      ]) as unknown,
    );

    const lessonLink = [...overview.querySelectorAll('a')].find((a) => text(a) === 'Pengantar');
    expect(lessonLink?.getAttribute('href')).toBe(`/modul/${MODULE_ID}/${MODULE_ID}-pengantar/`);
  });

  it('has a lesson page with the lesson title', async () => {
    const lesson = await page(`modul/${MODULE_ID}/${MODULE_ID}-pengantar/index.html`);
    expect(text(lesson.querySelector('h1'))).toBe('Pengantar');
    expect(text(lesson.querySelector('main'))).toContain(TITLE);
  });

  it("has its scenario map in the trainer's guide", async () => {
    const map = await page(`pelatih/skenario/skenario-${MODULE_ID}/index.html`);
    expect(text(map.querySelector('h1'))).toContain(`Simulasi: ${TITLE}`);
  });
});

describe("the home page's Jalur Anda", () => {
  it('renders every function’s path, listing the lessons whose frontmatter names that seat', async () => {
    const home = await page('index.html');
    const paths = [...home.querySelectorAll('[data-seat-path]')].map((s) => s.getAttribute('data-seat-path'));
    expect(paths).toEqual(SeatSchema.options);
    const lantas = home.querySelector('[data-seat-path="lantas"]');
    expect(text(lantas?.querySelector('h2'))).toBe('Jalur Anda: Lantas');
    expect([...(lantas?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'https://pasal.id/peraturan/perban/peraturan-polri-no-1-tahun-2021/koreksi/8077667',
      '/modul/modul-uji/pelajaran-uji/',
      '/fungsi/#intelkam',
      '/progres/#fungsi',
    ]);
    // The status script marks the lesson read there.
    expect(lantas?.querySelector('[data-progress-lesson="pelajaran-uji"]')).not.toBeNull();
    expect(text(home.querySelector('[data-seat-path="binmas"]'))).toContain('Pelajaran khusus fungsi ini belum terbit');
  });
});
