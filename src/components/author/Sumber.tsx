import { ui } from '../../i18n/id.ts';
import type { Source } from '../../schemas/legal.ts';
import './sumber.css';

export interface SumberProps {
  /** Id of a source in content/legal/sources.yaml, e.g. "S10". */
  id: string;
  /** The source, found with citedSource (src/lib/mdx/author-data.ts). */
  source: Source;
  /** Number of the source's note; set by the MDX pipeline (src/lib/mdx/source-notes.ts), never written by authors. */
  n?: string;
  /** Which citation of that note this is (1, 2, ...); set by the MDX pipeline. */
  at?: string;
  /** On the note itself: how many citations point to it; set by the MDX pipeline. */
  uses?: string;
}

/**
 * A citation of the source register. In the text it is a numbered link to its note; the notes at the end of the page
 * are the same component with `uses` (both numbered by src/lib/mdx/source-notes.ts).
 */
export function Sumber({ id, source, n, at, uses }: SumberProps) {
  if (!n) throw new Error(`<Sumber id="${id}">: not numbered; the sourceNotes MDX plugin must run (astro.config.mjs)`);
  if (uses === undefined) {
    return (
      <sup className="sumber">
        <a id={`rujukan-${n}-${at ?? '1'}`} href={`#catatan-${n}`}>
          <span className="visually-hidden">{`${ui.sourceNotes.marker} `}</span>
          {n}
        </a>
      </sup>
    );
  }
  const count = Number(uses);
  return (
    <li id={`catatan-${n}`} className="catatan">
      {source.url ? (
        <a href={source.url} rel="noopener">
          {source.title}
        </a>
      ) : (
        source.title
      )}{' '}
      {Array.from({ length: count }, (_, i) => (
        <a key={i} className="kembali" href={`#rujukan-${n}-${String(i + 1)}`}>
          <span aria-hidden="true">{count > 1 ? `↩${String(i + 1)}` : '↩'}</span>
          <span className="visually-hidden">{ui.sourceNotes.back(Number(n), i + 1, count)}</span>
        </a>
      ))}
    </li>
  );
}
