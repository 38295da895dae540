// Build-scale benchmark: generates N modules x 5 lessons (about 600 words each) into a temporary copy of the project,
// runs the production build there, and reports build time, pages per second, dist/ size and a lesson's gzip HTML.
// Usage: npm run bench:build [-- 30 300]   (module counts; default 30 and 300). Nothing generated is committed.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildProject, copyProject, SITE } from './temp-project.ts';

const root = process.cwd();
const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const WORDS =
  'polmas kemitraan masyarakat bhabinkamtibmas desa kelurahan koordinasi fungsi teknis intelkam reskrim samapta lantas ' +
  'polairud humas propam deteksi dini pemecahan masalah forum warga tokoh agama adat pemuda kepala desa babinsa patroli ' +
  'laporan informasi sambang kunjungan penyuluhan keamanan ketertiban lingkungan partisipasi transparansi akuntabilitas';
const vocabulary = WORDS.split(' ');

function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(vocabulary[x % vocabulary.length] ?? 'polmas');
  }
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function lesson(m: number, l: number): string {
  const body = Array.from(
    { length: 6 },
    (_, p) => `## Bagian ${p + 1}\n\n${paragraph(m * 100 + l * 10 + p, 100)}\n`,
  ).join('\n');
  return `---\nid: modul-${m}-pelajaran-${l}\ntitle: Pelajaran ${l} modul ${m}\ndescription: Pelajaran uji skala.\nminutes: 6\n---\n\n${body}`;
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function run(modules: number) {
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
  for (let m = 1; m <= modules; m++) {
    const dir = join(work, 'modules', `${String(m).padStart(3, '0')}-modul-${m}`);
    await mkdir(dir, { recursive: true });
    ids.push(`modul-uji-${m}`);
    await writeFile(
      join(dir, 'index.mdx'),
      `---\nid: modul-uji-${m}\ntitle: Modul uji ${m}\nsummary: Modul untuk uji skala.\nobjectives: [Menguji skala]\ncompletion:\n  requireQuiz: false\n---\n\n${paragraph(m, 60)}\n`,
    );
    for (let l = 1; l <= 5; l++) await writeFile(join(dir, `0${l}-pelajaran-${l}.mdx`), lesson(m, l));
  }
  await writeFile(
    join(work, 'content/courses/uji.yaml'),
    `id: kursus-uji\ntitle: Kursus uji\nsummary: Uji skala.\naudience: Penguji\nmodules: [${ids.join(', ')}]\ncertificate:\n  title: Sertifikat uji\n  signatoryRole: Kasat Binmas\n`,
  );
  const started = performance.now();
  // Astro itself, as the build tests run it: the copy holds the site, not the npm scripts' helpers.
  await buildProject(work, { ASTRO_TELEMETRY_DISABLED: '1' });
  const seconds = (performance.now() - started) / 1000;
  const dist = join(work, 'dist');
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).length;
  const lessonHtml = await readFile(join(dist, `modul/modul-uji-${modules}/modul-${modules}-pelajaran-3/index.html`));
  const result = {
    modules,
    lessons: modules * 5,
    pages,
    buildSeconds: Number(seconds.toFixed(1)),
    pagesPerSecond: Number((pages / seconds).toFixed(1)),
    distMB: Number(((await dirSize(dist)) / 1024 / 1024).toFixed(1)),
    lessonHtmlGzipKB: Number((gzipSync(lessonHtml).length / 1024).toFixed(2)),
  };
  return { result, work };
}

const results = [];
const folders: string[] = [];
for (const n of counts.length > 0 ? counts : [30, 300]) {
  const { result, work } = await run(n);
  console.log(JSON.stringify(result));
  results.push(result);
  folders.push(work);
}
// Deleted only after the last build: on ext4 without a journal, creating files soon after thousands were deleted is
// several times slower (the allocator skips inodes freed in the last 30 s), which made each run slower than the last.
for (const work of folders) await rm(work, { recursive: true, force: true });
await mkdir(join(root, 'reports'), { recursive: true });
await writeFile(join(root, 'reports/bench-build.json'), `${JSON.stringify(results, null, 2)}\n`);
