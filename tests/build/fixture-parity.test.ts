import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildProject, copyFixtureSite, project } from '../../scripts/temp-project.ts';
import { projectFileSize, readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/diagnostic.ts';

// The checker and the build agree on the authoring fixtures (tests/content/fixtures/authoring/), with three builds of
// the minimal site instead of one per fixture:
// - fixtures the checker accepts (with warnings only) build;
// - fixtures the build rejects are rejected by the checker first: the build stops with its Indonesian report, and no
//   stack trace. Those that compile but fail later (a `{placeholder}` when the page renders, an import when Vite
//   resolves it) are built once more each without the check (taken out of a copy's astro.config.mjs) to prove the
//   build itself rejects them; those the MDX compiler rejects are compiled one by one with the site's MDX renderer in
//   tests/content/mdx-compile-parity.test.ts.

const FIXTURES = join(project, 'tests/content/fixtures/authoring');
const MODULE = 'modules/01-modul-uji';
type Result = { code?: number; stdout: string; stderr: string };

/** Places fixtures as lessons 02, 03, ... of the fixture site's module, each with its own id. */
async function placeLessons(root: string, fixtures: readonly string[]): Promise<void> {
  for (const [i, fixture] of fixtures.entries()) {
    const text = await readFile(join(FIXTURES, fixture), 'utf8');
    const id = fixture.replace(/\.mdx$/, '');
    const path = join(root, MODULE, `${String(i + 2).padStart(2, '0')}-${id}.mdx`);
    await writeFile(path, text.replace(/^id: .*$/m, `id: ${id}`));
  }
}

async function build(root: string): Promise<Result> {
  return buildProject(root).then(
    (ok) => ({ code: 0, ...ok }),
    (error: unknown) => error as Result,
  );
}

async function check(root: string) {
  return checkContent(await readContentFiles(root), { fileSize: projectFileSize(root) });
}

const ACCEPTED = ['scaffold-leftover.mdx', 'lesson-too-long.mdx'];
const REVOKED = { id: 'SNG-20261128-7K3QX9', date: '2026-12-01', reason: 'Diterbitkan keliru' };
const REJECTED = ['mdx-placeholder.mdx', 'mdx-import-missing.mdx', 'mdx-unclosed-component.mdx'];
const roots: string[] = [];
let accepted: { result: Result; report: string };
let rejected: { result: Result; report: string };
/** Fixtures that compile but stop the build later, each built without the content check. */
const LATE = ['mdx-placeholder.mdx', 'mdx-import-missing.mdx'];
const unchecked = new Map<string, Result>();

/** A copy of the fixture site with the fixtures as lessons; `withoutCheck` takes contentCheck() out of its config. */
async function site(fixtures: readonly string[], withoutCheck = false): Promise<string> {
  const root = await copyFixtureSite('sinergi-parity-');
  roots.push(root);
  await placeLessons(root, fixtures);
  if (withoutCheck) {
    const config = join(root, 'astro.config.mjs');
    const text = await readFile(config, 'utf8');
    if (!/^\s*contentCheck\(\),$/m.test(text)) throw new Error('astro.config.mjs no longer calls contentCheck()');
    await writeFile(config, text.replace(/^\s*contentCheck\(\),\n/m, ''));
  }
  return root;
}

beforeAll(async () => {
  const okRoot = await site(ACCEPTED);
  await writeFile(
    join(okRoot, 'content/revoked.yaml'),
    `- id: ${REVOKED.id}\n  date: ${REVOKED.date}\n  reason: "${REVOKED.reason}"\n`,
  );
  accepted = { report: formatReport((await check(okRoot)).diagnostics), result: await build(okRoot) };
  const badRoot = await site(REJECTED);
  rejected = { report: formatReport((await check(badRoot)).diagnostics), result: await build(badRoot) };
  for (const fixture of LATE) unchecked.set(fixture, await build(await site([fixture], true)));
}, BUILD_TIMEOUT * 4);

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

describe('fixtures the checker accepts', () => {
  it('pass the check (their warnings do not stop it) and build', () => {
    expect(accepted.report).toBe('Tidak ada masalah.');
    expect(accepted.result.code).toBe(0);
    expect(accepted.result.stdout).toContain('Complete!');
  });

  it('build with a revoked certificate, which /verifikasi then knows', async () => {
    const page = await readFile(join(roots[0] ?? '', 'dist/verifikasi/index.html'), 'utf8');
    expect(page).toContain(REVOKED.id);
    expect(page).toContain(REVOKED.reason);
  });
});

describe('fixtures the build rejects', () => {
  it.each(LATE)('%s fails the build even without the content check', (fixture) => {
    expect(unchecked.get(fixture)?.code).toBe(1);
  });

  it('are each rejected by the checker, which stops the build first with its report and no stack trace', () => {
    for (const fixture of REJECTED) {
      expect(rejected.report).toContain(fixture.replace(/\.mdx$/, ''));
    }
    const output = `${rejected.result.stdout}${rejected.result.stderr}`;
    expect(rejected.result.code).toBe(1);
    expect(output).toContain('Konten tidak valid');
    expect(output).toContain('{nama-warga} di teks dibaca sebagai kode');
    expect(output).toContain('berkas yang diimpor "./peta-desa.mdx" tidak ada');
    expect(output).toContain('komponen <Callout> dibuka tetapi tidak ditutup');
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});
