// What a course package reports to the LMS, computed from the learner's progress with the site's own rules:
// completion by the course's completion rules, success and score by the final exam's attempt policy.
import type { Progress, ProgressRules, QuizAttempt, QuizResponse } from '../../schemas/progress.ts';
import { examStatus, judgeAttempts, type AttemptPolicy } from '../exam/policy.ts';
import { courseCompletedAt } from '../progress/completion.ts';
import type { LmsInteraction, LmsReport } from './types.ts';

/** What the launch page of a package knows of its course (written into the page at build time). */
export interface LmsCourseData {
  readonly courseId: string;
  /** The course's completion rules and its modules' (rulesForCourse). */
  readonly rules: ProgressRules;
  /** The final exam: its bank, pass mark (percent) and attempt policy; null when the course has none. */
  readonly exam: { readonly quizId: string; readonly passMark: number; readonly policy: AttemptPolicy } | null;
  /** The pre-test's quiz id, or null. */
  readonly pretest: string | null;
  /** The course page, relative to the package root, where a first launch starts. */
  readonly start: string;
}

/** The exam's result: passed and its score, failed with the best allowed score, or nothing yet. */
export function examResult(
  progress: Progress,
  exam: LmsCourseData['exam'],
  now: Date,
): { passed: boolean | null; scoreScaled: number | null } {
  if (!exam) return { passed: null, scoreScaled: null };
  const attempts = progress.quizAttempts.filter((a) => a.quizId === exam.quizId);
  const status = examStatus(attempts, exam.policy, now);
  if (status.state === 'passed') return { passed: true, scoreScaled: status.attempt.score / 100 };
  const allowed = judgeAttempts(attempts, exam.policy).filter((j) => j.breach === undefined);
  if (allowed.length === 0) return { passed: null, scoreScaled: null };
  return { passed: false, scoreScaled: Math.max(...allowed.map((j) => j.attempt.score)) / 100 };
}

const list = (ids: readonly string[]) => ids.join('[,]');

/** The SCORM 2004 interaction type and learner_response of one answer (RTE 4.2.9.1 response formats). */
function describeResponse(response: QuizResponse): Pick<LmsInteraction, 'type' | 'learnerResponse'> {
  switch (response.type) {
    case 'single':
      return response.optionId === null
        ? { type: 'other', learnerResponse: '' }
        : { type: 'choice', learnerResponse: response.optionId };
    case 'multiple':
      return response.optionIds.length === 0
        ? { type: 'other', learnerResponse: '' }
        : { type: 'choice', learnerResponse: list(response.optionIds) };
    case 'truefalse':
      return response.value === null
        ? { type: 'other', learnerResponse: '' }
        : { type: 'true-false', learnerResponse: String(response.value) };
    case 'ordering':
      return { type: 'sequencing', learnerResponse: list(response.itemIds) };
    case 'matching': {
      const pairs = Object.entries(response.matches).flatMap(([left, right]) =>
        right === null ? [] : [`${left}[.]${right}`],
      );
      return pairs.length === 0
        ? { type: 'other', learnerResponse: '' }
        : { type: 'matching', learnerResponse: list(pairs) };
    }
  }
}

/** The exam items of one attempt as interactions (credit 1 correct, 0 incorrect, partial credit neutral). */
export function attemptInteractions(attempt: QuizAttempt): LmsInteraction[] {
  return attempt.answers.map((answer) => ({
    id: `${attempt.id}-${answer.questionId}`,
    ...describeResponse(answer.response),
    result: answer.credit === 1 ? 'correct' : answer.credit === 0 ? 'incorrect' : 'neutral',
    weighting: 1,
    timestamp: attempt.finishedAt,
    description: `${attempt.quizId}: ${answer.questionId}`,
  }));
}

/** The report of the learner's progress now; `reported` holds the exam attempts already sent (their items are not repeated). */
export function lmsReport(
  progress: Progress,
  course: LmsCourseData,
  place: { readonly location: string; readonly suspendData: string },
  reported: ReadonlySet<string>,
  now: Date,
): LmsReport {
  const rule = course.rules.courses.find((c) => c.id === course.courseId);
  const completed = rule !== undefined && courseCompletedAt(progress, rule, course.rules) !== undefined;
  const exam = course.exam;
  const fresh = exam ? progress.quizAttempts.filter((a) => a.quizId === exam.quizId && !reported.has(a.id)) : [];
  return {
    completed,
    ...examResult(progress, exam, now),
    location: place.location,
    suspendData: place.suspendData,
    interactions: fresh.flatMap(attemptInteractions),
  };
}
