// What a module's or course's status shows: a headline, a segmented bar with its spoken value, the quiz and scenario
// steps, and one next-step button. The build renders it for a first visit and the status script fills it in later,
// both from these views, so the page keeps its shape when progress arrives.
import { formatDate } from '../../i18n/format.ts';
import { progressStatusStrings as t } from '../../i18n/progress-status.ts';
import type { CourseRule, ModuleRule, Progress, ProgressRules } from '../../schemas/progress.ts';
import type { RequirementState } from './completion.ts';
import {
  continueHref,
  courseContinueHref,
  courseStatus,
  moduleStatus,
  type ModuleStatus,
  type StatusKind,
} from './selectors.ts';

/** A bar of segments (one per lesson, or per module of a course), with what a screen reader says of it. */
export interface MeterView {
  /** Short visible label beside the bar. */
  readonly label: string;
  /** Accessible name of the progress bar; contains the visible label. */
  readonly name: string;
  readonly value: number;
  readonly max: number;
  /** Spoken value: "2 dari 4 pelajaran". */
  readonly valueText: string;
  /** Visible count beside the bar: "2/4". */
  readonly count: string;
  /** How full each segment is, in percent. */
  readonly segments: readonly number[];
}

/** The quiz or the scenarios of a module, met or not. */
export interface StepView {
  readonly kind: 'quiz' | 'scenario';
  readonly done: boolean;
  readonly text: string;
}

/** A module's or course's status: headline, bar, steps (a course has none) and the one next-step button. */
export interface StatusView {
  readonly status: StatusKind;
  readonly badge: string;
  /** Follows the badge: the percent, or the completion date. */
  readonly detail: string;
  readonly meter: MeterView;
  readonly steps: readonly StepView[];
  readonly action: { readonly href: string; readonly label: string };
}

const badge: Record<StatusKind, string> = {
  'not-started': t.notStarted,
  'in-progress': t.inProgress,
  complete: t.complete,
};

/** What modules and courses show alike: the status badge, then the percent or the completion date. */
const headline = (s: { status: StatusKind; percent: number; completedAt: string | undefined }) => ({
  status: s.status,
  badge: badge[s.status],
  detail: s.completedAt === undefined ? t.percent(s.percent) : t.completedOn(formatDate(new Date(s.completedAt))),
});

/** The words of a bar: its visible label, its accessible name and its spoken value. */
interface MeterWords {
  readonly label: string;
  readonly name: string;
  readonly valueText: (done: number, total: number) => string;
}
const lessonWords: MeterWords = { label: t.lessonsLabel, name: t.lessonsName, valueText: t.lessonsValue };
const moduleWords: MeterWords = { label: t.modulesLabel, name: t.modulesName, valueText: t.modulesValue };

function meter(words: MeterWords, segments: readonly number[]): MeterView {
  const value = segments.filter((p) => p === 100).length;
  const max = segments.length;
  return {
    label: words.label,
    name: words.name,
    value,
    max,
    valueText: words.valueText(value, max),
    count: `${value}/${max}`,
    segments,
  };
}

function moduleAction(status: ModuleStatus): string {
  if (status.status === 'not-started') return t.start;
  if (status.status === 'complete') return t.review;
  switch (status.next?.kind) {
    case 'lesson':
      return t.continueLesson;
    case 'quiz':
      return t.continueQuiz;
    case 'scenario':
      return t.continueScenario;
    case undefined:
      return t.review;
  }
}

/** The scenarios of a module as one step: "Skenario selesai", or a count when there are several. */
function scenarioStep(done: number, total: number): StepView {
  const text =
    total > 1 ? t.scenariosFinished(done, total) : done === total ? t.scenarioFinished : t.scenarioNotFinished;
  return { kind: 'scenario', done: done === total, text };
}

/** A module's status view. A completed module shows every requirement met, as its completion counts for good. */
export function moduleStatusView(progress: Progress, rule: ModuleRule): StatusView {
  const status = moduleStatus(progress, rule);
  const met = (r: RequirementState) => status.status === 'complete' || r.metAt !== undefined;
  const of = (kind: RequirementState['kind']) => status.requirements.filter((r) => r.kind === kind);
  const quizSteps = of('quiz').map((r) => ({
    kind: 'quiz' as const,
    done: met(r),
    text: met(r) ? t.quizPassed : t.quizNotPassed,
  }));
  const scenarios = of('scenario');
  return {
    ...headline(status),
    meter: meter(
      lessonWords,
      of('lesson').map((r) => (met(r) ? 100 : 0)),
    ),
    steps: [
      ...quizSteps,
      ...(scenarios.length === 0 ? [] : [scenarioStep(scenarios.filter(met).length, scenarios.length)]),
    ],
    action: { href: continueHref(status), label: moduleAction(status) },
  };
}

/** A course's status view: one bar segment per module, filled by its percent; complete, its certificate. */
export function courseStatusView(progress: Progress, rule: CourseRule, rules: ProgressRules): StatusView {
  const status = courseStatus(progress, rule, rules);
  const label = { 'not-started': t.startCourse, 'in-progress': t.continueCourse, complete: t.certificate };
  return {
    ...headline(status),
    meter: meter(
      moduleWords,
      status.modules.map((m) => m.percent),
    ),
    steps: [],
    action: { href: courseContinueHref(status), label: label[status.status] },
  };
}
