// Builds dist/sw.js from the built site: bundles the Workbox configuration in src/client/sw.ts with Vite, then lets
// Workbox inject the precache manifest (every page, asset and the Pagefind index). Writes dist/offline.json (file
// count, bytes, version) so the site can say how much "Simpan untuk offline" downloads.
// Workbox's injectManifest is used instead of generateSW because generateSW runs Babel and Terser over the whole
// manifest, which took 5 s for this site and grew with every page.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
// The function alone: the package index also loads Babel, Rollup and Terser for generateSW.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';

const root = process.cwd();
const dist = join(root, 'dist');
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
  for (const warning of warnings) console.warn(`generate-sw: ${warning}`);
  const version = new Date().toISOString();
  await writeFile(join(dist, 'offline.json'), JSON.stringify({ files: count, bytes: size, version }));
  console.log(`generate-sw: ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB precached (version ${version}).`);
} finally {
  await rm(bundled, { recursive: true, force: true });
}
