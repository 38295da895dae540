// Temporary copies of the project for full `astro build`s: the benchmarks and the build tests build there, never in
// the project itself. The build tests build the project's code over a minimal site (tests/build/fixtures/site/).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rename, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const project = fileURLToPath(new URL('../', import.meta.url));
/** Time a test gives one build: 10–20 s here, much longer on a busy machine. */
export const BUILD_TIMEOUT = 180_000;
/** The site's code and configuration: what `astro build` reads besides the course. */
const CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** What `astro build` reads. */
export const SITE = [...CODE, 'content', 'modules'];

/** The caches `astro build` leaves in a project: the content data store, pre-bundled deps, generated types. */
export const BUILD_CACHES = ['node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache', '.astro'];

/** Copies the project into a new temporary folder (the given entries only); node_modules is linked, not copied. */
export async function copyProject(prefix: string, entries: readonly string[] = SITE): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const entry of entries) await cp(join(project, entry), join(dir, entry), { recursive: true });
  // Every package linked, but not the caches (the content data store in node_modules/.astro, pre-bundled deps in
  // .vite): one link to the whole folder would mix them with the project's own, and each build would start from the
  // data store the previous one left.
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(project, 'node_modules'))) {
    if (BUILD_CACHES.includes(`node_modules/${name}`)) continue;
    await symlink(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/**
 * The project's code over a minimal course in a new temporary folder: one module with one lesson, a small quiz and
 * scenario, one course, and the few glossary terms, function card and legal reference that the authoring guide's live
 * examples cite.
 */
export async function copyFixtureSite(prefix: string): Promise<string> {
  const dir = await copyProject(prefix, CODE);
  await cp(join(project, 'tests/build/fixtures/site'), dir, { recursive: true });
  return dir;
}

/** Runs `astro build` in a copy, with extra environment variables. */
export function buildProject(root: string, env: Record<string, string> = {}) {
  return run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Moves a file or folder, if it exists, into a new folder inside `attic`, to be deleted with it later. Moved, not
 * deleted: on ext4 without a journal, creating files soon after thousands were deleted is several times slower (the
 * allocator skips inodes freed in the last 30 s), which made each benchmark run slower than the last.
 */
export async function moveAside(path: string, attic: string): Promise<void> {
  const aside = await mkdtemp(join(attic, 'old-'));
  await rename(path, join(aside, basename(path))).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
}
