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
  // pagefindIndex last: it indexes the finished dist/ and fails the build on any indexing error.
  integrations: [contentCheck(), mdx(), react(), pagefindIndex()],
});
