import type { ExamOutcome, ModuleResult } from './results.ts';

/** Whether a course's certificate can be issued. */
export type Eligibility =
  | {
      readonly eligible: true;
      /** Course completion date: the last module's (YYYY-MM-DD). */ readonly completedOn: string;
    }
  | {
      readonly eligible: false;
      /** Ids of the modules still to complete. */ readonly missing: readonly string[];
      /** Whether the course's final exam is still to pass. */ readonly examMissing: boolean;
    };

/**
 * A course is complete when every one of its modules is complete and, when it has a final exam, the exam is passed
 * under its policy (`exam`: its outcome; undefined for a course without exam). The date is the later of the last
 * module's completion and the exam's pass.
 */
export function checkEligibility(
  courseModules: readonly string[],
  results: readonly ModuleResult[],
  exam?: ExamOutcome,
): Eligibility {
  const dates: string[] = exam?.pass ? [exam.pass.on] : [];
  const missing: string[] = [];
  for (const id of courseModules) {
    const result = results.find((r) => r.moduleId === id);
    if (result?.state === 'selesai' && result.completedOn) dates.push(result.completedOn);
    else missing.push(id);
  }
  const examMissing = exam !== undefined && exam.pass === null;
  if (missing.length > 0 || examMissing || dates.length === 0) return { eligible: false, missing, examMissing };
  return { eligible: true, completedOn: [...dates].sort().at(-1) ?? '' };
}
