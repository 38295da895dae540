import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pagefindFailure } from '../lib/search/pagefind-outcome.ts';

/**
 * Indexes the built site with Pagefind's Node API and writes the bundle to `dist/pagefind/`.
 * Unlike astro-pagefind, which only logs, any indexing error or an empty index throws and fails `astro build`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'sinergi:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({});
          const index = created.index;
          if (!index) {
            throw new Error(pagefindFailure([{ errors: created.errors }]) ?? 'Pagefind: createIndex gave no index');
          }
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const failure = pagefindFailure([
            { errors: created.errors },
            { errors: added.errors, pageCount: added.page_count },
            { errors: written.errors },
          ]);
          if (failure) throw new Error(failure);
          logger.info(`Pagefind: ${added.page_count} halaman diindeks ke ${join(site, 'pagefind')}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
