import type { Progress, ProgressRules } from '../../schemas/progress.ts';
import { recordCompletions } from './completion.ts';
import { mergeProgress } from './merge.ts';

/** What importing a file would change, for the learner to confirm. */
export interface ImportPreview {
  readonly newLessons: number;
  readonly newAttempts: number;
  /** Runs that are new or further along than the ones on this device. */
  readonly newRuns: number;
  /** Titles of modules and courses that become complete. */
  readonly newModules: readonly string[];
  readonly newCourses: readonly string[];
  /** Both sides have a profile and they differ: the learner chooses. */
  readonly profileConflict: boolean;
  /** The file brings a profile and this device has none. */
  readonly newProfile: boolean;
  /** The file names the learner's function and this device names none. */
  readonly newSeat: boolean;
  readonly nothingNew: boolean;
}

/** Compares current progress with the result of merging the incoming one. */
export function previewImport(current: Progress, incoming: Progress, rules: ProgressRules): ImportPreview {
  const merged = recordCompletions(mergeProgress(current, incoming), rules);
  const titleOf = (list: readonly { id: string; title: string }[], id: string) =>
    list.find((x) => x.id === id)?.title ?? id;
  const newLessons = Object.keys(merged.lessons).filter((id) => current.lessons[id] === undefined).length;
  const newAttempts = merged.quizAttempts.length - current.quizAttempts.length;
  const newRuns = merged.scenarioRuns.filter((r) => {
    const mine = current.scenarioRuns.find((x) => x.id === r.id);
    return mine === undefined || JSON.stringify(mine) !== JSON.stringify(r);
  }).length;
  const newModules = Object.keys(merged.completions.modules)
    .filter((id) => current.completions.modules[id] === undefined)
    .map((id) => titleOf(rules.modules, id));
  const newCourses = Object.keys(merged.completions.courses)
    .filter((id) => current.completions.courses[id] === undefined)
    .map((id) => titleOf(rules.courses, id));
  const profileConflict =
    current.profile !== undefined &&
    incoming.profile !== undefined &&
    JSON.stringify(current.profile) !== JSON.stringify(incoming.profile);
  const newProfile = current.profile === undefined && incoming.profile !== undefined;
  const newSeat = current.seat === undefined && incoming.seat !== undefined;
  return {
    newLessons,
    newAttempts,
    newRuns,
    newModules,
    newCourses,
    profileConflict,
    newProfile,
    newSeat,
    nothingNew:
      newLessons + newAttempts + newRuns + newModules.length + newCourses.length === 0 &&
      !profileConflict &&
      !newProfile &&
      !newSeat,
  };
}
