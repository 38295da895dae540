import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/diagnostic.ts';
import { readContentFiles } from './read-content.ts';

/**
 * Checks every content file before Astro loads it, with the same validator as `npm run check:content`.
 * A build stops on the first report; the dev server logs it and keeps serving so authors can fix and preview.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sinergi:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { diagnostics } = checkContent(await readContentFiles(root));
        if (diagnostics.length === 0) return;
        const report = formatReport(diagnostics);
        if (command === 'build') {
          throw new Error(`Konten tidak valid:\n${report}\nPerbaiki berkas di atas lalu jalankan lagi.`);
        }
        logger.warn(`Konten tidak valid:\n${report}`);
      },
    },
  };
}
