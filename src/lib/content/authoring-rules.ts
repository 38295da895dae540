import { checkComponentUsage } from './component-usage.ts';
import type { ContentCorpus, ContentFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { findUncitedLegalMentions, type CitableReference, type LegalMention } from './legal-mentions.ts';
import { checkImageAlt, checkInternalLinks } from './links-and-images.ts';
import { maskMdx, maskYamlComments } from './mask.ts';

function uncited(file: string, text: string, references: readonly CitableReference[], lineOffset = 0): Diagnostic[] {
  return findUncitedLegalMentions(text, references).map((m: LegalMention) => ({
    file,
    line: m.line + lineOffset,
    column: m.column,
    message: `"${m.instrument ? `${m.instrument} ${m.text}` : m.text}" tidak ada di content/legal/references.yaml`,
    hint: m.instrument
      ? 'jangan menulis nomor pasal yang belum diverifikasi: tambahkan butirnya ke references.yaml bersama sumbernya, atau hapus nomor pasal itu'
      : 'sebutkan peraturannya (misalnya "Pasal 3 Perpol 1/2021") dan pastikan pasal itu ada di references.yaml',
  }));
}

/**
 * The authoring rules beyond the schemas, over the raw files (for exact positions) and the read corpus: every
 * "Pasal N" mention is backed by content/legal/references.yaml; internal links lead to pages that exist; images
 * have alt text; author components are used with known names and the attributes they need.
 */
export function checkAuthoringRules(files: readonly ContentFile[], corpus: ContentCorpus): Diagnostic[] {
  const references = corpus.references.map((r) => r.data);
  return files.flatMap((file): Diagnostic[] => {
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
}
