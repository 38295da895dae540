import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pagefindFailure, type PagefindStep } from '../lib/search/pagefind-outcome.ts';
import { inStartOrder } from '../lib/search/start-order.ts';
import { PAGEFIND_FEED, type PagefindFeed, type RenderedPage } from './pagefind-middleware.ts';

/**
 * Indexes the built site with Pagefind's Node API and writes the bundle to `dist/pagefind/`.
 * Pages reach the indexer from a build-only middleware as they render, so indexing overlaps rendering;
 * `astro:build:done` only writes the index. Unlike astro-pagefind, which only logs, any indexing error or an empty
 * index throws and fails `astro build`.
 */
export function pagefindIndex(): AstroIntegration {
  let created: Awaited<ReturnType<typeof pagefind.createIndex>> | undefined;
  const added: Promise<PagefindStep>[] = [];
  const global = globalThis as Record<symbol, PagefindFeed | undefined>;

  return {
    name: 'sinergi:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        addMiddleware({ order: 'post', entrypoint: new URL('./pagefind-middleware.ts', import.meta.url) });
      },
      'astro:build:start': async () => {
        created = await pagefind.createIndex({});
        const index = created.index;
        if (!index) return;
        global[PAGEFIND_FEED] = inStartOrder<RenderedPage>(({ sourcePath, html }) => {
          added.push(index.addHTMLFile({ sourcePath, content: html }).then(({ errors }) => ({ errors })));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        global[PAGEFIND_FEED] = undefined;
        try {
          const index = created?.index;
          if (!created || !index) {
            throw new Error(
              pagefindFailure([{ errors: created?.errors ?? [] }]) ?? 'Pagefind: createIndex gave no index',
            );
          }
          const steps = await Promise.all(added);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const pageCount = written.errors.length === 0 ? await indexedPages(site) : undefined;
          const failure = pagefindFailure([
            { errors: created.errors },
            ...steps,
            { errors: written.errors, ...(pageCount === undefined ? {} : { pageCount }) },
          ]);
          if (failure) throw new Error(failure);
          logger.info(`Pagefind: ${pageCount} halaman diindeks ke ${join(site, 'pagefind')}`);
        } finally {
          added.length = 0;
          await pagefind.close();
        }
      },
    },
  };
}

/** Pages in the written index, summed over its languages, as `pagefind-entry.json` records them. */
async function indexedPages(site: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
