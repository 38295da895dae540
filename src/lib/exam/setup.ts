import type { Course } from '../../schemas/course.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import { quizTextHtml, type QuizTextHtml } from '../quiz/text-html.ts';
import { nominalExamSize, type ExamPlan } from './draw.ts';
import { answerKeyPath } from './paths.ts';
import { examPlan } from './plan.ts';
import type { AttemptPolicy } from './policy.ts';
import { withoutKey } from './public.ts';

/** An exam bank's answer key as /kunci/<quiz>.json serves it: the full quiz and its texts as HTML. */
export interface ExamKeyFile {
  readonly quiz: Quiz;
  readonly textHtml: QuizTextHtml;
}

/** What the exam page passes to the exam island (and it to the runner). */
export interface ExamSetup {
  readonly mode: 'ujian' | 'pretest';
  /** The bank without its answer key (withoutKey), pass mark as the course sets it. */
  readonly bank: Quiz;
  /** The keyless bank's texts as HTML. */
  readonly textHtml: QuizTextHtml;
  /** Where the answer key is fetched from once the attempt is submitted. */
  readonly keyUrl: string;
  /** The answer key itself, when the page may hold it (the studio's trial mode); else it is fetched from keyUrl. */
  readonly key?: ExamKeyFile;
  /** The balanced draw (final exam); null draws the whole bank (pre-test). */
  readonly plan: ExamPlan | null;
  readonly policy: AttemptPolicy;
  readonly timeLimit?: number | undefined;
  /** The course's certificate page. */
  readonly certificateUrl: string;
  /** Questions in one attempt. */
  readonly size: number;
}

/**
 * The setup of a course's final exam (`ujian`) or pre-test from its bank: the page ships the bank without its key.
 * `modules` gives the findings of the course's modules (the exam's balanced draw). `withKey` puts the key in the setup
 * instead of its URL's fetch: only for the studio, which has the bank's file anyway.
 */
export function buildExamSetup(
  course: Course,
  mode: 'ujian' | 'pretest',
  full: Quiz,
  modules: ReadonlyMap<string, { findings: readonly number[] }>,
  withKey = false,
): ExamSetup {
  const exam = mode === 'ujian' ? course.exam : undefined;
  const plan = exam ? examPlan(course, modules) : null;
  const keyed = exam ? { ...full, passMark: exam.passMark } : full;
  const bank = withoutKey(keyed);
  return {
    mode,
    bank,
    textHtml: quizTextHtml(bank),
    keyUrl: answerKeyPath(full.id),
    ...(withKey ? { key: { quiz: keyed, textHtml: quizTextHtml(keyed) } } : {}),
    plan,
    policy: exam ? { attempts: exam.attempts, wait: exam.wait } : { attempts: 1 },
    timeLimit: exam?.timeLimit,
    certificateUrl: `/sertifikat/${course.id}/`,
    size: plan ? Math.min(nominalExamSize(plan), bank.questions.length) : bank.questions.length,
  };
}
