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

/**
 * Writes `dist/sw.js`: bundles the Workbox configuration in `src/client/sw.ts` with Vite, then lets Workbox inject
 * the precache manifest (every page, asset and the Pagefind index). Also writes `dist/offline.json`.
 * Workbox's injectManifest is used instead of generateSW because generateSW runs Babel and Terser over the whole
 * manifest, which took 5 s for this site and grew with every page.
 */
export async function buildServiceWorker(root: string, dist: string): Promise<OfflineInfo> {
  const bundled = await mkdtemp(join(tmpdir(), 'sinergi-sw-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: bundled,
        emptyOutDir: true,
        lib: {
          entry: join(root, 'src/client/sw.ts'),
          formats: ['iife'],
          name: 'sinergiServiceWorker',
          fileName: () => 'sw.js',
        },
      },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: join(bundled, 'sw.js'),
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
    await rm(bundled, { recursive: true, force: true });
  }
}

/** Builds the service worker after the site and its search index (so it precaches the Pagefind files too). */
export function serviceWorker(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'sinergi:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const info = await buildServiceWorker(root, fileURLToPath(dir));
        for (const warning of info.warnings) logger.warn(warning);
        logger.info(
          `${String(info.files)} berkas, ${(info.bytes / 1024 / 1024).toFixed(2)} MB untuk offline (versi ${info.version})`,
        );
      },
    },
  };
}
