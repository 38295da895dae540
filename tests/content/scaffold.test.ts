import { satteri } from '@astrojs/markdown-satteri';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/read-content.ts';
import { planNewModule, slugify } from '../../src/lib/authoring/scaffold.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/diagnostic.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

const run = promisify(execFile);
const project = fileURLToPath(new URL('../../', import.meta.url));
let root = '';

/** Runs `npm run new:module` against a copy of the project's content. */
function newModule(title: string) {
  return run(process.execPath, [join(project, 'scripts/new-module.ts'), title, root]);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sinergi-scaffold-'));
  await cp(join(project, 'modules'), join(root, 'modules'), { recursive: true });
  await cp(join(project, 'content'), join(root, 'content'), { recursive: true });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// The tests start the real script in a child process: allow for a busy machine.
describe('npm run new:module', { timeout: 20_000 }, () => {
  it('creates the next-numbered module whose files pass the content check', async () => {
    const before = checkContent(await readContentFiles(root)).corpus.modules.map((m) => m.folder);
    const last = Math.max(...before.map((f) => Number(f.slice(0, 2))));
    const { stdout } = await newModule('Kemitraan & FKPM di Desa');
    const folder = `${String(last + 1).padStart(2, '0')}-kemitraan-fkpm-di-desa`;
    expect(stdout).toContain(`modules/${folder}/index.mdx`);
    expect(stdout).toContain('content/quizzes/kuis-kemitraan-fkpm-di-desa.yaml');
    expect(stdout).toContain('Langkah berikutnya');
    expect(stdout).toContain('npm run check:content');

    const { diagnostics, corpus } = checkContent(await readContentFiles(root));
    expect(formatReport(diagnostics)).toBe('Tidak ada masalah.');
    expect(corpus.modules.find((m) => m.folder === folder)?.data).toMatchObject({
      id: 'kemitraan-fkpm-di-desa',
      title: 'Kemitraan & FKPM di Desa',
      quiz: 'kuis-kemitraan-fkpm-di-desa',
      scenarios: ['skenario-kemitraan-fkpm-di-desa'],
    });
    expect(corpus.lessons.filter((l) => l.folder === folder).map((l) => l.data.id)).toEqual([
      'kemitraan-fkpm-di-desa-pengantar',
    ]);
    expect(corpus.quizzes.map((q) => q.data.id)).toContain('kuis-kemitraan-fkpm-di-desa');
    expect(corpus.scenarios.map((s) => s.data.id)).toContain('skenario-kemitraan-fkpm-di-desa');
  });

  it('writes MDX that the site MDX compiler accepts', async () => {
    const renderer = await satteri().createMdxRenderer?.(
      {},
      { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
    );
    if (!renderer) throw new Error('the MDX processor cannot render MDX');
    const { corpus } = checkContent(await readContentFiles(root));
    const folder = corpus.modules.find((m) => m.data.id === 'kemitraan-fkpm-di-desa')?.folder ?? '';
    for (const name of ['index.mdx', '01-pengantar.mdx']) {
      const path = join(root, 'modules', folder, name);
      const body = splitFrontmatter(await readFile(path, 'utf8'))?.body ?? '';
      const { code } = await renderer.process(body, path, {});
      expect(code).toContain('_createMdxContent');
    }
  });

  it('writes a quiz with all five question types and a scenario whose best choice is guarded by a flag', async () => {
    const { corpus } = checkContent(await readContentFiles(root));
    const quiz = corpus.quizzes.find((q) => q.data.id === 'kuis-kemitraan-fkpm-di-desa')?.data;
    expect(quiz?.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse', 'ordering', 'matching']);
    const scenario = corpus.scenarios.find((s) => s.data.id === 'skenario-kemitraan-fkpm-di-desa')?.data;
    const guarded = scenario?.nodes.flatMap((n) => n.choices).filter((c) => c.when !== undefined);
    expect(guarded?.map((c) => c.when)).toEqual([{ flag: 'sudah-berkoordinasi' }]);
    expect(scenario?.nodes.filter((n) => n.ending).map((n) => n.ending?.rating)).toEqual(['ideal', 'cukup', 'kurang']);
  });

  it('marks every placeholder, so the checker lists each new file until its text is replaced', async () => {
    const { warnings } = checkContent(await readContentFiles(root));
    const files = warnings.filter((w) => w.message.startsWith('teks contoh dari kerangka modul')).map((w) => w.file);
    expect(files.sort()).toEqual([
      'content/quizzes/kuis-kemitraan-fkpm-di-desa.yaml',
      'content/scenarios/skenario-kemitraan-fkpm-di-desa.yaml',
      expect.stringMatching(/^modules\/\d+-kemitraan-fkpm-di-desa\/01-pengantar\.mdx$/) as unknown,
      expect.stringMatching(/^modules\/\d+-kemitraan-fkpm-di-desa\/index\.mdx$/) as unknown,
    ]);
  });

  it('takes a placeholder only as a whole value, not an author sentence that starts with the same words', async () => {
    const files = await readContentFiles(project);
    const path = 'content/quizzes/kuis-koordinasi-lintas-fungsi.yaml';
    const quiz = files.find((f) => f.path === path);
    const leftovers = (text: string) =>
      checkContent([...files.filter((f) => f.path !== path), { path, text }]).warnings.filter((w) =>
        w.message.startsWith('teks contoh dari kerangka modul'),
      );
    const explanation = /explanation: '/;
    expect(quiz?.text).toMatch(explanation);
    const text = quiz?.text ?? '';
    expect(leftovers(text.replace(explanation, "explanation: 'Langkah pertama: dengarkan dulu. "))).toEqual([]);
    expect(leftovers(text.replace(explanation, "explanation: 'Langkah pertama' #"))).toHaveLength(1);
  });

  it('passes check:content with warnings listed, and fails it under --strict until the placeholders are replaced', async () => {
    const script = join(project, 'scripts/check-content.ts');
    const { stdout } = await run(process.execPath, [script, root]);
    expect(stdout).toMatch(/peringatan: teks contoh dari kerangka modul belum diganti/);
    expect(stdout).toMatch(/^4 peringatan\.$/m);
    const strict = await run(process.execPath, [script, '--strict', root]).catch((error: unknown) => error);
    expect(strict).toMatchObject({ code: 1, stdout: expect.stringMatching(/^4 masalah ditemukan\.$/m) as unknown });
  });

  it('refuses to overwrite an existing module and changes nothing', async () => {
    const index = join(root, 'modules');
    const { corpus } = checkContent(await readContentFiles(root));
    const folder = corpus.modules.find((m) => m.data.id === 'kemitraan-fkpm-di-desa')?.folder ?? '';
    await writeFile(join(index, folder, 'index.mdx'), 'edited by the trainer');
    const result = await newModule('Kemitraan & FKPM di desa').catch((error: unknown) => error);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('sudah ada') as unknown });
    expect(await readFile(join(index, folder, 'index.mdx'), 'utf8')).toBe('edited by the trainer');
  });

  it('refuses a file that already exists under another module number', () => {
    const plan = planNewModule('Patroli Dialogis', {
      moduleFolders: ['01-polmas'],
      paths: new Set(['content/quizzes/kuis-patroli-dialogis.yaml']),
    });
    expect(plan).toEqual({
      ok: false,
      message: 'Berkas content/quizzes/kuis-patroli-dialogis.yaml sudah ada. Tidak ada berkas yang diubah.',
    });
  });

  it('asks for a title', () => {
    expect(planNewModule('  ', { moduleFolders: [], paths: new Set() })).toMatchObject({ ok: false });
  });

  it('makes ids from Indonesian titles', () => {
    expect(slugify('Deteksi Dini: Peran Intelkam & Bhabinkamtibmas')).toBe(
      'deteksi-dini-peran-intelkam-bhabinkamtibmas',
    );
    expect(slugify('Pemolisian Masyarakat (Polmas) di Kawasan')).toBe('pemolisian-masyarakat-polmas-di-kawasan');
  });
});
