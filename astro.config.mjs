// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sinergi.example.id',
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: {
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
  // pagefindIndex last: it indexes the finished dist/ and fails the build on any indexing error.
  integrations: [contentCheck(), mdx(), react(), pagefindIndex()],
});
