import type { MdxJsxAttributeUnion, MdxJsxFlowElementHast } from 'satteri';
import { ui } from '../../i18n/id.ts';

/** The author component that cites a source of content/legal/sources.yaml. */
export const CITATION_COMPONENT = 'Sumber';
/** Id of the heading of the notes at the end of a page; each note is `catatan-<n>`, each citation `rujukan-<n>-<at>`. */
export const NOTES_HEADING_ID = 'catatan-sumber';

/** Where one citation points: the number of its note and which citation of that note it is (both from 1). */
export interface CitationNumber {
  readonly n: number;
  readonly at: number;
}

/** One note at the end of a page: the source, its number and how many citations point to it. */
export interface SourceNote {
  readonly id: string;
  readonly n: number;
  readonly uses: number;
}

/** Counts the citations of one page, in document order. */
export interface CitationCounter {
  /** Records a citation of source `id` and says where it points. */
  cite(id: string): CitationNumber;
  /** The notes so far, in number order. */
  notes(): SourceNote[];
}

/**
 * Numbers citations the way footnotes are numbered: a source gets the next number the first time it is cited, and
 * every later citation of it points to the same note.
 */
export function createCitationCounter(): CitationCounter {
  const notes: { id: string; n: number; uses: number }[] = [];
  return {
    cite(id) {
      let note = notes.find((x) => x.id === id);
      if (!note) {
        note = { id, n: notes.length + 1, uses: 0 };
        notes.push(note);
      }
      note.uses += 1;
      return { n: note.n, at: note.uses };
    },
    notes: () => notes.map((note) => ({ ...note })),
  };
}

/** An MDX JSX attribute with a string value. */
export const citationAttribute = (name: string, value: number | string): MdxJsxAttributeUnion => ({
  type: 'mdxJsxAttribute',
  name,
  value: String(value),
});

/** The "Catatan sumber" section that ends a page: each cited source once, as a `<Sumber>` note. */
export function notesSection(notes: readonly SourceNote[]) {
  return {
    type: 'element' as const,
    tagName: 'section',
    properties: { className: ['catatan-sumber'], ariaLabelledBy: [NOTES_HEADING_ID], dataPagefindIgnore: 'all' },
    children: [
      {
        type: 'element' as const,
        tagName: 'h2',
        properties: { id: NOTES_HEADING_ID },
        children: [{ type: 'text' as const, value: ui.sourceNotes.heading }],
      },
      {
        type: 'element' as const,
        tagName: 'ol',
        properties: {},
        children: notes.map((note): MdxJsxFlowElementHast => ({
          type: 'mdxJsxFlowElement',
          name: CITATION_COMPONENT,
          attributes: [
            citationAttribute('id', note.id),
            citationAttribute('n', note.n),
            citationAttribute('uses', note.uses),
          ],
          children: [],
        })),
      },
    ],
  };
}
