import type { ModuleResult } from './results.ts';

/** Whether a course's certificate can be issued. */
export type Eligibility =
  | {
      readonly eligible: true;
      /** Course completion date: the last module's (YYYY-MM-DD). */ readonly completedOn: string;
    }
  | { readonly eligible: false; /** Ids of the modules still to complete. */ readonly missing: readonly string[] };

/** A course is complete when every one of its modules is complete. */
export function checkEligibility(courseModules: readonly string[], results: readonly ModuleResult[]): Eligibility {
  const dates: string[] = [];
  const missing: string[] = [];
  for (const id of courseModules) {
    const result = results.find((r) => r.moduleId === id);
    if (result?.state === 'selesai' && result.completedOn) dates.push(result.completedOn);
    else missing.push(id);
  }
  if (missing.length > 0 || dates.length === 0) return { eligible: false, missing };
  return { eligible: true, completedOn: [...dates].sort().at(-1) ?? '' };
}
