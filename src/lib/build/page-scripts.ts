import { sourcesLoadedAfterPaint } from '../html/after-paint.ts';

/** JavaScript a built HTML page loads: external module URLs and inline script bodies. */
export interface PageScripts {
  /**
   * Module URLs loaded up front: scripts (those a lesson starts after its first paint too), module preloads, islands
   * hydrated on load or when idle.
   */
  readonly urls: string[];
  readonly inline: string[];
  /** Component and renderer URLs of islands hydrated with `client:visible`: loaded once one comes into view. */
  readonly onVisible: string[];
  /** Whether the page hydrates any island. */
  readonly hasIsland: boolean;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** Finds the scripts, module preloads and island component/renderer URLs of a built page. */
export function findPageScripts(html: string): PageScripts {
  const urls = new Set<string>();
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    if (/type="(application\/(ld\+)?json|text\/template)"/.test(attrs)) continue;
    const src = attr(attrs, 'src');
    const text = match[2] ?? '';
    if (src) urls.add(src);
    else if (text.trim()) inline.push(text);
    for (const later of sourcesLoadedAfterPaint(attrs, text)) urls.add(later);
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = attr(match[0], 'href');
    if (href) urls.add(href);
  }
  const onVisible = new Set<string>();
  let hasIsland = false;
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    hasIsland = true;
    const whenVisible = attr(match[0], 'client') === 'visible';
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(match[0], name);
      if (url) (whenVisible ? onVisible : urls).add(url);
    }
  }
  return { urls: [...urls], inline, onVisible: [...onVisible].filter((url) => !urls.has(url)), hasIsland };
}

/** Static `import ... from "x"` and `import "x"` specifiers of a JS module (dynamic imports load later). */
export function findStaticImports(js: string): string[] {
  const out = new Set<string>();
  for (const match of js.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    if (match[1]) out.add(match[1]);
  }
  for (const match of js.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) {
    if (match[1]) out.add(match[1]);
  }
  return [...out];
}

/** `import("x")` specifiers of a JS module: code loaded later, on demand. */
export function findDynamicImports(js: string): string[] {
  const out = new Set<string>();
  for (const match of js.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
    if (match[1]) out.add(match[1]);
  }
  return [...out];
}

/** `new Worker(new URL("x", import.meta.url))` scripts of a JS module: code a page starts in a Web Worker. */
export function findWorkerScripts(js: string): string[] {
  const out = new Set<string>();
  for (const match of js.matchAll(/\bnew\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["'`]([^"'`]+)["'`]/g)) {
    if (match[1]) out.add(match[1]);
  }
  return [...out];
}
