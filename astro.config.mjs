// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sinergi.example.id',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), react()],
});
