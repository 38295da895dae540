import { expect, test, type Page } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { BUILD_TIMEOUT, buildProject, copyFixtureSite } from '../../scripts/temp-project.ts';
import { readContentFiles } from '../../src/integrations/read-content.ts';
import { planNewModule } from '../../src/lib/authoring/scaffold.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatDiagnostic, formatReport } from '../../src/lib/content/diagnostic.ts';
import { axeViolations } from './support/axe.ts';
import { answerOfflineOffer } from './support/offline-choice.ts';
import { playQuiz, type RawQuestion } from './support/quiz-player.ts';

// The fixture course of the build tests, opened in the studio as a .zip (the folder picker cannot be driven by a
// test) and as a folder through the File System Access API, on a real directory of the origin private file system.
// Its lesson, quiz and scenario are edited as a trainer would, and what the studio saves is checked and built.

const SITE = 'tests/build/fixtures/site';
const LESSON = 'modules/01-modul-uji/01-pelajaran-uji.mdx';
const MISTAKE = '<Callout type="info">\nKotak tanpa penutup.\n';
const FIX = '</Callout>\n';
const QUIZ = 'content/quizzes/kuis-uji.yaml';
const SCENARIO = 'content/scenarios/skenario-uji.yaml';
/** A paragraph added at the end of the lesson. */
const PARAGRAPH = 'Sapa juga pengendara yang berhenti di pos.';
/** The quiz's first question, asked anew: the line as it is, and the line typed over it. */
const PROMPT = {
  line: "    prompt: 'Siapa Pengemban Polmas?'",
  typed: "    prompt: 'Siapa saja yang mengemban Polmas?'",
};
/** The last line of the scenario's first node, a choice added after it, and the ending it leads to. */
const LAST_CHOICE_LINE = '        effects: { kemitraan: -1 }';
const CHOICE = [
  '      - id: tanya-warga',
  "        label: 'Menanyakan ciri-ciri orang itu kepada warga'",
  '        to: akhir-ditanya',
].join('\n');
const ENDING = [
  '  - id: akhir-ditanya',
  "    text: 'Warga menjelaskan ciri-ciri orang itu, tetapi kabarnya tidak diteruskan ke Bhabinkamtibmas.'",
  '    ending:',
  '      rating: cukup',
  "      title: 'Kabar dicatat di pos'",
  "      debrief: 'Mendengarkan warga sudah baik; kabar itu perlu diteruskan kepada fungsi yang menanganinya.'",
  '',
].join('\n');

/** Every file of the fixture course, path to bytes; the lesson written with CRLF line ends, as on Windows. */
async function fixtureFiles(): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const file of await readContentFiles(SITE)) files[file.path] = new TextEncoder().encode(file.text);
  files[LESSON] = new TextEncoder().encode((await readFile(join(SITE, LESSON), 'utf8')).replace(/\n/g, '\r\n'));
  files['public/gambar/contoh.jpg'] = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  return files;
}

/** Writes files (path to bytes) into a folder, over what is there. */
async function writeFiles(root: string, files: Record<string, Uint8Array>): Promise<void> {
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), bytes);
  }
}

/** What the Node checker (`npm run check:content`) says of a folder's files. */
async function nodeCheck(files: Record<string, Uint8Array>): Promise<ReturnType<typeof checkContent>> {
  const root = await mkdtemp(join(tmpdir(), 'sinergi-studio-'));
  try {
    await writeFiles(root, files);
    return checkContent(await readContentFiles(root));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function openZip(page: Page, files: Record<string, Uint8Array>): Promise<void> {
  await page.goto('/pelatih/studio/');
  await page.getByLabel('Buka .zip kursus').setInputFiles({
    name: 'kursus.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([p, b]) => [`kursus/${p}`, b])))),
  });
  await expect(page.getByRole('status').filter({ hasText: 'dibuka' })).toContainText('kursus.zip dibuka');
  await expect(problemsHeading(page)).toContainText('Tidak ada masalah.');
}

const problemsHeading = (page: Page) => page.getByRole('heading', { name: /^Pemeriksaan:/ });

const editorOf = (page: Page, path: string) => page.getByRole('textbox', { name: `Penyunting ${path}` });

/** Types at the end of the open file (the lesson unless said), as a trainer would. */
async function typeAtEnd(page: Page, added: string, path = LESSON): Promise<void> {
  await editorOf(page, path).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(added);
}

/**
 * Selects the line of the open file that reads `line` with a triple click (the whole line, however the narrow editor
 * wraps it) and types `typed` over it.
 */
async function retypeLine(page: Page, path: string, line: string, typed: string): Promise<void> {
  await editorOf(page, path).locator('.cm-line').filter({ hasText: line.trim() }).click({ clickCount: 3 });
  await page.keyboard.insertText(`${typed}\n`);
}

/** `text` with `line` (a whole line, found once) replaced by `typed`: the same edit made by hand. */
function retypedByHand(text: string, line: string, typed: string): string {
  expect(text.split(`${line}\n`)).toHaveLength(2);
  return text.replace(`${line}\n`, `${typed}\n`);
}

test.beforeEach(async ({ page }) => {
  await answerOfflineOffer(page);
});

test('a lesson edited in the studio: the checker message at its line, gone when fixed, saved as by hand', async ({
  page,
}) => {
  const files = await fixtureFiles();
  await openZip(page, files);
  const tree = page.getByRole('navigation', { name: 'Berkas kursus' });
  await expect(tree.getByRole('heading')).toHaveText([
    'Kursus',
    'Modul dan pelajaran',
    'Kuis',
    'Skenario',
    'Data lain',
  ]);
  await tree.getByRole('button', { name: '01-pelajaran-uji.mdx' }).click();

  await typeAtEnd(page, MISTAKE);
  const original = text(files[LESSON]);
  const broken = { ...files, [LESSON]: new TextEncoder().encode(`${original}${MISTAKE}`.replace(/\r?\n/g, '\r\n')) };
  const expected = (await nodeCheck(broken)).diagnostics;
  expect(expected).toHaveLength(1);
  const [mistake] = expected;
  if (!mistake) throw new Error('the Node checker found nothing');
  // The mistake starts on the line after the lesson's last one.
  expect(mistake).toMatchObject({ file: LESSON, line: original.split('\n').length, column: 1 });
  // The same message as `npm run check:content`, in the list and in the editor at that line.
  await expect(page.getByRole('button', { name: formatDiagnostic(mistake) })).toBeVisible();
  await expect(problemsHeading(page)).toContainText('1 masalah');
  const marked = page.locator('.cm-line').filter({ has: page.locator('.cm-lintRange-error') });
  await expect(marked).toHaveText('<Callout type="info">');
  await expect(
    page.locator('.cm-gutter-lint .cm-gutterElement').filter({ has: page.locator('.cm-lint-marker-error') }),
  ).toHaveCount(1);
  const markerTop = await page.locator('.cm-lint-marker-error').boundingBox();
  const lineTop = await marked.boundingBox();
  expect(Math.abs((markerTop?.y ?? 0) - (lineTop?.y ?? 100))).toBeLessThan(12);

  await typeAtEnd(page, FIX);
  await expect(problemsHeading(page)).toContainText('Tidak ada masalah.');
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
  await expect(tree.getByRole('button', { name: '01-pelajaran-uji.mdx (belum disimpan)' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = unzipSync(await readFile(await (await download).path()));
  await expect(page.getByRole('status').filter({ hasText: 'diunduh' })).toContainText('Semua perubahan tersimpan.');

  // The same edit by hand: the text appended to the file, with the file's own CRLF line ends.
  const byHand = `${original}${MISTAKE}${FIX}`.replace(/\r?\n/g, '\r\n');
  expect(Object.keys(saved).sort()).toEqual(
    Object.keys(files)
      .map((p) => `kursus/${p}`)
      .sort(),
  );
  for (const [path, bytes] of Object.entries(files)) {
    expect(Buffer.from(saved[`kursus/${path}`] ?? []), path).toEqual(
      Buffer.from(path === LESSON ? new TextEncoder().encode(byHand) : bytes),
    );
  }
  const savedFiles = Object.fromEntries(Object.entries(saved).map(([p, b]) => [p.slice('kursus/'.length), b]));
  expect(formatReport((await nodeCheck(savedFiles)).diagnostics)).toBe('Tidak ada masalah.');
});

test('a lesson, a quiz and a scenario edited in the studio: the preview follows, the quiz plays, the map changes; saved as by hand, checked and built', async ({
  page,
}) => {
  // Playing the studio takes well under a minute; then the saved course goes through a whole `astro build`.
  test.setTimeout(BUILD_TIMEOUT + 60_000);
  const files = await fixtureFiles();
  await openZip(page, files);
  const tree = page.getByRole('navigation', { name: 'Berkas kursus' });
  const preview = page.getByRole('region', { name: 'Pratinjau', exact: true });

  // The lesson: the paragraph typed at its end shows in the preview.
  await tree.getByRole('button', { name: '01-pelajaran-uji.mdx' }).click();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Pelajaran uji');
  await expect(preview.getByText(PARAGRAPH)).toHaveCount(0);
  await typeAtEnd(page, `\n${PARAGRAPH}\n`);
  await expect(preview.getByText(PARAGRAPH, { exact: true })).toBeVisible();

  // The quiz: started as it was, its first question asked anew in the editor, then played with the edited text.
  await tree.getByRole('button', { name: 'kuis-uji.yaml' }).click();
  const quiz = preview.getByRole('region', { name: 'Kuis uji' });
  await quiz.getByRole('button', { name: 'Mulai kuis' }).click();
  await expect(quiz.locator('legend')).toHaveText('Siapa Pengemban Polmas?');
  await retypeLine(page, QUIZ, PROMPT.line, PROMPT.typed);
  const quizByHand = retypedByHand(text(files[QUIZ]), PROMPT.line, PROMPT.typed);
  // The edited quiz is a new game, back at its start.
  await quiz.getByRole('button', { name: 'Mulai kuis' }).click();
  await expect(quiz.locator('legend')).toHaveText('Siapa saja yang mengemban Polmas?');
  await playQuiz(quiz, (parse(quizByHand) as { questions: RawQuestion[] }).questions, () => true);
  await expect(quiz.getByRole('heading', { name: 'Hasil kuis' })).toBeVisible();
  await expect(quiz.getByText('Nilai Anda 100% (batas lulus 50%).')).toBeVisible();

  // The scenario: a new ending shows on the map as unreachable, then a choice leading to it makes it a third path.
  await tree.getByRole('button', { name: 'skenario-uji.yaml' }).click();
  const map = preview.getByRole('region', { name: 'Peta skenario', exact: true });
  await expect(map.getByText('2 jalur berbeda dari awal sampai akhir')).toBeVisible();
  await expect(map.locator('svg text').filter({ hasText: 'akhir-ditanya' })).toHaveCount(0);
  await typeAtEnd(page, ENDING, SCENARIO);
  await expect(map.locator('svg text').filter({ hasText: 'akhir-ditanya' })).toBeVisible();
  await expect(map.getByText('Akhir "akhir-ditanya" tidak terjangkau dari awal.')).toBeVisible();
  await retypeLine(page, SCENARIO, LAST_CHOICE_LINE, `${LAST_CHOICE_LINE}\n${CHOICE}`);
  await expect(map.getByText('3 jalur berbeda dari awal sampai akhir')).toBeVisible();
  await expect(map.getByRole('heading', { name: 'Masalah alur' })).toHaveCount(0);
  await expect(
    map.getByRole('listitem').filter({ hasText: /^Menanyakan ciri-ciri orang itu kepada warga/ }),
  ).toHaveText('Menanyakan ciri-ciri orang itu kepada warga → menuju akhir-ditanya');
  // And the player takes the new choice to the new ending.
  const player = preview.getByRole('region', { name: 'Skenario uji', exact: true });
  await player.getByRole('button', { name: 'Menanyakan ciri-ciri orang itu kepada warga' }).click();
  await expect(player.getByRole('heading', { name: 'Kabar dicatat di pos' })).toBeVisible();
  await expect(problemsHeading(page)).toContainText('Tidak ada masalah.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh .zip' }).click();
  const saved = unzipSync(await readFile(await (await download).path()));
  await expect(page.getByRole('status').filter({ hasText: 'diunduh' })).toContainText('dengan 3 berkas yang diubah.');

  // The same edits by hand: the lesson's paragraph with its CRLF line ends, the quiz's line, the scenario's lines.
  const byHand: Record<string, Uint8Array> = {
    ...files,
    [LESSON]: new TextEncoder().encode(`${text(files[LESSON])}\n${PARAGRAPH}\n`.replace(/\r?\n/g, '\r\n')),
    [QUIZ]: new TextEncoder().encode(quizByHand),
    [SCENARIO]: new TextEncoder().encode(
      `${retypedByHand(text(files[SCENARIO]), LAST_CHOICE_LINE, `${LAST_CHOICE_LINE}\n${CHOICE}`)}${ENDING}`,
    ),
  };
  const savedFiles = Object.fromEntries(Object.entries(saved).map(([p, b]) => [p.slice('kursus/'.length), b]));
  expect(Object.keys(savedFiles).sort()).toEqual(Object.keys(files).sort());
  for (const [path, bytes] of Object.entries(byHand)) {
    expect(Buffer.from(savedFiles[path] ?? []), path).toEqual(Buffer.from(bytes));
  }
  expect(formatReport((await nodeCheck(savedFiles)).diagnostics)).toBe('Tidak ada masalah.');

  // The build of `npm run build` (`astro build`), of the site's code with the saved course over the fixture site.
  const root = await copyFixtureSite('sinergi-studio-build-');
  try {
    await writeFiles(root, savedFiles);
    await buildProject(root);
    const built = (path: string) => readFile(join(root, 'dist', path), 'utf8');
    expect(await built('modul/modul-uji/pelajaran-uji/index.html')).toContain(`<p>${PARAGRAPH}</p>`);
    expect(await built('modul/modul-uji/index.html')).toContain('Siapa saja yang mengemban Polmas?');
    expect(await built('pelatih/skenario/skenario-uji/index.html')).toContain(
      'Menanyakan ciri-ciri orang itu kepada warga → menuju',
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a folder opened through the File System Access API is saved back in place', async ({ page }) => {
  const files = await fixtureFiles();
  await page.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('kursus'),
    });
  });
  await page.goto('/pelatih/studio/');
  // A real directory of the origin private file system stands for the folder the trainer would choose.
  await page.evaluate(
    async (entries: [string, number[]][]) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('kursus', { recursive: true }).catch(() => undefined);
      const course = await root.getDirectoryHandle('kursus', { create: true });
      for (const [path, bytes] of entries) {
        const parts = path.split('/');
        const name = parts.pop() ?? '';
        let dir = course;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(new Uint8Array(bytes));
        await writable.close();
      }
    },
    Object.entries(files).map(([p, b]) => [p, [...b]] as [string, number[]]),
  );

  await page.getByRole('button', { name: 'Buka folder kursus' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'dibuka' })).toContainText('kursus dibuka');
  await expect(problemsHeading(page)).toContainText('Tidak ada masalah.');
  await page.getByRole('button', { name: '01-pelajaran-uji.mdx' }).click();
  await typeAtEnd(page, 'Paragraf tambahan.\n');
  await page.getByRole('button', { name: 'Simpan ke folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'disimpan' })).toContainText('1 berkas disimpan.');

  const after = await page.evaluate(async () => {
    const out: [string, number[]][] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const handle of dir.values()) {
        if (handle.kind === 'directory') await walk(handle, `${prefix}${handle.name}/`);
        else out.push([`${prefix}${handle.name}`, [...new Uint8Array(await (await handle.getFile()).arrayBuffer())]]);
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('kursus'), '');
    return out;
  });
  const savedFiles = Object.fromEntries(after.map(([p, b]) => [p, new Uint8Array(b)]));
  const byHand = `${text(files[LESSON])}Paragraf tambahan.\r\n`;
  expect(Object.keys(savedFiles).sort()).toEqual(Object.keys(files).sort());
  for (const [path, bytes] of Object.entries(files)) {
    expect(Buffer.from(savedFiles[path] ?? []), path).toEqual(
      Buffer.from(path === LESSON ? new TextEncoder().encode(byHand) : bytes),
    );
  }
  expect(formatReport((await nodeCheck(savedFiles)).diagnostics)).toBe('Tidak ada masalah.');
});

test('"Modul baru" creates the files of `npm run new:module`, and completion offers the schema fields', async ({
  page,
}) => {
  const files = await fixtureFiles();
  await openZip(page, files);
  await page.getByRole('button', { name: 'Modul baru' }).click();
  await page.getByLabel('Judul modul baru').fill('Kemitraan dengan FKPM');
  await page.getByRole('button', { name: 'Buat modul' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'dibuat' })).toContainText(
    'Modul "Kemitraan dengan FKPM" dibuat: 4 berkas baru',
  );
  const plan = planNewModule('Kemitraan dengan FKPM', {
    moduleFolders: ['01-modul-uji'],
    paths: new Set(Object.keys(files)),
  });
  if (!plan.ok) throw new Error(plan.message);

  // Completion in the new quiz: a question's fields, with the schema's Indonesian description.
  const quiz = plan.files.find((f) => f.path.startsWith('content/quizzes/'));
  await page
    .getByRole('button', { name: `${quiz?.path.slice('content/quizzes/'.length) ?? ''} (belum disimpan)` })
    .click();
  const editor = page.getByRole('textbox', { name: `Penyunting ${quiz?.path ?? ''}` });
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Space');
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option', { name: /^passMark/ })).toBeVisible();
  await expect(page.locator('.cm-completionInfo')).not.toBeEmpty();
  await page.keyboard.press('Escape');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh .zip' }).click();
  const saved = unzipSync(await readFile(await (await download).path()));
  for (const file of plan.files) expect(text(saved[`kursus/${file.path}`]), file.path).toBe(file.text);
  const savedFiles = Object.fromEntries(Object.entries(saved).map(([p, b]) => [p.slice('kursus/'.length), b]));
  expect((await nodeCheck(savedFiles)).diagnostics).toEqual([]);
});

test('a file that is not a course says so in Indonesian; the page has no accessibility violations', async ({
  page,
}) => {
  await page.goto('/pelatih/studio/');
  await page.getByLabel('Buka .zip kursus').setInputFiles({
    name: 'foto.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync({ 'foto/liburan.txt': new TextEncoder().encode('bukan kursus') })),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'foto.zip tidak berisi folder kursus: tidak ada folder modules/ dan content/ di dalamnya. Buat .zip dari folder proyek kursus, yang berisi kedua folder itu.',
  );
  await openZip(page, await fixtureFiles());
  await page.getByRole('button', { name: '01-pelajaran-uji.mdx' }).click();
  await expect(page.getByRole('textbox', { name: `Penyunting ${LESSON}` })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // On a phone the panes stack: the file list, then the editor, then the preview, with nothing wider than the screen.
  const [tree, editor, preview] = await Promise.all(
    ['Berkas kursus', `Penyunting ${LESSON}`, 'Pratinjau'].map((name) =>
      page.getByRole(name === 'Berkas kursus' ? 'navigation' : 'region', { name, exact: true }).boundingBox(),
    ),
  );
  expect((tree?.y ?? 0) < (editor?.y ?? 0) && (editor?.y ?? 0) < (preview?.y ?? 0)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test.describe.configure({ timeout: 120_000 });

test('after "Simpan untuk luring", the studio opens, checks and edits a course without a network', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => {
    localStorage.removeItem('sinergi:offline-choice:v1');
  });
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Simpan untuk luring (offline)' });
  await offer.getByRole('button', { name: 'Simpan untuk luring' }).click();
  await expect(offer).toContainText('Tersimpan', { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);

  const files = await fixtureFiles();
  await openZip(page, files);
  await page.getByRole('button', { name: '01-pelajaran-uji.mdx' }).click();
  await typeAtEnd(page, MISTAKE);
  await expect(problemsHeading(page)).toContainText('1 masalah');
});
