import type { FunctionCard } from '../../schemas/function-card.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { isHistorical, type LegalReference, type Source } from '../../schemas/legal.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/**
 * The content the author components read, by id: built from the content collections on the site
 * (src/data/author-data.ts) and from the files being edited in the studio's preview. Both look entries up with the
 * functions below, so a component shows the same thing in both places and names the same missing id.
 */
export interface AuthorData {
  readonly references: ReadonlyMap<string, LegalReference>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly glossary: ReadonlyMap<string, GlossaryTerm>;
  readonly functions: ReadonlyMap<string, FunctionCard>;
  readonly quizzes: ReadonlyMap<string, Quiz>;
  readonly scenarios: ReadonlyMap<string, Scenario>;
}

/** The entry lists an AuthorData is built from (any list may be missing). */
export interface AuthorDataInput {
  readonly references?: readonly LegalReference[];
  readonly sources?: readonly Source[];
  readonly glossary?: readonly GlossaryTerm[];
  readonly functions?: readonly FunctionCard[];
  readonly quizzes?: readonly Quiz[];
  readonly scenarios?: readonly Scenario[];
}

const byId = <T extends { id: string }>(list: readonly T[] = []): ReadonlyMap<string, T> =>
  new Map(list.map((item) => [item.id, item]));

/** Indexes entry lists by id. */
export function buildAuthorData(input: AuthorDataInput): AuthorData {
  return {
    references: byId(input.references),
    sources: byId(input.sources),
    glossary: byId(input.glossary),
    functions: byId(input.functions),
    quizzes: byId(input.quizzes),
    scenarios: byId(input.scenarios),
  };
}

/** An entry found, or the Indonesian sentence saying which id is missing and where it should be. */
export type Lookup<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const found = <T>(value: T): Lookup<T> => ({ ok: true, value });
const missing = <T>(message: string): Lookup<T> => ({ ok: false, message });

/** What <DasarHukum> shows: the reference, its sources and its citation ("Perpol 1/2021 Pasal 1 angka 4"). */
export interface LegalCitation {
  readonly reference: LegalReference;
  readonly sources: readonly Source[];
  readonly citation: string;
  /** Repealed or replaced: cited only as history. */
  readonly historical: boolean;
}

/** The reference `<DasarHukum ref="...">` cites, with its sources. */
export function legalCitation(data: AuthorData, ref: string | undefined): Lookup<LegalCitation> {
  if (!ref) return missing('<DasarHukum> perlu ref="..." yang menyebut butir content/legal/references.yaml');
  const reference = data.references.get(ref);
  if (!reference)
    return missing(`<DasarHukum ref="${ref}">: butir "${ref}" tidak ada di content/legal/references.yaml`);
  const sources: Source[] = [];
  for (const id of reference.sources) {
    const source = data.sources.get(id);
    if (!source)
      return missing(`rujukan "${ref}" menyebut sumber "${id}" yang tidak ada di content/legal/sources.yaml`);
    sources.push(source);
  }
  const citation = [reference.short, reference.article].filter(Boolean).join(' ');
  return found({ reference, sources, citation, historical: isHistorical(reference.status) });
}

/** The source `<Sumber id="...">` cites. */
export function citedSource(data: AuthorData, id: string | undefined): Lookup<Source> {
  if (!id) return missing('<Sumber> perlu id="..." yang menyebut sumber di content/legal/sources.yaml');
  const source = data.sources.get(id);
  return source
    ? found(source)
    : missing(`<Sumber id="${id}">: sumber "${id}" tidak ada di content/legal/sources.yaml`);
}

/** The glossary term `<Term id="...">` links to. */
export function glossaryTerm(data: AuthorData, id: string | undefined): Lookup<GlossaryTerm> {
  if (!id) return missing('<Term> perlu id="..." yang menyebut istilah di content/glossary/');
  const term = data.glossary.get(id);
  return term ? found(term) : missing(`<Term id="${id}">: istilah "${id}" tidak ada di content/glossary/`);
}

/** The card `<FunctionCard id="...">` shows. */
export function functionCard(data: AuthorData, id: string | undefined): Lookup<FunctionCard> {
  if (!id) return missing('<FunctionCard> perlu id="..." yang menyebut kartu di content/functions/');
  const card = data.functions.get(id);
  return card ? found(card) : missing(`<FunctionCard id="${id}">: kartu "${id}" tidak ada di content/functions/`);
}

/** The quiz `<Quiz id="...">` places. */
export function quizOf(data: AuthorData, id: string | undefined): Lookup<Quiz> {
  if (!id) return missing('<Quiz> perlu id="..." yang menyebut kuis di content/quizzes/');
  const quiz = data.quizzes.get(id);
  return quiz ? found(quiz) : missing(`<Quiz id="${id}">: kuis "${id}" tidak ada di content/quizzes/`);
}

/** The scenario `<Scenario id="...">` places. */
export function scenarioOf(data: AuthorData, id: string | undefined): Lookup<Scenario> {
  if (!id) return missing('<Scenario> perlu id="..." yang menyebut skenario di content/scenarios/');
  const scenario = data.scenarios.get(id);
  if (scenario) return found(scenario);
  const known = [...data.scenarios.keys()].join(', ');
  return missing(
    `<Scenario id="${id}">: skenario "${id}" tidak ada di content/scenarios/ (yang ada: ${known || 'tidak ada'})`,
  );
}

/** The value of a lookup; its message as an error (the site's build stops on it). */
export function orThrow<T>(lookup: Lookup<T>): T {
  if (!lookup.ok) throw new Error(lookup.message);
  return lookup.value;
}
