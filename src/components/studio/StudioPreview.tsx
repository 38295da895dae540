import { Component, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { evaluateMdx, type MdxContent } from '../../client/studio/evaluate-mdx.ts';
import { previewUi as s } from '../../i18n/studio-preview.ts';
import { readCorpus } from '../../lib/content/checker.ts';
import type { ContentCorpus } from '../../lib/content/corpus.ts';
import type { Diagnostic } from '../../lib/content/diagnostic.ts';
import { explainCompileError } from '../../lib/content/mdx-compile.ts';
import { buildExamSetup } from '../../lib/exam/setup.ts';
import { buildAuthorData, quizOf, type AuthorData } from '../../lib/mdx/author-data.ts';
import type { Lesson } from '../../schemas/lesson.ts';
import type { Module } from '../../schemas/module.ts';
import { ScenarioMap } from '../author/ScenarioMap.tsx';
import ExamIsland from '../islands/ExamIsland.tsx';
import { TrialMode } from '../islands/trial-mode.ts';
import { ExamFrame } from '../site/ExamFrame.tsx';
import { AuthorDataContext, Missing, previewComponents, QuizPlay, ScenarioPlay } from './preview-components.tsx';
import './studio-preview.css';

/** How long typing must pause before the preview follows (ms). */
export const PREVIEW_DEBOUNCE_MS = 300;

export interface StudioPreviewProps {
  /** Every file of the course folder being edited, by project-relative path, with its current text. */
  files: ReadonlyMap<string, string>;
  /** The file being edited: what the preview shows. */
  path: string;
}

/** The edited files read into entries, with what is wrong in each. */
interface Library {
  readonly corpus: ContentCorpus;
  readonly data: AuthorData;
  readonly diagnostics: readonly Diagnostic[];
}

function readLibrary(files: ReadonlyMap<string, string>): Library {
  const { corpus, diagnostics } = readCorpus([...files].map(([path, text]) => ({ path, text })));
  const data = buildAuthorData({
    references: corpus.references.map((e) => e.data),
    sources: corpus.sources.map((e) => e.data),
    glossary: corpus.glossary.map((e) => e.data),
    functions: corpus.functions.map((e) => e.data),
    quizzes: corpus.quizzes.map((e) => e.data),
    scenarios: corpus.scenarios.map((e) => e.data),
  });
  return { corpus, data, diagnostics };
}

/** The value after it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms]);
  return settled;
}

/** The last defined value seen for `key` (the last good render of a file while its text does not parse). */
function useLastGood<T>(value: T | undefined, key: string): T | undefined {
  const last = useRef<{ key: string; value: T } | null>(null);
  if (value !== undefined) last.current = { key, value };
  return last.current?.key === key ? last.current.value : undefined;
}

/** What is wrong in the file, at its line and column, above the last good render (or alone when there is none). */
function Problems({ errors, hasLast }: { errors: readonly Diagnostic[]; hasLast: boolean }) {
  return (
    <div className="studio-problems" role="alert">
      {errors.length > 0 && (
        <>
          <p>{hasLast ? s.errorsHeading : s.errorsNoLast}</p>
          <ul>
            {errors.map((d) => (
              <li key={`${String(d.line)}:${String(d.column)}:${d.message}`}>
                {`${s.at(d.line, d.column)}: ${d.message} (${d.hint})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Catches a component that fails while rendering, and says so in Indonesian instead of blanking the pane. */
class RenderGuard extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    return error ? <p className="studio-problems">{s.renderFailed(error.message)}</p> : this.props.children;
  }
}

/** Compiles the MDX text; keeps the last content that compiled, with the compiler's error in Indonesian. */
function useMdx(text: string, path: string): { content: MdxContent | undefined; error: Diagnostic | null } {
  const [state, setState] = useState<{ path: string; content?: MdxContent; error: Diagnostic | null }>({
    path,
    error: null,
  });
  useEffect(() => {
    let live = true;
    evaluateMdx(text, path).then(
      (content) => {
        if (live) setState({ path, content, error: null });
      },
      (error: unknown) => {
        if (live)
          setState((prev) => ({
            ...(prev.path === path ? prev : { path }),
            error: explainCompileError(path, text, error),
          }));
      },
    );
    return () => {
      live = false;
    };
  }, [text, path]);
  return state.path === path ? { content: state.content, error: state.error } : { content: undefined, error: null };
}

/** A lesson or module page as the learner sees its article: heading, then the MDX with the author components. */
function MdxPreview({ path, text, library }: { path: string; text: string; library: Library }) {
  const { content: Content, error } = useMdx(text, path);
  const entry: Lesson | Module | undefined = [...library.corpus.lessons, ...library.corpus.modules].find(
    (e) => e.file === path,
  )?.data;
  const header = useLastGood(entry, path);
  const errors = [...(error ? [error] : []), ...library.diagnostics.filter((d) => d.file === path)];
  return (
    <>
      <Problems errors={errors} hasLast={Content !== undefined} />
      <article className="prose lesson studio-article">
        {header && <h1>{header.title}</h1>}
        {header && 'description' in header && <p className="description">{header.description}</p>}
        {header && 'summary' in header && <p className="summary">{header.summary}</p>}
        {Content && (
          <RenderGuard key={text}>
            <Content components={previewComponents} />
          </RenderGuard>
        )}
      </article>
    </>
  );
}

/** Finds the entry a YAML file holds, keeping the last good one while the file does not validate. */
function useEntry<T>(list: readonly { file: string; data: T }[], path: string): T | undefined {
  return useLastGood(list.find((e) => e.file === path)?.data, path);
}

function QuizPreview({ path, library }: { path: string; library: Library }) {
  const quiz = useEntry(library.corpus.quizzes, path);
  const errors = library.diagnostics.filter((d) => d.file === path);
  return (
    <>
      <Problems errors={errors} hasLast={quiz !== undefined} />
      {/* A new game when the quiz changes: the machine reads its questions once. */}
      {quiz && <QuizPlay key={JSON.stringify(quiz)} quiz={quiz} />}
    </>
  );
}

function ScenarioPreview({ path, library }: { path: string; library: Library }) {
  const scenario = useEntry(library.corpus.scenarios, path);
  const errors = library.diagnostics.filter((d) => d.file === path);
  return (
    <>
      <Problems errors={errors} hasLast={scenario !== undefined} />
      {scenario && (
        <>
          <section className="studio-map" aria-labelledby="studio-peta">
            <h2 id="studio-peta">{s.mapHeading}</h2>
            <ScenarioMap scenario={scenario} />
          </section>
          <ScenarioPlay key={JSON.stringify(scenario)} scenario={scenario} />
        </>
      )}
    </>
  );
}

/** A course's final exam, played with the exam island; the key comes from the bank's file, not from /kunci/. */
function CoursePreview({ path, library }: { path: string; library: Library }) {
  const course = useEntry(library.corpus.courses, path);
  const errors = library.diagnostics.filter((d) => d.file === path);
  let exam: ReactNode = null;
  if (course && !course.exam) exam = <p>{s.noExam}</p>;
  else if (course?.exam) {
    const bank = quizOf(library.data, course.exam.bank);
    const modules = new Map(library.corpus.modules.map((m) => [m.data.id, m.data]));
    if (!bank.ok) exam = <Missing message={bank.message} />;
    else {
      const setup = buildExamSetup(course, 'ujian', bank.value, modules, true);
      exam = (
        <ExamFrame key={JSON.stringify(setup)} title={bank.value.title} setup={setup} exam={course.exam}>
          <ExamIsland setup={setup} />
        </ExamFrame>
      );
    }
  }
  return (
    <>
      <Problems errors={errors} hasLast={course !== undefined} />
      {exam}
    </>
  );
}

/**
 * The studio's preview pane: the file being edited as the learner will see it, from the files as they are in the
 * editor. A lesson or module page renders its MDX with the site's author components; a quiz or scenario plays with
 * the site's islands in trial mode (nothing read from or written to progress), a scenario with its trainer map, a
 * course its final exam. It
 * follows the text once typing pauses; while the file has a mistake it says what and where, in Indonesian, above the
 * last version that could be shown.
 */
export function StudioPreview({ files, path }: StudioPreviewProps) {
  const settled = useDebounced(
    useMemo(() => ({ files, path }), [files, path]),
    PREVIEW_DEBOUNCE_MS,
  );
  const library = useMemo(() => readLibrary(settled.files), [settled.files]);
  const current = settled.path;
  const text = settled.files.get(current);
  let body: ReactNode;
  if (text === undefined) body = <p>{s.nothing}</p>;
  else if (current.startsWith('modules/') && current.endsWith('.mdx')) {
    body = <MdxPreview path={current} text={text} library={library} />;
  } else if (current.startsWith('content/quizzes/')) body = <QuizPreview path={current} library={library} />;
  else if (current.startsWith('content/scenarios/')) body = <ScenarioPreview path={current} library={library} />;
  else if (current.startsWith('content/courses/')) body = <CoursePreview path={current} library={library} />;
  else body = <p>{s.nothing}</p>;
  return (
    <TrialMode.Provider value={true}>
      <AuthorDataContext.Provider value={library.data}>
        <div className="studio-preview">
          <p className="studio-trial-note">{s.trialNote}</p>
          {body}
        </div>
      </AuthorDataContext.Provider>
    </TrialMode.Provider>
  );
}

// The studio page (Studio.tsx) imports the pane as its default export.
export default StudioPreview;
