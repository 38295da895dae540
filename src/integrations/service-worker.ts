import type { AstroIntegration } from 'astro';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
// The functions alone: the package index also loads Babel, Rollup and Terser for generateSW.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { formatMegabytes } from '../i18n/format.ts';

/** What the service worker precaches, as written to `dist/offline.json` for the "Simpan untuk offline" offer. */
export interface OfflineFile {
  readonly files: number;
  readonly bytes: number;
  /** The download size, formatted here so the offer needs no Intl locale data on the phone ("5,1 MB"). */
  readonly size: string;
  readonly version: string;
}

/** What the build reports: the offline file and Workbox's warnings, e.g. a file too large to precache. */
export interface OfflineInfo extends OfflineFile {
  readonly warnings: readonly string[];
}

/** Bundles the Workbox configuration in `src/client/offline/sw.ts` with Vite and returns the script. */
export async function bundleServiceWorker(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      lib: { entry: join(root, 'src/client/offline/sw.ts'), formats: ['iife'], name: 'sinergiServiceWorker' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk) throw new Error('Service worker: Vite produced no script for src/client/offline/sw.ts');
  return chunk.code;
}

/** What is precached: every page and asset, the Pagefind index included. */
const EXTENSIONS =
  '{html,css,js,mjs,json,svg,png,webp,avif,jpg,woff2,ttf,otf,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}';

function precacheOptions(dist: string) {
  return {
    globDirectory: dist,
    // Pagefind and hashed assets change name when their content changes.
    dontCacheBustURLsMatching: /\/(_astro|pagefind)\/.+/,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  };
}

type SiteManifest = Awaited<ReturnType<typeof getManifest>>;

/** The precache entries of the built site without its search index, listed while Pagefind builds the index. */
function precacheSite(dist: string): Promise<SiteManifest> {
  return getManifest({
    ...precacheOptions(dist),
    globPatterns: [`**/*.${EXTENSIONS}`],
    globIgnores: ['sw.js', 'offline.json', 'pagefind/**'],
  });
}

/**
 * Writes `dist/sw.js`, the bundled script with Workbox's precache manifest (the site's entries and the Pagefind index)
 * injected, and `dist/offline.json`. Workbox's injectManifest is used instead of generateSW because generateSW runs
 * Babel and Terser over the whole manifest, which took 5 s for this site and grew with every page.
 */
async function injectPrecache(script: string, dist: string, site: SiteManifest): Promise<OfflineInfo> {
  const temporary = await mkdtemp(join(tmpdir(), 'sinergi-sw-'));
  try {
    await writeFile(join(temporary, 'sw.js'), script);
    const index = await injectManifest({
      ...precacheOptions(dist),
      swSrc: join(temporary, 'sw.js'),
      swDest: join(dist, 'sw.js'),
      globPatterns: [`pagefind/**/*.${EXTENSIONS}`],
      additionalManifestEntries: site.manifestEntries,
    });
    const bytes = site.size + index.size;
    const file: OfflineFile = {
      // The count includes the additional entries; the size only what this call read.
      files: index.count,
      bytes,
      size: formatMegabytes(bytes),
      version: new Date().toISOString(),
    };
    await writeFile(join(dist, 'offline.json'), JSON.stringify(file));
    return { ...file, warnings: [...site.warnings, ...index.warnings] };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Both steps, on a `dist/` that is already built. */
export async function buildServiceWorker(root: string, dist: string): Promise<OfflineInfo> {
  const [script, site] = await Promise.all([bundleServiceWorker(root), precacheSite(dist)]);
  return injectPrecache(script, dist, site);
}

/**
 * Builds the service worker: the script while Astro builds the site, the site's precache entries once its pages are
 * written (while Pagefind indexes them, on the core Pagefind leaves free), and the manifest last, after Pagefind, so
 * that it lists the search index too.
 */
export function serviceWorker(): AstroIntegration {
  let root = process.cwd();
  let script: Promise<string> | undefined;
  let site: Promise<SiteManifest> | undefined;
  return {
    name: 'sinergi:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        script = bundleServiceWorker(root);
        // Reported where it is awaited, in astro:build:done.
        script.catch(() => undefined);
      },
      // After the pages and optimized images; Astro writes nothing else into dist/ but what integrations add.
      'astro:build:generated': ({ dir }) => {
        site = precacheSite(fileURLToPath(dir));
        site.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const info = await injectPrecache(
          await (script ?? bundleServiceWorker(root)),
          dist,
          await (site ?? precacheSite(dist)),
        );
        for (const warning of info.warnings) logger.warn(warning);
        logger.info(
          `${String(info.files)} berkas, ${(info.bytes / 1024 / 1024).toFixed(2)} MB untuk offline (versi ${info.version})`,
        );
      },
    },
  };
}
