import type { ContentFile } from './corpus.ts';
import { checkContentFiles, type CheckOptions, type ContentCheck } from './checker.ts';
import { satteriParser } from './satteri-parser.ts';

export { isContentPath, type CheckOptions, type ContentCheck, type MdxEntry } from './checker.ts';

/**
 * Validates every content file and the references between them, compiling MDX with satteri as the site's build does.
 * The entry of `npm run check:content` and the build; the studio runs the same checker (checker.ts) in the browser.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): ContentCheck {
  return checkContentFiles(files, { ...options, parseMdx: satteriParser });
}
