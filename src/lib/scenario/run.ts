import type { ScenarioRun, ScenarioStep } from '../../schemas/progress.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { indexNodes, initialPlayState, isEndingState, pickChoice, type PlayState } from './play.ts';

/** A run being played: the states visited and the steps taken (state i is before step i). */
export interface RunTrail {
  /** States from the start to now; always at least the initial state. */
  readonly states: readonly PlayState[];
  /** Choices made, one fewer than states. */
  readonly steps: readonly ScenarioStep[];
}

/** The trail of a fresh run. */
export function startTrail(scenario: Scenario): RunTrail {
  return { states: [initialPlayState(scenario)], steps: [] };
}

/**
 * Rebuilds a trail by replaying recorded steps through the scenario. Stops at the first step the scenario no
 * longer offers (the file changed since), so a resumed run is always a valid play.
 */
export function replaySteps(scenario: Scenario, steps: readonly ScenarioStep[]): RunTrail {
  const states: PlayState[] = [initialPlayState(scenario)];
  const kept: ScenarioStep[] = [];
  for (const step of steps) {
    const current = states[states.length - 1] as PlayState;
    if (step.nodeId !== current.nodeId) break;
    const next = pickChoice(scenario, current, step.choiceId);
    if (!next) break;
    states.push(next);
    kept.push(step);
  }
  return { states, steps: kept };
}

/** The current state of a trail. */
export function currentState(trail: RunTrail): PlayState {
  return trail.states[trail.states.length - 1] as PlayState;
}

/** The progress record of a run (finished when the trail ends on an ending node). */
export function toScenarioRun(
  scenario: Scenario,
  trail: RunTrail,
  meta: { readonly id: string; readonly startedAt: string },
): ScenarioRun {
  const state = currentState(trail);
  const ending = isEndingState(scenario, state) ? indexNodes(scenario).get(state.nodeId)?.ending : undefined;
  const lastAt = trail.steps[trail.steps.length - 1]?.at ?? meta.startedAt;
  return {
    id: meta.id,
    scenarioId: scenario.id,
    startedAt: meta.startedAt,
    path: [...trail.steps],
    scores: { ...state.scores },
    flags: [...state.flags],
    ...(ending ? { finishedAt: lastAt, endingId: state.nodeId, rating: ending.rating } : {}),
  };
}
