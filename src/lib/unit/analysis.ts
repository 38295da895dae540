import type { RecapRow } from '../certificate/recap.ts';
import type { RegradedAttempt } from '../certificate/regrade.ts';
import type { AnswerKey } from './answer-key.ts';
import { itemStatistics, type ItemStats, type MemberAttempt } from './item-stats.ts';
import { findingMastery, masteryShares, type FindingMastery, type MasteryShare } from './mastery.ts';

/** A course as the analysis reads it: its modules and the answer keys of its pre-test and final exam. */
export interface CourseAssessment {
  readonly id: string;
  readonly title: string;
  readonly moduleIds: readonly string[];
  readonly pretest?: AnswerKey | undefined;
  readonly exam?: AnswerKey | undefined;
}

/** The pre-test attempt that counts: the member's first (before any learning), unless it was forged. */
export function pretestAttempt(row: RecapRow, quizId: string): RegradedAttempt | undefined {
  const first = row.attempts
    .filter((r) => r.attempt.quizId === quizId)
    .reduce<RegradedAttempt | undefined>(
      (a, r) => (a && a.attempt.startedAt <= r.attempt.startedAt ? a : r),
      undefined,
    );
  return first?.forged ? undefined : first;
}

/** The exam attempt that counts: the member's latest one that survives re-grading. */
export function examAttempt(row: RecapRow, quizId: string): RegradedAttempt | undefined {
  return row.attempts
    .filter((r) => r.attempt.quizId === quizId && !r.forged)
    .reduce<RegradedAttempt | undefined>(
      (a, r) => (a && a.attempt.finishedAt >= r.attempt.finishedAt ? a : r),
      undefined,
    );
}

/** An attempt with its re-graded credits, as item analysis and mastery read it. */
export function memberAttempt(regraded: RegradedAttempt): MemberAttempt {
  return {
    score: regraded.score,
    answers: regraded.attempt.answers.map((a, i) => ({
      questionId: a.questionId,
      response: a.response,
      credit: regraded.credits[i] ?? 0,
    })),
  };
}

/** One member's mastery per finding before (pre-test) and after (final exam); null where they took no such test. */
export interface MemberFindings {
  readonly row: RecapRow;
  readonly before: FindingMastery | null;
  readonly after: FindingMastery | null;
}

/** What /satuan shows for one course. */
export interface CourseAnalysis {
  readonly course: CourseAssessment;
  readonly members: readonly MemberFindings[];
  readonly before: ReadonlyMap<number, MasteryShare>;
  readonly after: ReadonlyMap<number, MasteryShare>;
  /** Item analysis of the final exam, then the pre-test (each only when its key is known). */
  readonly items: readonly { readonly key: AnswerKey; readonly stats: readonly ItemStats[] }[];
}

/** Mastery per finding and item statistics of a course over the recap's members. */
export function analyseCourse(rows: readonly RecapRow[], course: CourseAssessment): CourseAnalysis {
  const { pretest, exam } = course;
  const counted = (key: AnswerKey | undefined, pick: typeof pretestAttempt) => (row: RecapRow) => {
    const regraded = key && pick(row, key.id);
    return regraded && memberAttempt(regraded);
  };
  const pre = counted(pretest, pretestAttempt);
  const post = counted(exam, examAttempt);
  const taken = rows.map((row) => ({ row, pre: pre(row), post: post(row) }));
  const members = taken
    .filter((m) => m.pre ?? m.post)
    .map((m) => ({
      row: m.row,
      before: pretest && m.pre ? findingMastery(pretest, m.pre) : null,
      after: exam && m.post ? findingMastery(exam, m.post) : null,
    }));
  const items = (
    [
      [exam, taken.flatMap((m) => (m.post ? [m.post] : []))],
      [pretest, taken.flatMap((m) => (m.pre ? [m.pre] : []))],
    ] as const
  ).flatMap(([key, attempts]) => (key ? [{ key, stats: itemStatistics(key, attempts) }] : []));
  return {
    course,
    members,
    before: masteryShares(members.flatMap((m) => (m.before ? [m.before] : []))),
    after: masteryShares(members.flatMap((m) => (m.after ? [m.after] : []))),
    items,
  };
}
