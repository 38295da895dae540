// Build-scale benchmark: generates N modules x 5 lessons (about 600 words each, scripts/bench-lessons.ts) into a
// temporary copy of the project, runs the production build there, and reports build time, pages per second, dist/
// size and a lesson's gzip HTML. With --starlight the same lessons are also built as a Starlight site
// (scripts/bench-starlight.ts), alternating the two, and the report gives both medians and their ratio.
// Usage: npm run bench:build [-- 30 300] [--starlight] [--runs 3]
//   module counts default to 30 and 300; --runs defaults to 3 with --starlight, 1 without. Nothing generated is kept.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { generatedLessons, paragraph } from './bench-lessons.ts';
import { starlightProject, writeStarlightLessons } from './bench-starlight.ts';
import { BUILD_CACHES, buildProject, copyProject, moveAside, SITE } from './temp-project.ts';

/** Sinergi's build time as a share of Starlight's on the same lessons (issue #19). */
const TARGET_RATIO = 0.45;
const root = process.cwd();
const { values, positionals } = parseArgs({
  options: { starlight: { type: 'boolean', default: false }, runs: { type: 'string' } },
  allowPositionals: true,
});
const counts = positionals.map(Number).filter((n) => n > 0);
const runs = values.runs === undefined ? (values.starlight ? 3 : 1) : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number of runs, not ${values.runs}`);

/** A site generated for the benchmark: its folder and the lesson page whose HTML is weighed. */
interface BenchSite {
  work: string;
  lessonPage: string;
}

/** The project's code over the generated modules and one course of them, in a temporary copy. */
async function sinergiSite(modules: number): Promise<BenchSite> {
  // The site without its modules: the generated ones replace them.
  const work = await copyProject(
    `sinergi-bench-${String(modules)}-`,
    SITE.filter((entry) => entry !== 'modules'),
  );
  await rm(join(work, 'content/quizzes'), { recursive: true, force: true });
  await rm(join(work, 'content/scenarios'), { recursive: true, force: true });
  await rm(join(work, 'content/courses'), { recursive: true, force: true });
  await mkdir(join(work, 'content/courses'), { recursive: true });
  const ids: string[] = [];
  for (const { module: m, lesson: l, title, description, body } of generatedLessons(modules)) {
    const dir = join(work, 'modules', `${String(m).padStart(3, '0')}-modul-${m}`);
    if (l === 1) {
      await mkdir(dir, { recursive: true });
      ids.push(`modul-uji-${m}`);
      await writeFile(
        join(dir, 'index.mdx'),
        `---\nid: modul-uji-${m}\ntitle: Modul uji ${m}\nsummary: Modul untuk uji skala.\nobjectives: [Menguji skala]\ncompletion:\n  requireQuiz: false\n---\n\n${paragraph(m, 60)}\n`,
      );
    }
    await writeFile(
      join(dir, `0${l}-pelajaran-${l}.mdx`),
      `---\nid: modul-${m}-pelajaran-${l}\ntitle: ${title}\ndescription: ${description}\nminutes: 6\n---\n\n${body}`,
    );
  }
  // The field kit stays, taught by the first generated lesson instead of the real ones.
  for (const folder of ['content/kit/cards', 'content/kit/templates']) {
    for (const name of await readdir(join(work, folder))) {
      const doc = parseDocument(await readFile(join(work, folder, name), 'utf8'));
      doc.set('lessons', ['modul-1-pelajaran-1']);
      await writeFile(join(work, folder, name), doc.toString());
    }
  }
  await writeFile(
    join(work, 'content/courses/uji.yaml'),
    `id: kursus-uji\ntitle: Kursus uji\nsummary: Uji skala.\naudience: Penguji\nmodules: [${ids.join(', ')}]\ncertificate:\n  title: Sertifikat uji\n  signatoryRole: Kasat Binmas\n`,
  );
  return { work, lessonPage: `modul/modul-uji-${modules}/modul-${modules}-pelajaran-3/index.html` };
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

interface BuildFigures {
  pages: number;
  seconds: number;
  distMB: number;
  lessonHtmlGzipKB: number;
}

/**
 * One timed `astro build` of a site. Its dist/ and build caches are then moved into `attic`, so the next build of the
 * same site starts cold.
 */
async function timedBuild({ work, lessonPage }: BenchSite, attic: string): Promise<BuildFigures> {
  const started = performance.now();
  // Astro itself, as the build tests run it: the copy holds the site, not the npm scripts' helpers.
  await buildProject(work, { ASTRO_TELEMETRY_DISABLED: '1' });
  const seconds = (performance.now() - started) / 1000;
  const dist = join(work, 'dist');
  const figures = {
    pages: (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).length,
    seconds,
    distMB: (await dirSize(dist)) / 1024 / 1024,
    lessonHtmlGzipKB: gzipSync(await readFile(join(dist, lessonPage))).length / 1024,
  };
  for (const path of ['dist', ...BUILD_CACHES]) await moveAside(join(work, path), attic);
  return figures;
}

function medianSeconds(builds: readonly BuildFigures[]): number {
  const sorted = builds.map((b) => b.seconds).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** The figures of a site's builds: the median time, and the sizes of the last build (they do not vary). */
function summary(builds: readonly BuildFigures[]) {
  const last = builds.at(-1);
  if (last === undefined) throw new Error('no build');
  const seconds = medianSeconds(builds);
  return {
    pages: last.pages,
    buildSeconds: round(seconds),
    runSeconds: builds.map((b) => round(b.seconds)),
    pagesPerSecond: round(last.pages / seconds),
    distMB: round(last.distMB),
    lessonHtmlGzipKB: round(last.lessonHtmlGzipKB, 2),
  };
}

const load = () => loadavg().map((n) => round(n, 2));
const results = [];
// Every temporary folder, deleted only after the last build (see moveAside).
const attic = await mkdtemp(join(tmpdir(), 'sinergi-bench-attic-'));
const folders: string[] = [attic];
try {
  // One Starlight project for the whole invocation: installed once, given each count's lessons in turn.
  const starlightRoot = values.starlight ? await starlightProject() : undefined;
  if (starlightRoot !== undefined) folders.push(starlightRoot);
  for (const modules of counts.length > 0 ? counts : [30, 300]) {
    const sinergi = await sinergiSite(modules);
    folders.push(sinergi.work);
    const starlight =
      starlightRoot === undefined
        ? undefined
        : { work: starlightRoot, lessonPage: await writeStarlightLessons(starlightRoot, modules, attic) };
    const loadBefore = load();
    const sinergiBuilds: BuildFigures[] = [];
    const starlightBuilds: BuildFigures[] = [];
    for (let i = 0; i < runs; i++) {
      sinergiBuilds.push(await timedBuild(sinergi, attic));
      if (starlight !== undefined) starlightBuilds.push(await timedBuild(starlight, attic));
    }
    const result = { modules, lessons: modules * 5, runs, ...summary(sinergiBuilds) };
    if (starlight === undefined) {
      console.log(JSON.stringify(result));
      results.push(result);
      continue;
    }
    const other = summary(starlightBuilds);
    const ratio = round(medianSeconds(sinergiBuilds) / medianSeconds(starlightBuilds), 2);
    const compared = { ...result, starlight: other, ratio, targetRatio: TARGET_RATIO, loadBefore, loadAfter: load() };
    console.log(JSON.stringify(compared));
    console.log(
      `${modules} modules (${modules * 5} lessons), median of ${runs}: Sinergi ${result.buildSeconds} s, ` +
        `Starlight ${other.buildSeconds} s, ratio ${ratio} (target <= ${TARGET_RATIO}: ` +
        `${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}); load average ${compared.loadAfter.join(' ')} ` +
        `(before: ${loadBefore.join(' ')})`,
    );
    results.push(compared);
  }
} finally {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
}
await mkdir(join(root, 'reports'), { recursive: true });
await writeFile(join(root, 'reports/bench-build.json'), `${JSON.stringify(results, null, 2)}\n`);
