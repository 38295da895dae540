// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sourceNotes, tableRegions } from './src/lib/mdx/satteri-plugins.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { isPackageBuild, lmsPackage } from './src/integrations/lms-package.ts';
import { PLACEHOLDER_SITE, siteUrlCheck } from './src/integrations/site-url.ts';

export default defineConfig({
  // Where the site is served: xAPI activity ids and canonical links are built on it (README, Deploy).
  site: process.env.SITE_URL ?? PLACEHOLDER_SITE,
  trailingSlash: 'always',
  // Several pages in flight: while one is written to disk the next renders (about 15% faster at 1,800 pages).
  // inlineStylesheets: every page carries its CSS (about 2.6 KB gzip), so no stylesheet request delays its first paint.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  // Scoped styles mark elements with a class (`astro-<hash>`) rather than a `data-astro-cid-<hash>` attribute: the same
  // specificity, 2.4 MB less HTML and CSS over the 1,500-lesson benchmark (no component takes a `class` prop).
  scopedStyleStrategy: 'class',
  vite: {
    resolve: {
      // @xstate/react imports use-sync-external-store's shim, written for React before 18; React 19 has the hook, and
      // the package's own non-shim entry uses it (as the package's README advises for React 18 and later).
      alias: [
        {
          find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
          replacement: 'use-sync-external-store/with-selector',
        },
        { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'react' },
      ],
    },
    build: {
      // The largest chunk, certificate-pdf (pdf-lib and fontkit, 1.1 MB), loads only when a learner asks for a PDF.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        // Astro marks compiled MDX with a "use astro:head-inject" directive that the bundler warns about once per
        // lesson; the directive is Astro's own business, and a warning per lesson would bury every real one.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    // The studio's checker runs in a Web Worker, which has no `document`: a package whose browser build uses the DOM
    // (decode-named-character-reference, under @mdx-js/mdx) is given its plain build there.
    worker: {
      format: 'es',
      plugins: () => [
        {
          name: 'sinergi:worker-without-dom',
          enforce: 'pre',
          resolveId(id) {
            return id === 'decode-named-character-reference' ? fileURLToPath(import.meta.resolve(id)) : null;
          },
        },
      ],
    },
    // Prerendering imports every lesson's compiled MDX; as one chunk instead of one file per lesson, Node loads one
    // module instead of thousands. This cut the CPU time of the 1,500-lesson benchmark build by a third.
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'lessons', test: /[\\/]modules[\\/].*\.mdx/ }] } },
          },
        },
      },
    },
  },
  // pagefindIndex after the pages: it indexes the finished dist/ and fails the build on any indexing error.
  // serviceWorker last: it precaches everything, the Pagefind files included.
  // The LMS package variant (`npm run package`) has neither: a package is served by the LMS, with no site search and no
  // service worker; it adds the launch pages instead.
  integrations: [
    siteUrlCheck(),
    contentCheck(),
    // optimize: static MDX is compiled to HTML strings instead of one JSX call per element.
    // tableRegions: every lesson table scrolls in its own labelled region, so the page reflows at 320 px.
    // sourceNotes: each <Sumber> citation is numbered, and the page ends with the list of cited sources.
    mdx({ optimize: true, processor: satteri({ hastPlugins: [tableRegions, sourceNotes] }) }),
    // React 19 for the islands (src/components/islands/); each is hydrated with client:visible, so React loads only
    // when a quiz or scenario comes on screen.
    react(),
    ...(isPackageBuild() ? [lmsPackage()] : [pagefindIndex(), serviceWorker()]),
  ],
});
