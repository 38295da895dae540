import type { QuizAnswer } from '../../schemas/progress.ts';

/** Credit earned and questions answered on one finding of the 2022 study. */
export interface FindingCredit {
  readonly credit: number;
  readonly count: number;
}

/**
 * Per finding, the credit an attempt's answers earned on the questions tagged with it and how many there were; a
 * question tagged with two findings counts for both. `findingsOf` gives a question's tags (none when unknown).
 */
export function creditByFinding(
  answers: readonly Pick<QuizAnswer, 'questionId' | 'credit'>[],
  findingsOf: (questionId: string) => readonly number[] | undefined,
): Map<number, FindingCredit> {
  const sums = new Map<number, FindingCredit>();
  for (const answer of answers) {
    for (const finding of findingsOf(answer.questionId) ?? []) {
      const sum = sums.get(finding) ?? { credit: 0, count: 0 };
      sums.set(finding, { credit: sum.credit + answer.credit, count: sum.count + 1 });
    }
  }
  return sums;
}
