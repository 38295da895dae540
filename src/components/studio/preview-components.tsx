import { Children, createContext, createElement, useContext, type HTMLAttributes, type ReactNode } from 'react';
import { Callout } from '../author/Callout.tsx';
import { Checklist } from '../author/Checklist.tsx';
import { DasarHukum } from '../author/DasarHukum.tsx';
import { FunctionCard } from '../author/FunctionCard.tsx';
import { Objectives } from '../author/Objectives.tsx';
import { QuizBox } from '../author/QuizBox.tsx';
import { ScenarioBox } from '../author/ScenarioBox.tsx';
import '../author/scenario-box.css';
import '../../styles/quiz-box.css';
import { Sumber } from '../author/Sumber.tsx';
import { Term } from '../author/Term.tsx';
import QuizIsland from '../islands/QuizIsland.tsx';
import ScenarioIsland from '../islands/ScenarioIsland.tsx';
import { renderMarkdown } from '../../lib/html/markdown.ts';
import {
  buildAuthorData,
  citedSource,
  functionCard,
  glossaryTerm,
  legalCitation,
  quizOf,
  scenarioOf,
  type AuthorData,
  type Lookup,
} from '../../lib/mdx/author-data.ts';
import { quizTextHtml } from '../../lib/quiz/text-html.ts';
import { buildScenarioView } from '../../lib/scenario/view.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/** The entries the preview's author components look up: read from the files being edited. */
export const AuthorDataContext = createContext<AuthorData>(buildAuthorData({}));

/** A lookup that failed: its Indonesian sentence where the component would be, so the author sees what to fix. */
export function Missing({ message }: { message: string }) {
  return <mark className="studio-missing">{message}</mark>;
}

/** Renders a lookup's value, or says what is missing. */
function Found<T>({ lookup, children }: { lookup: Lookup<T>; children: (value: T) => ReactNode }) {
  return lookup.ok ? children(lookup.value) : <Missing message={lookup.message} />;
}

/** A quiz as <Quiz> places it on a page, played in the studio (the trial mode comes from StudioPreview). */
export function QuizPlay({ quiz }: { quiz: Quiz }) {
  return (
    <QuizBox id={quiz.id}>
      <QuizIsland quiz={quiz} textHtml={quizTextHtml(quiz)} />
    </QuizBox>
  );
}

/** A scenario as <Scenario> places it on a page, played in the studio. */
export function ScenarioPlay({ scenario }: { scenario: Scenario }) {
  const data = useContext(AuthorDataContext);
  const view = buildScenarioView(scenario, renderMarkdown, [...data.functions.values()]);
  return (
    <ScenarioBox scenario={scenario}>
      <ScenarioIsland view={view} />
    </ScenarioBox>
  );
}

interface Children {
  children?: ReactNode;
}

type TablePart = 'table' | 'thead' | 'tbody' | 'tfoot' | 'tr';

/**
 * A table element without the line breaks MDX keeps between its rows and cells: React renders them as text nodes,
 * which HTML does not allow there (the site's build writes HTML, where the parser drops them).
 */
const tablePart =
  (tag: TablePart) =>
  ({ children, ...props }: HTMLAttributes<HTMLElement>) =>
    createElement(
      tag,
      props,
      ...Children.toArray(children).filter((child) => typeof child !== 'string' || child.trim() !== ''),
    );

/**
 * The author components as MDX sees them in the studio: the same components as on the site (src/components/author/),
 * with their data looked up from the edited files by the same functions (src/lib/mdx/author-data.ts).
 */
export const previewComponents = {
  table: tablePart('table'),
  thead: tablePart('thead'),
  tbody: tablePart('tbody'),
  tfoot: tablePart('tfoot'),
  tr: tablePart('tr'),
  Callout,
  Checklist,
  Objectives,
  DasarHukum: ({ ref, children }: Children & { ref?: string }) => (
    <Found lookup={legalCitation(useContext(AuthorDataContext), ref)}>
      {(cited) => (children ? <DasarHukum cited={cited}>{children}</DasarHukum> : <DasarHukum cited={cited} />)}
    </Found>
  ),
  Sumber: ({ id, n, at, uses }: { id?: string; n?: string; at?: string; uses?: string }) => (
    <Found lookup={citedSource(useContext(AuthorDataContext), id)}>
      {(source) => <Sumber id={source.id} source={source} n={n} at={at} uses={uses} />}
    </Found>
  ),
  Term: ({ id, children }: Children & { id?: string }) => (
    <Found lookup={glossaryTerm(useContext(AuthorDataContext), id)}>
      {(term) => <Term term={term}>{children}</Term>}
    </Found>
  ),
  FunctionCard: ({ id }: { id?: string }) => (
    <Found lookup={functionCard(useContext(AuthorDataContext), id)}>{(card) => <FunctionCard card={card} />}</Found>
  ),
  Quiz: ({ id }: { id?: string }) => (
    <Found lookup={quizOf(useContext(AuthorDataContext), id)}>{(quiz) => <QuizPlay quiz={quiz} />}</Found>
  ),
  Scenario: ({ id }: { id?: string }) => (
    <Found lookup={scenarioOf(useContext(AuthorDataContext), id)}>
      {(scenario) => <ScenarioPlay scenario={scenario} />}
    </Found>
  ),
};

/** The components map compiled MDX receives. */
export type MdxComponents = typeof previewComponents;
