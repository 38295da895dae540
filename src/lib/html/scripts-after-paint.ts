import { scriptJson } from './script-json.ts';

// The tag Astro writes for each bundled `<script>` of a page's components.
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
// Marks the inline script that replaces them, for readers of the built page (the size report).
const MARK = 'data-after-paint';

/**
 * A page's HTML with its module script tags replaced by one inline script, written where the first of them stood,
 * that calls `loader` with their sources in document order. The HTML is returned unchanged when it has none.
 */
export function replaceModuleScripts(html: string, loader: (sources: readonly string[]) => void): string {
  const tags = [...html.matchAll(MODULE_SCRIPT)];
  const first = tags[0];
  if (!first) return html;
  const sources = tags.map((tag) => tag[1] ?? '');
  const inline = `<script ${MARK}>(${loader.toString()})(${scriptJson(sources)})</script>`;
  return html.slice(0, first.index) + inline + html.slice(first.index).replace(MODULE_SCRIPT, '');
}

/** The sources an inline script written by `replaceModuleScripts` loads, given its attributes and text; [] for others. */
export function sourcesLoadedAfterPaint(attributes: string, text: string): string[] {
  if (!attributes.includes(MARK)) return [];
  const sources = /\((\[[^\]]*\])\)$/.exec(text.trim())?.[1];
  return sources ? (JSON.parse(sources) as string[]) : [];
}
