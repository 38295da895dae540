import type { Progress } from '../../schemas/progress.ts';
import { isBeyondNow, type Clock } from './clock.ts';

/** A timestamp of a progress file that lies beyond this device's clock: where it is and what it says. */
export interface FutureDate {
  /** Dotted path of the field, e.g. `exportedAt` or `quizAttempts.0.finishedAt`. */
  readonly where: string;
  /** The timestamp as written. */
  readonly at: string;
}

// Every timestamp of the progress format is named `at` or `…At` (see ProgressSchema), so this finds them all.
const isTimestampKey = (key: string) => key === 'at' || key.endsWith('At');

/**
 * The first timestamp of an exported file (its export time, then any inside the progress) that lies further in the
 * future than the allowance, or undefined when none does.
 */
export function findFutureDate(
  file: { readonly exportedAt: string; readonly progress: Progress },
  now: Clock,
): FutureDate | undefined {
  if (isBeyondNow(file.exportedAt, now)) return { where: 'exportedAt', at: file.exportedAt };
  // The progress is schema-checked and at most a few levels deep, so plain recursion is safe here.
  const search = (value: unknown, path: readonly string[]): FutureDate | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    for (const [key, child] of Object.entries(value)) {
      const where = [...path, key];
      if (typeof child === 'string' && isTimestampKey(key) && isBeyondNow(child, now)) {
        return { where: where.join('.'), at: child };
      }
      const found = search(child, where);
      if (found) return found;
    }
    return undefined;
  };
  return search(file.progress, []);
}
