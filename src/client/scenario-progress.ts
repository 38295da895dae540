// Where the scenario island saves and resumes runs. The progress API of CONTRACTS.md section 1
// (src/client/progress.ts, built on the progress branch) replaces this interim store once it is on main.
import type { ScenarioRun } from '../schemas/progress.ts';

const KEY = 'sinergi:scenario-runs:v0';

function readAll(): ScenarioRun[] {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    // A light shape check keeps zod out of the page's JS; the progress API validates fully.
    return parsed.filter(
      (item: unknown): item is ScenarioRun =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as ScenarioRun).id === 'string' &&
        typeof (item as ScenarioRun).scenarioId === 'string' &&
        Array.isArray((item as ScenarioRun).path),
    );
  } catch {
    return [];
  }
}

/** Saves a scenario run, upserting by `run.id`; a finished run is never replaced by an unfinished one. */
export function saveScenarioRun(run: ScenarioRun): void {
  const runs = readAll();
  const index = runs.findIndex((r) => r.id === run.id);
  if (index >= 0 && runs[index]?.endingId !== undefined && run.endingId === undefined) return;
  if (index >= 0) runs[index] = run;
  else runs.push(run);
  try {
    localStorage.setItem(KEY, JSON.stringify(runs));
  } catch {
    // Storage full or unavailable: the run goes on in memory; the progress API reports storage problems.
  }
}

/** The most recently started unfinished run of a scenario, to resume after a reload. */
export function findUnfinishedScenarioRun(scenarioId: string): ScenarioRun | undefined {
  return readAll()
    .filter((r) => r.scenarioId === scenarioId && r.endingId === undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}
