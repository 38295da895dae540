import { recapStrings as t } from '../../i18n/recap.ts';
import type { QuizAttempt, QuizResponse } from '../../schemas/progress.ts';

/** Credit 0-1 for a response to a question of the current quiz file; undefined when the grader cannot grade it. */
export type QuestionGrader = (question: QuizKeyQuestion, response: QuizResponse) => number | undefined;

/** A question as it appears in content/quizzes/<id>.yaml (only the id is read here; the grader reads the rest). */
export interface QuizKeyQuestion {
  readonly id: string;
}

/** The current answer key of a quiz. */
export interface QuizKey {
  readonly id: string;
  readonly passMark: number;
  readonly questions: readonly QuizKeyQuestion[];
}

/** An attempt checked against the current key. */
export interface RegradedAttempt {
  readonly attempt: QuizAttempt;
  /** Score recomputed from the recorded answers (percent). */
  readonly score: number;
  /** Whether the recomputed score reaches the current pass mark and nothing was forged. */
  readonly passed: boolean;
  /** The recorded data contradicts itself or the answer key: a hand-edited result. */
  readonly forged: boolean;
  /** What does not add up, in Indonesian. */
  readonly problems: readonly string[];
  /** Credit of each answer (in the attempt's order) as re-graded, or as recorded where the key cannot grade it. */
  readonly credits: readonly number[];
}

const EPS = 1e-6;

// A bank of 45 questions is looked up for every answer of every attempt of up to 1,000 files: index it once per key.
const indexes = new WeakMap<QuizKey, ReadonlyMap<string, QuizKeyQuestion>>();
function questionsById(key: QuizKey): ReadonlyMap<string, QuizKeyQuestion> {
  let index = indexes.get(key);
  if (!index) {
    index = new Map(key.questions.map((q) => [q.id, q]));
    indexes.set(key, index);
  }
  return index;
}

/**
 * Re-grades a recorded attempt from its answers. An attempt is flagged as forged when its pass flag, its score or
 * any answer's credit disagrees with what the answers earn against the current key, or when its pass mark was
 * lowered: a "passed" typed into a file by hand is never trusted.
 */
export function regradeAttempt(attempt: QuizAttempt, key: QuizKey | undefined, grade: QuestionGrader): RegradedAttempt {
  const problems: string[] = [];
  const flags: string[] = [];
  const flag = (message: string) => {
    flags.push(message);
    problems.push(message);
  };
  const n = attempt.answers.length;
  const recordedCredit = attempt.answers.reduce((sum, a) => sum + a.credit, 0);
  const scoreFromCredits = n === 0 ? 0 : (recordedCredit / n) * 100;
  if (attempt.passed !== attempt.score >= attempt.passMark) {
    flag(t.passedMismatch(attempt.passed, attempt.score));
  }
  if (Math.abs(scoreFromCredits - attempt.score) > 1) {
    flag(t.scoreMismatch(attempt.score, Math.round(scoreFromCredits)));
  }
  if (!key) {
    problems.push(t.unknownQuiz(attempt.quizId));
    return {
      attempt,
      score: Math.round(scoreFromCredits),
      passed: false,
      forged: flags.length > 0,
      problems,
      credits: attempt.answers.map((a) => a.credit),
    };
  }
  if (attempt.passMark < key.passMark) flag(t.passMarkLowered(attempt.passMark, key.passMark));
  let earned = 0;
  const credits: number[] = [];
  const byId = questionsById(key);
  for (const answer of attempt.answers) {
    const question = byId.get(answer.questionId);
    if (!question) {
      flag(t.unknownQuestion(answer.questionId, key.id));
      credits.push(0);
      continue;
    }
    const credit = grade(question, answer.response);
    const used = credit ?? answer.credit;
    if (credit !== undefined && Math.abs(credit - answer.credit) > EPS) {
      flag(t.creditMismatch(answer.questionId, credit, answer.credit));
    }
    credits.push(used);
    earned += used;
  }
  const score = n === 0 ? 0 : Math.round((earned / n) * 100);
  const forged = flags.length > 0;
  return { attempt, score, passed: !forged && score >= key.passMark, forged, problems, credits };
}
