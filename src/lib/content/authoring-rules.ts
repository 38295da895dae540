import { checkComponentUsage } from './component-usage.ts';
import type { ContentCorpus, ContentFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkHonesty } from './honesty.ts';
import {
  findUncitedLegalMentions,
  UNLISTED_ARTICLE_HINT,
  type CitableReference,
  type LegalMention,
} from './legal-mentions.ts';
import { checkImageAlt, checkInternalLinks } from './links-and-images.ts';
import { maskMdx, maskYamlComments } from './mask.ts';

function uncited(file: string, text: string, references: readonly CitableReference[], lineOffset = 0): Diagnostic[] {
  return findUncitedLegalMentions(text, references).map((m: LegalMention) => ({
    file,
    line: m.line + lineOffset,
    column: m.column,
    message: `"${m.instrument ? `${m.instrument} ${m.text}` : m.text}" tidak ada di content/legal/references.yaml`,
    hint: m.instrument
      ? UNLISTED_ARTICLE_HINT
      : 'sebutkan peraturannya (misalnya "Pasal 3 Perpol 1/2021") dan pastikan pasal itu ada di references.yaml',
  }));
}

/** A content file with what it does not publish (comments, code) blanked out; positions are unchanged. */
function masked(file: ContentFile): ContentFile {
  if (file.path.startsWith('content/')) return { path: file.path, text: maskYamlComments(file.text) };
  const fm = splitFrontmatter(file.text);
  if (!fm) return file;
  return { path: file.path, text: ['---', maskYamlComments(fm.yaml), '---', maskMdx(fm.body)].join('\n') };
}

/**
 * The authoring rules beyond the schemas, over the raw files (for exact positions) and the read corpus: every
 * "Pasal N" mention is backed by content/legal/references.yaml; internal links lead to pages that exist; images
 * have alt text; author components are used with known names and the attributes they need. Then the honesty rules
 * (honesty.ts), which read a Pasal's instrument from its context and allow repealed rules only as history; a Pasal
 * both checks reject is reported once.
 */
export function checkAuthoringRules(files: readonly ContentFile[], corpus: ContentCorpus): Diagnostic[] {
  const references = corpus.references.map((r) => r.data);
  const authoring = files.flatMap((file): Diagnostic[] => {
    if (file.path.startsWith('content/')) {
      return file.path.startsWith('content/legal/') ? [] : uncited(file.path, maskYamlComments(file.text), references);
    }
    const fm = splitFrontmatter(file.text);
    if (!fm) return [];
    const body = maskMdx(fm.body);
    return [
      ...uncited(file.path, maskYamlComments(fm.yaml), references, fm.lineOffset),
      ...uncited(file.path, body, references, fm.bodyLineOffset),
      ...checkComponentUsage(file.path, body, fm.bodyLineOffset),
      ...checkInternalLinks(file.path, body, fm.bodyLineOffset, corpus),
      ...checkImageAlt(file.path, body, fm.bodyLineOffset),
    ];
  });
  const reported = new Set(authoring.map((d) => `${d.file}:${d.line}:${d.column}`));
  const honesty = checkHonesty(files.map(masked), references).filter(
    (d) => !reported.has(`${d.file}:${d.line}:${d.column}`),
  );
  return [...authoring, ...honesty];
}
