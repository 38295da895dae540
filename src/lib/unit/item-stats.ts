import type { QuizResponse } from '../../schemas/progress.ts';
import type { AnswerKey, KeyQuestion } from './answer-key.ts';

/** One member's attempt at a quiz, as item analysis reads it: the total score and each answer's credit. */
export interface MemberAttempt {
  /** Score of the attempt (percent), which ranks members for the discrimination index. */
  readonly score: number;
  readonly answers: readonly {
    readonly questionId: string;
    readonly response: QuizResponse;
    readonly credit: number;
  }[];
}

/** How often one option (or, for true/false, one value) was chosen. */
export interface OptionCount {
  readonly id: string;
  readonly correct: boolean;
  readonly count: number;
  /** count / answers, 0-1. */
  readonly share: number;
}

/** Why an item should be reviewed. */
export type ItemFlag = 'easy' | 'low' | 'negative';

/** Statistics of one item, as Moodle's quiz statistics report gives them. */
export interface ItemStats {
  readonly question: KeyQuestion;
  /** Members who answered the item. */
  readonly answers: number;
  /** Mean credit, 0-1 (the share correct for items without partial credit); null when nobody answered. */
  readonly facility: number | null;
  /** Upper-lower 27 % discrimination index, -1 to 1; null with fewer than two answers. */
  readonly discrimination: number | null;
  /** Option frequencies for single, multiple and true/false items; null for ordering and matching. */
  readonly options: readonly OptionCount[] | null;
  /** Answers that chose nothing (single and true/false skipped, multiple with no box ticked). */
  readonly skipped: number;
  readonly flags: readonly ItemFlag[];
}

/** Share of the members ranked highest (and lowest) by total score that form the upper (and lower) group. */
export const GROUP_SHARE = 0.27;
/** An item is flagged as too easy above this facility. */
export const EASY_FACILITY = 0.9;
/** An item is flagged as discriminating poorly below this index. */
export const LOW_DISCRIMINATION = 0.2;
/** Flags need at least this many answers: below it one member's luck decides. */
export const MIN_ANSWERS_TO_FLAG = 10;

interface Scored {
  readonly total: number;
  readonly credit: number;
}

/**
 * Mean credit of the `size` members ranked first by `before` (fractional size allowed). Members tied on total score are
 * taken as one block, each weighted by the share of the block that fits, so the result never depends on the order the
 * members came in.
 */
function groupMean(scored: readonly Scored[], size: number, before: (a: number, b: number) => number): number {
  const blocks = new Map<number, { count: number; credit: number }>();
  for (const s of scored) {
    const block = blocks.get(s.total) ?? { count: 0, credit: 0 };
    block.count += 1;
    block.credit += s.credit;
    blocks.set(s.total, block);
  }
  let remaining = size;
  let sum = 0;
  for (const total of [...blocks.keys()].sort(before)) {
    if (remaining <= 0) break;
    const block = blocks.get(total);
    if (!block) continue;
    const taken = Math.min(remaining, block.count);
    sum += (taken * block.credit) / block.count;
    remaining -= taken;
  }
  return sum / size;
}

/**
 * The upper-lower 27 % discrimination index (Kelley): with n members who answered the item, ranked by total score,
 * D = mean credit of the top 0.27·n members − mean credit of the bottom 0.27·n members (at least one member each).
 * Null with fewer than two answers. Ranges over -1..1: negative when strong members do worse than weak ones.
 */
export function discriminationIndex(scored: readonly Scored[]): number | null {
  if (scored.length < 2) return null;
  const size = Math.max(1, GROUP_SHARE * scored.length);
  const upper = groupMean(scored, size, (a, b) => b - a);
  const lower = groupMean(scored, size, (a, b) => a - b);
  return upper - lower;
}

function optionCounts(
  question: KeyQuestion,
  responses: readonly QuizResponse[],
): { options: OptionCount[] | null; skipped: number } {
  const n = responses.length;
  const tally = (id: string, correct: boolean, count: number): OptionCount => ({
    id,
    correct,
    count,
    share: n === 0 ? 0 : count / n,
  });
  if (question.type === 'truefalse') {
    const values = responses.map((r) => (r.type === 'truefalse' ? r.value : null));
    return {
      options: [true, false].map((v) => tally(String(v), question.answer === v, values.filter((x) => x === v).length)),
      skipped: values.filter((x) => x === null).length,
    };
  }
  if (question.type === 'single' || question.type === 'multiple') {
    const chosen = responses.map((r) =>
      r.type === 'single' ? (r.optionId === null ? [] : [r.optionId]) : r.type === 'multiple' ? r.optionIds : [],
    );
    return {
      options: (question.options ?? []).map((o) =>
        tally(o.id, o.correct, chosen.filter((ids) => ids.includes(o.id)).length),
      ),
      skipped: chosen.filter((ids) => ids.length === 0).length,
    };
  }
  return { options: null, skipped: 0 };
}

function flagsFor(answers: number, facility: number | null, discrimination: number | null): ItemFlag[] {
  if (answers < MIN_ANSWERS_TO_FLAG) return [];
  const flags: ItemFlag[] = [];
  if (facility !== null && facility > EASY_FACILITY) flags.push('easy');
  if (discrimination !== null && discrimination < 0) flags.push('negative');
  else if (discrimination !== null && discrimination < LOW_DISCRIMINATION) flags.push('low');
  return flags;
}

/** Statistics of every item of a quiz over one attempt per member, in the key's order. */
export function itemStatistics(key: AnswerKey, attempts: readonly MemberAttempt[]): ItemStats[] {
  const byQuestion = new Map<string, { scored: Scored[]; responses: QuizResponse[] }>(
    key.questions.map((q) => [q.id, { scored: [], responses: [] }]),
  );
  for (const attempt of attempts) {
    for (const answer of attempt.answers) {
      const entry = byQuestion.get(answer.questionId);
      if (!entry) continue;
      entry.scored.push({ total: attempt.score, credit: answer.credit });
      entry.responses.push(answer.response);
    }
  }
  return key.questions.map((question) => {
    const { scored, responses } = byQuestion.get(question.id) ?? { scored: [], responses: [] };
    const answers = scored.length;
    const facility = answers === 0 ? null : scored.reduce((sum, s) => sum + s.credit, 0) / answers;
    const discrimination = discriminationIndex(scored);
    return {
      question,
      answers,
      facility,
      discrimination,
      ...optionCounts(question, responses),
      flags: flagsFor(answers, facility, discrimination),
    };
  });
}
