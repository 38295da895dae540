import { checkComponentUsage } from './component-usage.ts';
import type { ContentCorpus, ContentFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkHonesty } from './honesty.ts';
import { checkImageAlt, checkInternalLinks } from './links-and-images.ts';
import { maskMdx, maskYamlComments } from './mask.ts';

/** A content file with what it does not publish (comments, code) blanked out; positions are unchanged. */
function masked(file: ContentFile): ContentFile {
  if (file.path.startsWith('content/')) return { path: file.path, text: maskYamlComments(file.text) };
  const fm = splitFrontmatter(file.text);
  if (!fm) return file;
  return { path: file.path, text: ['---', maskYamlComments(fm.yaml), '---', maskMdx(fm.body)].join('\n') };
}

/**
 * The authoring rules beyond the schemas, over the raw files (for exact positions) and the read corpus: internal
 * links lead to pages that exist; images have alt text; author components are used with known names and the
 * attributes they need. Then the honesty rules (honesty.ts): every "Pasal N" mention, its instrument read from its
 * context, is backed by content/legal/references.yaml, and repealed rules appear only as history.
 */
export function checkAuthoringRules(files: readonly ContentFile[], corpus: ContentCorpus): Diagnostic[] {
  const references = corpus.references.map((r) => r.data);
  const authoring = files.flatMap((file): Diagnostic[] => {
    if (file.path.startsWith('content/')) return [];
    const fm = splitFrontmatter(file.text);
    if (!fm) return [];
    const body = maskMdx(fm.body);
    return [
      ...checkComponentUsage(file.path, body, fm.bodyLineOffset),
      ...checkInternalLinks(file.path, body, fm.bodyLineOffset, corpus),
      ...checkImageAlt(file.path, body, fm.bodyLineOffset),
    ];
  });
  return [...authoring, ...checkHonesty(files.map(masked), references)];
}
