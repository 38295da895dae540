import { scriptJson } from './script-json.ts';

/** What a page fetches only once its text has painted: the argument of the loader the inline script calls. */
export interface AfterPaint {
  /** Module script sources, in document order. */
  readonly scripts: readonly string[];
  /** The web app manifest's URL, when the page links one. */
  readonly manifest?: string;
}

// The tag Astro writes for each bundled `<script>` of a page's components.
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
// The web app manifest link of src/layouts/BaseLayout.astro, as Astro writes it.
const MANIFEST_LINK = /<link rel="manifest" href="([^"]+)">/;
// Marks the inline script that replaces them, for readers of the built page (the size report).
const MARK = 'data-after-paint';
// Where the loader's source ends and its argument begins in that script's text.
const ARGUMENT = ')({"scripts":';

/**
 * A page's HTML with its module script tags and its web app manifest link replaced by one inline script, written where
 * the first script tag stood, that calls `loader` with their URLs (the scripts in document order). The HTML is
 * returned unchanged when it has no module script.
 */
export function deferToFirstPaint(html: string, loader: (after: AfterPaint) => void): string {
  const tags = [...html.matchAll(MODULE_SCRIPT)];
  const first = tags[0];
  if (!first) return html;
  const manifest = MANIFEST_LINK.exec(html);
  const after: AfterPaint = {
    scripts: tags.map((tag) => tag[1] ?? ''),
    ...(manifest?.[1] ? { manifest: manifest[1] } : {}),
  };
  const inline = `<script ${MARK}>(${loader.toString()})(${scriptJson(after)})</script>`;
  const page = html.slice(0, first.index) + inline + html.slice(first.index).replace(MODULE_SCRIPT, '');
  return manifest ? page.replace(manifest[0], '') : page;
}

/** The scripts an inline script written by `deferToFirstPaint` loads, given its attributes and text; [] for others. */
export function sourcesLoadedAfterPaint(attributes: string, text: string): string[] {
  if (!attributes.includes(MARK)) return [];
  const body = text.trim();
  const at = body.indexOf(ARGUMENT);
  return at < 0 ? [] : [...(JSON.parse(body.slice(at + 2, -1)) as AfterPaint).scripts];
}
