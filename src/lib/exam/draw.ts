import type { ExamDraw } from '../../schemas/course.ts';
import type { Question, Quiz } from '../../schemas/quiz.ts';
import { presentQuestions, type PresentedQuestion } from '../quiz/draw.ts';
import { createRandom } from '../quiz/random.ts';
import { shuffle } from '../quiz/shuffle.ts';

/** What one exam attempt must cover: the course's modules and the findings it claims, and how many of each. */
export interface ExamPlan {
  readonly modules: readonly string[];
  readonly findings: readonly number[];
  readonly draw: ExamDraw;
}

/**
 * The questions of one exam attempt, drawn from the bank from a seed and balanced: `perModule` questions of each
 * module, then more until each finding has at least `perFinding` (fewer only when the bank lacks them). Returned
 * in the bank's order; the attempt shuffles them for display. The same seed always gives the same questions.
 */
export function drawExam(bank: Quiz, plan: ExamPlan, seed: number): Question[] {
  const random = createRandom(seed);
  const picked = new Set<number>();
  const indices = bank.questions.map((_, i) => i);
  const take = (matches: (q: Question) => boolean, wanted: number) => {
    const candidates = shuffle(
      indices.filter((i) => !picked.has(i) && matches(bank.questions[i] as Question)),
      random,
    );
    for (const i of candidates.slice(0, Math.max(0, wanted))) picked.add(i);
  };
  const { perModule, perFinding } = plan.draw;
  if (perModule !== undefined) for (const m of plan.modules) take((q) => q.module === m, perModule);
  if (perFinding !== undefined) {
    for (const f of plan.findings) {
      const have = [...picked].filter((i) => bank.questions[i]?.findings?.includes(f)).length;
      take((q) => q.findings?.includes(f) === true, perFinding - have);
    }
  }
  return [...picked].sort((a, b) => a - b).map((i) => bank.questions[i] as Question);
}

/**
 * The size of one attempt as the course sets it: `perModule` for every module or `perFinding` for every finding,
 * whichever is more (the per-finding top-up adds a question only where the per-module draw missed a finding).
 */
export function nominalExamSize(plan: ExamPlan): number {
  return Math.max(plan.modules.length * (plan.draw.perModule ?? 0), plan.findings.length * (plan.draw.perFinding ?? 0));
}

/** The most questions one attempt can ever draw under a plan. */
export function maxExamSize(plan: ExamPlan): number {
  return plan.modules.length * (plan.draw.perModule ?? 0) + plan.findings.length * (plan.draw.perFinding ?? 0);
}

/** One exam attempt's questions as shown: the balanced draw, shuffled as the bank says, from one seed. */
export function presentExam(bank: Quiz, plan: ExamPlan, seed: number): PresentedQuestion[] {
  return presentQuestions(drawExam(bank, plan, seed), bank.shuffle, createRandom(seed ^ 0x2545f491));
}
