import type { MiddlewareHandler } from 'astro';

/** Where the build puts the Pagefind feed (see pagefind.ts). */
export const PAGEFIND_FEED = Symbol.for('sinergi:pagefind-feed');

/** One rendered HTML page: its path inside dist/ and its HTML. */
export interface RenderedPage {
  readonly sourcePath: string;
  readonly html: string;
}

/**
 * Called as a page starts rendering; the returned function takes the page once rendered (nothing for a page that
 * is not HTML). Pages reach Pagefind in the order they started, the build's fixed route order (`inStartOrder`).
 */
export type PagefindFeed = () => (page?: RenderedPage) => void;

/** The file a prerendered route is written to in a `build.format: 'directory'` site. */
export function sourcePathOf(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}/index.html`;
}

/**
 * Added only to `astro build`: passes every rendered HTML page to the Pagefind indexer while the next pages render,
 * so the indexer (a separate process) works on the second core instead of after the build.
 */
export const onRequest: MiddlewareHandler = async ({ url }, next) => {
  const feed = (globalThis as Record<symbol, PagefindFeed | undefined>)[PAGEFIND_FEED];
  if (!feed) return next();
  const deliver = feed();
  let page: RenderedPage | undefined;
  try {
    const response = await next();
    if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
    const html = await response.text();
    page = { sourcePath: sourcePathOf(url.pathname), html };
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    deliver(page);
  }
};
