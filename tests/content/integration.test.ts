import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';

const valid = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
let root = '';

/** Runs the integration's setup hook, which checks the content before Astro goes on; `done` settles when it has. */
function startSetup(command: 'build' | 'dev') {
  const hook = contentCheck().hooks['astro:config:setup'];
  if (!hook) throw new Error('hook missing');
  const logger = { warn: vi.fn(), error: vi.fn(), info: vi.fn() };
  const params = { config: { root: pathToFileURL(`${root}/`) }, command, logger, updateConfig: vi.fn() };
  return { logger, done: hook(params as unknown as Parameters<typeof hook>[0]) };
}

async function runSetup(command: 'build' | 'dev') {
  const { logger, done } = startSetup(command);
  await done;
  return logger;
}

async function validProject() {
  root = await mkdtemp(join(tmpdir(), 'sinergi-'));
  await cp(valid, root, { recursive: true });
}

async function projectWithBrokenLesson() {
  await validProject();
  await writeFile(join(root, 'modules/01-contoh/02-rusak.mdx'), '---\nid: rusak\ndescription: x\nminutes: 5\n---\n');
}

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the build-time content check', () => {
  it('stops a build on a broken lesson, naming file, line and field', async () => {
    await projectWithBrokenLesson();
    const { logger, done } = startSetup('build');
    // The report goes to the log; the error that stops the build carries no stack trace to print after it.
    await expect(done).rejects.toMatchObject({
      message: expect.stringContaining('1 masalah') as unknown,
      stack: '',
    });
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'modules/01-contoh/02-rusak.mdx:2:1  kolom "title" wajib diisi  (tambahkan baris "title: ..." di frontmatter)',
      ),
    );
  });

  it('lets the dev server keep running and logs the problem instead', async () => {
    await projectWithBrokenLesson();
    const logger = await runSetup('dev');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('kolom "title" wajib diisi'));
  });

  it('passes valid content', async () => {
    await validProject();
    const logger = await runSetup('build');
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
