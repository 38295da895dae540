// Generates dist/sw.js with Workbox from the built site: precaches every page, asset and the Pagefind index,
// and writes dist/offline.json (file count, bytes, version) so the site can say how much "Simpan untuk offline" downloads.
import { generateSW } from 'workbox-build';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = join(process.cwd(), 'dist');
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: [
    '**/*.{html,css,js,mjs,json,svg,png,webp,avif,jpg,woff2,ttf,otf,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}',
  ],
  globIgnores: ['sw.js', 'workbox-*.js', 'offline.json'],
  swDest: join(dist, 'sw.js'),
  cacheId: 'sinergi',
  cleanupOutdatedCaches: true,
  // The page asks before activating a new version ("Versi baru tersedia — muat ulang").
  skipWaiting: false,
  clientsClaim: true,
  // Pagefind and hashed assets change name when their content changes.
  dontCacheBustURLsMatching: /\/(_astro|pagefind)\/.+/,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // Pagefind asks for pagefind-entry.json?ts=<time> to dodge HTTP caches; offline, the precached copy must answer.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
  inlineWorkboxRuntime: true,
  sourcemap: false,
  runtimeCaching: [
    {
      // A page that was never precached (e.g. a typo) while offline: explain instead of the browser's error.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
    },
  ],
});
for (const warning of warnings) console.warn(`generate-sw: ${warning}`);
const version = new Date().toISOString();
await writeFile(join(dist, 'offline.json'), JSON.stringify({ files: count, bytes: size, version }));
console.log(`generate-sw: ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB precached (version ${version}).`);
