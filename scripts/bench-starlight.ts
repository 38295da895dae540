// The Starlight side of `npm run bench:build -- <modules> --starlight`: the benchmark's generated lessons as a Starlight
// site in a temporary folder. Starlight is installed there at bench time, once per invocation, never in the project.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generatedLessons } from './bench-lessons.ts';
import { moveAside } from './temp-project.ts';

const run = promisify(execFile);
/** Starlight 0.42.4 declares `astro ^7.2.10`: the project's own Astro version builds both sites. */
const PACKAGES = { '@astrojs/starlight': '0.42.4', astro: '7.3.5' };

/**
 * A Starlight project in a new temporary folder, with its packages installed by npm and no lessons yet: Starlight's
 * defaults (sidebar generated from every page, Pagefind search), in Indonesian as Sinergi is. Its node_modules serve
 * every build of the invocation. Linked packages, as the Sinergi copies have, do not work here: Vite then loads
 * Starlight's components outside the build and `astro:` imports fail.
 */
export async function starlightProject(): Promise<string> {
  // The npm that runs this script (`npm run bench:build`), on the Node that runs it: Astro 7 needs Node 22.12+.
  const npm = process.env['npm_execpath'];
  if (npm === undefined) throw new Error('Run the benchmark through npm: npm run bench:build -- 300 --starlight');
  const dir = await mkdtemp(join(tmpdir(), 'sinergi-bench-starlight-'));
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: PACKAGES }, null, 2)}\n`,
  );
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Sinergi (Starlight)', locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } } })],
});
`,
  );
  await mkdir(join(dir, 'src'));
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  await run(process.execPath, [npm, 'install', '--no-audit', '--no-fund'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return dir;
}

/**
 * Puts the generated lessons of `modules` modules in a Starlight project, each at
 * src/content/docs/modul-<m>/pelajaran-<l>.mdx with its title and description; the lessons it held before are moved
 * into `attic`. Returns the built page of a lesson to weigh.
 */
export async function writeStarlightLessons(project: string, modules: number, attic: string): Promise<string> {
  const docs = join(project, 'src/content/docs');
  await moveAside(docs, attic);
  for (const { module, lesson, title, description, body } of generatedLessons(modules)) {
    const folder = join(docs, `modul-${String(module)}`);
    if (lesson === 1) await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, `pelajaran-${String(lesson)}.mdx`),
      `---\ntitle: ${title}\ndescription: ${description}\n---\n\n${body}`,
    );
  }
  return `modul-${String(modules)}/pelajaran-3/index.html`;
}
