import { creditByFinding } from '../quiz/findings.ts';
import type { AnswerKey } from './answer-key.ts';
import type { MemberAttempt } from './item-stats.ts';

/** The findings of the 2022 study, as the course numbers them. */
export const FINDINGS = [1, 2, 3, 4, 5, 6, 7] as const;
/** A member masters a finding with at least this share of the credit on the items tagged with it... */
export const MASTERY_SHARE = 0.7;
/** ...out of at least this many answered items tagged with it. */
export const MASTERY_MIN_ITEMS = 2;

/** Per finding: true (mastered), false (not yet) or null (fewer than MASTERY_MIN_ITEMS items answered). */
export type FindingMastery = ReadonlyMap<number, boolean | null>;

/** Which findings one attempt shows mastered. Answers to questions the key does not know are left out. */
export function findingMastery(key: AnswerKey, attempt: MemberAttempt): FindingMastery {
  const tags = new Map(key.questions.map((q) => [q.id, q.findings]));
  const sums = creditByFinding(attempt.answers, (id) => tags.get(id));
  return new Map(
    FINDINGS.map((f) => {
      const sum = sums.get(f);
      // A small tolerance so that 7 of 10 (0.7 in binary, slightly under) counts as 70 %.
      return [f, !sum || sum.count < MASTERY_MIN_ITEMS ? null : sum.credit / sum.count >= MASTERY_SHARE - 1e-9];
    }),
  );
}

/** How many of the assessed members master a finding. */
export interface MasteryShare {
  readonly masters: number;
  readonly assessed: number;
  /** masters / assessed, 0-1; null when nobody could be assessed. */
  readonly share: number | null;
}

/** Per finding, the share of members who master it, counting only members assessable on that finding. */
export function masteryShares(masteries: readonly FindingMastery[]): ReadonlyMap<number, MasteryShare> {
  return new Map(
    FINDINGS.map((f) => {
      const values = masteries.map((m) => m.get(f)).filter((v) => v !== null && v !== undefined);
      const masters = values.filter(Boolean).length;
      return [f, { masters, assessed: values.length, share: values.length === 0 ? null : masters / values.length }];
    }),
  );
}
