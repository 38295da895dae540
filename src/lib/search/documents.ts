import type { FunctionCard, GlossaryTerm } from '../../schemas/index.ts';

/** One searchable record: a ref (the page anchor) and up to three fields of falling weight. */
export interface SearchDocument {
  /** Anchor id of the entry on its page. */
  readonly ref: string;
  /** The name: glossary term, or function short and full name. Weighted highest. */
  readonly title: string;
  /** Other names: glossary aliases, function keywords and unit. Weighted next. */
  readonly alias: string;
  /** The explanation: definition, or a function's core task, needs and contributions. Weighted lowest. */
  readonly body: string;
}

/** A glossary term as a search record. */
export function glossaryDocument(term: Readonly<GlossaryTerm>): SearchDocument {
  return { ref: term.id, title: term.term, alias: term.aliases.join(' · '), body: term.definition };
}

/** A technical-function card as a search record. */
export function functionDocument(card: Readonly<FunctionCard>): SearchDocument {
  return {
    ref: card.id,
    title: `${card.name} · ${card.fullName}`,
    alias: [...card.keywords, card.unit].join(' · '),
    body: [
      card.core,
      ...card.needsFromPolmas,
      ...card.givesBack,
      ...card.askBinmas.map((route) => route.text),
      ...card.binmasNeeds,
    ].join(' · '),
  };
}
