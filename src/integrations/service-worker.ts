import type { AstroIntegration } from 'astro';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
// The function alone: the package index also loads Babel, Rollup and Terser for generateSW.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';

/** What the service worker precaches, as written to `dist/offline.json` for the "Simpan untuk offline" offer. */
export interface OfflineInfo {
  readonly files: number;
  readonly bytes: number;
  readonly version: string;
  /** Workbox's warnings, e.g. a file too large to precache. */
  readonly warnings: readonly string[];
}

/** Bundles the Workbox configuration in `src/client/sw.ts` with Vite and returns the script. */
export async function bundleServiceWorker(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      lib: { entry: join(root, 'src/client/sw.ts'), formats: ['iife'], name: 'sinergiServiceWorker' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk) throw new Error('Service worker: Vite produced no script for src/client/sw.ts');
  return chunk.code;
}

/**
 * Writes `dist/sw.js`, the bundled script with Workbox's precache manifest (every page, asset and the Pagefind
 * index) injected, and `dist/offline.json`. Workbox's injectManifest is used instead of generateSW because
 * generateSW runs Babel and Terser over the whole manifest, which took 5 s for this site and grew with every page.
 */
export async function injectPrecache(script: string, dist: string): Promise<OfflineInfo> {
  const temporary = await mkdtemp(join(tmpdir(), 'sinergi-sw-'));
  try {
    await writeFile(join(temporary, 'sw.js'), script);
    const { count, size, warnings } = await injectManifest({
      swSrc: join(temporary, 'sw.js'),
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: [
        '**/*.{html,css,js,mjs,json,svg,png,webp,avif,jpg,woff2,ttf,otf,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}',
      ],
      globIgnores: ['sw.js', 'offline.json'],
      // Pagefind and hashed assets change name when their content changes.
      dontCacheBustURLsMatching: /\/(_astro|pagefind)\/.+/,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    });
    const info: OfflineInfo = { files: count, bytes: size, version: new Date().toISOString(), warnings };
    await writeFile(join(dist, 'offline.json'), JSON.stringify({ files: count, bytes: size, version: info.version }));
    return info;
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Both steps, on a `dist/` that is already built. */
export async function buildServiceWorker(root: string, dist: string): Promise<OfflineInfo> {
  return injectPrecache(await bundleServiceWorker(root), dist);
}

/**
 * Builds the service worker: the script while Astro builds the site, the precache list last, after Pagefind, so that
 * it lists the search index too.
 */
export function serviceWorker(): AstroIntegration {
  let root = process.cwd();
  let script: Promise<string> | undefined;
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
      'astro:build:done': async ({ dir, logger }) => {
        const info = await injectPrecache(await (script ?? bundleServiceWorker(root)), fileURLToPath(dir));
        for (const warning of info.warnings) logger.warn(warning);
        logger.info(
          `${String(info.files)} berkas, ${(info.bytes / 1024 / 1024).toFixed(2)} MB untuk offline (versi ${info.version})`,
        );
      },
    },
  };
}
