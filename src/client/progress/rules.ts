// The completion rules a page carries (ProgressData.astro), read without zod so pages that only show statuses stay light.
import type { ProgressRules } from '../../schemas/progress.ts';

/** Id of the <script type="application/json"> every page that shows or records completions carries. */
const RULES_ELEMENT_ID = 'sinergi-progress-rules';

let rulesCache: ProgressRules | undefined;

/**
 * The completion rules emitted into the page, parsed (undefined when the page has none). They are written by the
 * same build as this script, from the catalogue the content check validated, so they are taken as they are.
 */
export function readRules(): ProgressRules | undefined {
  if (rulesCache) return rulesCache;
  const text = document.getElementById(RULES_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    rulesCache = JSON.parse(text) as ProgressRules;
  } catch {
    rulesCache = undefined;
  }
  return rulesCache;
}
