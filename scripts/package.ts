// npm run package -- <course> ... | --all: builds the site once in its LMS package variant (dist-packages/.site) and
// writes, per course, dist-packages/<course>-scorm12.zip, -scorm2004.zip and -cmi5.zip: the course's pages (course
// page, modules, lessons, pre-test, final exam, certificate), the files they load, the launch page as index.html, and
// imsmanifest.xml or cmi5.xml. Prints each package's size and the weight of its first page beside the site's.
// Runs in the current folder (the project, or a temporary copy of it in the e2e tests).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { readContentFiles } from '../src/integrations/read-content.ts';
import { LMS_PACKAGE_ENV, PACKAGE_SITE_DIR } from '../src/integrations/lms-package.ts';
import { PLACEHOLDER_SITE } from '../src/integrations/site-url.ts';
import { findPageScripts, findStaticImports } from '../src/lib/build/page-scripts.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { buildCatalog, type CourseSummary } from '../src/lib/course/index.ts';
import { cmi5Xml } from '../src/lib/lms/cmi5-xml.ts';
import { scorm12Manifest, scorm2004Manifest } from '../src/lib/lms/manifest.ts';
import { assetNames, fileOfPath, rewritePage, type PackageTarget } from '../src/lib/lms/package-files.ts';
import type { PackageCourse } from '../src/lib/lms/types.ts';

const root = process.cwd();
const site = join(root, PACKAGE_SITE_DIR);
const out = join(root, 'dist-packages');
const LAUNCH = 'index.html';
const TEXT = /\.(?:html|m?js|css|json|svg|webmanifest)$/;

function usage(message: string): never {
  console.error(
    `${message}\nPemakaian: npm run package -- <id-kursus> [<id-kursus> ...]   atau   npm run package -- --all`,
  );
  process.exit(1);
}

async function loadCourses(): Promise<readonly CourseSummary[]> {
  const { corpus } = checkContent(await readContentFiles(root));
  return buildCatalog({ modules: corpus.modules, lessons: corpus.lessons, courses: corpus.courses.map((c) => c.data) })
    .courses;
}

async function buildVariant() {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  try {
    await promisify(execFile)(process.execPath, [astro, 'build'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', [LMS_PACKAGE_ENV]: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // The build's own report (content mistakes in Indonesian, with file:line:column) says what to fix.
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    console.error(
      `${stdout}${stderr}\nPembuatan situs untuk paket LMS gagal; perbaiki yang disebut di atas lalu jalankan lagi.`,
    );
    process.exit(1);
  }
}

/** The course's pages in the built site, by their path in the package (the launch page becomes index.html). */
function coursePages(course: CourseSummary): Map<string, string> {
  const pages = new Map<string, string>([[LAUNCH, `lms-start/${course.id}/index.html`]]);
  const own = [
    `kursus/${course.id}/index.html`,
    `kursus/${course.id}/ujian/index.html`,
    `kursus/${course.id}/pra-tes/index.html`,
    `sertifikat/${course.id}/index.html`,
    ...course.moduleSummaries.flatMap((m) => [
      `modul/${m.id}/index.html`,
      ...m.lessons.map((l) => `modul/${m.id}/${l.id}/index.html`),
    ]),
  ];
  for (const page of own) if (existsSync(join(site, page))) pages.set(page, page);
  return pages;
}

/** Every file of one course's package: its pages rewritten, and the assets they load (transitively). */
async function packageFiles(course: CourseSummary): Promise<Map<string, Uint8Array>> {
  const pages = coursePages(course);
  const publicSite = process.env['SITE_URL'];
  const files = new Map<string, Uint8Array>();
  const queue: string[] = [];
  // Site paths of the pages to their package paths (the site's home page is not the launch page).
  const bySource = new Map([...pages].map(([path, source]) => [source, path]));
  const resolve = (path: string): PackageTarget => {
    const file = fileOfPath(path);
    const page = bySource.get(file);
    if (page !== undefined) return { kind: 'file', path: page };
    if (!existsSync(join(site, file))) return { kind: 'unknown' };
    if (file.endsWith('.html')) return { kind: 'outside', url: publicSite ? new URL(path, publicSite).href : null };
    queue.push(file);
    return { kind: 'file', path: file };
  };
  for (const [path, source] of pages) {
    const html = await readFile(join(site, source), 'utf8');
    files.set(path, new TextEncoder().encode(rewritePage(html, path, resolve)));
  }
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (files.has(file)) continue;
    const bytes = await readFile(join(site, file));
    files.set(file, bytes);
    if (!TEXT.test(file)) continue;
    for (const name of assetNames(bytes.toString('utf8'))) {
      if (existsSync(join(site, '_astro', name))) queue.push(`_astro/${name}`);
    }
  }
  return files;
}

function describe(course: CourseSummary, version: string): PackageCourse {
  return {
    id: course.id,
    title: course.title,
    description: course.summary,
    language: 'id',
    launch: LAUNCH,
    masteryScore: course.exam ? course.exam.passMark / 100 : null,
    version,
  };
}

/** Gzip bytes of pages' HTML and the scripts it loads up front (static imports included), as `npm run size` counts JS. */
async function pageWeight(pages: readonly string[], read: (path: string) => Promise<string>): Promise<number> {
  // A script both pages load is fetched once.
  const seen = new Set<string>();
  let bytes = 0;
  for (const page of pages) bytes += await onePage(page, read, seen);
  return bytes;
}

async function onePage(page: string, read: (path: string) => Promise<string>, seen: Set<string>): Promise<number> {
  const html = await read(page);
  let bytes = gzipSync(html).length;
  const resolveFrom = (from: string, url: string) =>
    url.startsWith('/') ? url.slice(1) : new URL(url, `file:///${from}`).pathname.slice(1);
  const queue = findPageScripts(html).urls.map((url) => resolveFrom(page, url.split('?')[0] ?? url));
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await read(file);
    bytes += gzipSync(code).length;
    queue.push(
      ...findStaticImports(code)
        .filter((s) => /^[./]/.test(s))
        .map((s) => resolveFrom(file, s)),
    );
  }
  return bytes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) usage('Sebutkan kursus yang dikemas.');
  const courses = await loadCourses();
  const wanted = args.includes('--all')
    ? courses
    : args.map(
        (id) =>
          courses.find((c) => c.id === id) ??
          usage(`Kursus "${id}" tidak ada. Kursus yang ada: ${courses.map((c) => c.id).join(', ')}.`),
      );
  await rm(site, { recursive: true, force: true });
  await buildVariant();
  await mkdir(out, { recursive: true });
  const version = new Date().toISOString().slice(0, 10);
  for (const course of wanted) {
    const files = await packageFiles(course);
    const list = [...files.keys()].sort();
    const meta = describe(course, version);
    const zips: [string, string, string][] = [
      ['scorm12', 'imsmanifest.xml', scorm12Manifest(meta, list)],
      ['scorm2004', 'imsmanifest.xml', scorm2004Manifest(meta, list)],
      // The same site URL as Astro's `site`: the AU's statements name activities under it.
      ['cmi5', 'cmi5.xml', cmi5Xml(meta, process.env['SITE_URL'] ?? PLACEHOLDER_SITE)],
    ];
    for (const [kind, name, descriptor] of zips) {
      const entries: Record<string, Uint8Array> = { [name]: new TextEncoder().encode(descriptor) };
      for (const [path, bytes] of files) entries[path] = bytes;
      const zip = zipSync(entries, { level: 9 });
      const file = join(out, `${course.id}-${kind}.zip`);
      await writeFile(file, zip);
      console.log(`${file.slice(root.length + 1)}  ${files.size} berkas  ${kb(zip.length)}`);
    }
    const inPackage = (path: string) => Promise.resolve(new TextDecoder().decode(files.get(path)));
    const first = await pageWeight([LAUNCH, `kursus/${course.id}/index.html`], inPackage);
    const dist = join(root, 'dist');
    if (existsSync(join(dist, 'kursus', course.id, 'index.html'))) {
      const siteWeight = await pageWeight([`kursus/${course.id}/index.html`], (p) => readFile(join(dist, p), 'utf8'));
      const ratio = ((first / siteWeight - 1) * 100).toFixed(1);
      console.log(
        `  first page (launch page + course page, gzip HTML+JS): ${kb(first)}; site course page: ${kb(siteWeight)} (${ratio} %)`,
      );
    } else {
      console.log(
        `  first page (launch page + course page, gzip HTML+JS): ${kb(first)} (run npm run build to compare with the site)`,
      );
    }
  }
}

await main();
