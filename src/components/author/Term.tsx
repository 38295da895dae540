import type { ReactNode } from 'react';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import './term.css';

export interface TermProps {
  /** The term, found with glossaryTerm (src/lib/mdx/author-data.ts). */
  term: GlossaryTerm;
  /** The words in the text; the term itself when empty. */
  children?: ReactNode;
}

/** A word of the text linked to its glossary entry. */
export function Term({ term, children }: TermProps) {
  return (
    <a className="term" href={`/istilah/#${term.id}`}>
      {children ?? term.term}
    </a>
  );
}
