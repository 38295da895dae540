// INTERIM: reads the learner's progress for the certificate. Replace the body with `loadProgress()` from
// ./progress.ts once the progress helper's module is on main (CONTRACTS.md section 1).
import { InterimProgressSchema, type InterimProgress } from '../lib/certificate/interim/progress.ts';

/** The key progress is stored under (DESIGN.md). */
export const PROGRESS_KEY = 'sinergi:progress:v1';

/** The learner's progress on this device, or undefined when there is none or it cannot be read. */
export function readLearnerProgress(): InterimProgress | undefined {
  try {
    const text = localStorage.getItem(PROGRESS_KEY);
    if (!text) return undefined;
    const parsed = InterimProgressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
