import type { QuizAttempt } from '../../schemas/progress.ts';
import { judgeAttempts } from '../exam/policy.ts';
import { toWibDate } from './dates.ts';
import type { RegradedAttempt } from './regrade.ts';

/** What a module requires, as far as certificates are concerned. */
export interface ModuleRule {
  readonly id: string;
  readonly title: string;
  /** The module's quiz id, if it has one. */
  readonly quiz?: string | undefined;
  /** Whether passing the quiz is part of completing the module. */
  readonly requireQuiz: boolean;
}

/** The progress fields certificates read (a subset of Progress, src/schemas/progress.ts). */
export interface ProgressView {
  readonly quizAttempts: readonly QuizAttempt[];
  readonly completions: { readonly modules: Readonly<Record<string, { readonly completedAt: string }>> };
}

/** Status of one module for one learner. */
export type ModuleState = 'selesai' | 'belum' | 'diragukan';

/** A module's result, as a certificate and the unit recap show it. */
export interface ModuleResult {
  readonly moduleId: string;
  readonly state: ModuleState;
  /** Completion date (YYYY-MM-DD, WIB) when the module is complete. */
  readonly completedOn: string | null;
  /** Best score of the module's quiz (percent), or null when it has none or none counts. */
  readonly score: number | null;
  /** Attempts of the module's quiz that were flagged as forged. */
  readonly forgedAttempts: number;
}

/** How a recorded attempt is judged: re-graded on /satuan, taken as recorded on the learner's own device. */
export type AttemptJudge = (attempt: QuizAttempt) => Pick<RegradedAttempt, 'score' | 'passed' | 'forged'>;

/** Trusts the learner's own records (the learner's device, where the quiz itself recorded them). */
export const trustRecorded: AttemptJudge = (attempt) => ({
  score: attempt.score,
  passed: attempt.passed,
  forged: false,
});

/**
 * Each module's state: "selesai" when completed (and, if the quiz is required, a pass survives re-grading),
 * "diragukan" when a completion is claimed but the required pass does not hold, "belum" otherwise.
 */
export function moduleResults(
  progress: ProgressView,
  modules: readonly ModuleRule[],
  judge: AttemptJudge,
): ModuleResult[] {
  return modules.map((mod) => {
    const completedAt = progress.completions.modules[mod.id]?.completedAt;
    const judged = mod.quiz ? progress.quizAttempts.filter((a) => a.quizId === mod.quiz).map(judge) : [];
    const counted = judged.filter((j) => !j.forged);
    const passed = counted.filter((j) => j.passed);
    const best = (list: typeof judged) => (list.length ? Math.max(...list.map((j) => j.score)) : null);
    const score = best(passed) ?? best(counted);
    const forgedAttempts = judged.length - counted.length;
    const state: ModuleState =
      completedAt === undefined
        ? 'belum'
        : mod.quiz && mod.requireQuiz && passed.length === 0
          ? 'diragukan'
          : 'selesai';
    return {
      moduleId: mod.id,
      state,
      completedOn: state === 'selesai' && completedAt !== undefined ? toWibDate(completedAt) : null,
      score,
      forgedAttempts,
    };
  });
}

/** A course's final exam, as certificates need it: its bank (quiz id) and attempt policy. */
export interface ExamRule {
  readonly bank: string;
  readonly attempts: number;
  readonly wait?: number | undefined;
}

/** The final exam's result for one learner. */
export interface ExamOutcome {
  /** The first pass the attempt policy allowed and the judge kept (score in percent, date YYYY-MM-DD WIB). */
  readonly pass: { readonly score: number; readonly on: string } | null;
  /** Attempts taken beyond the limit or before the waiting time ended. */
  readonly breaches: readonly { readonly attempt: QuizAttempt; readonly breach: 'beyond-limit' | 'too-early' }[];
  /** Attempts the judge flagged as forged. */
  readonly forgedAttempts: number;
}

/**
 * The exam result: every attempt of the bank, in the order taken, is checked against the attempt policy; only an
 * allowed attempt that the judge does not flag can pass, so a pass forged in a file or taken too early never counts.
 */
export function examOutcome(progress: ProgressView, exam: ExamRule, judge: AttemptJudge): ExamOutcome {
  const judged = judgeAttempts(
    progress.quizAttempts.filter((a) => a.quizId === exam.bank),
    exam,
  );
  let pass: ExamOutcome['pass'] = null;
  let forgedAttempts = 0;
  const breaches: { attempt: QuizAttempt; breach: 'beyond-limit' | 'too-early' }[] = [];
  for (const { attempt, breach } of judged) {
    const verdict = judge(attempt);
    if (verdict.forged) forgedAttempts++;
    if (breach) breaches.push({ attempt, breach });
    else if (!verdict.forged && verdict.passed && pass === null) {
      pass = { score: verdict.score, on: toWibDate(attempt.finishedAt) };
    }
  }
  return { pass, breaches, forgedAttempts };
}
