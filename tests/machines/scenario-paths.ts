import type { SnapshotFrom } from 'xstate';
import { availableChoices } from '../../src/lib/scenario/play.ts';
import { currentState } from '../../src/lib/scenario/run.ts';
import { stateKey } from '../../src/lib/scenario/play.ts';
import { scenarioMachine, type ScenarioMachineEvent } from '../../src/machines/scenario-machine.ts';

type Snapshot = SnapshotFrom<typeof scenarioMachine>;

/** Traversal options for xstate/graph: only offered choices as events, states keyed by node, scores and flags. */
export const traversal = {
  events: (snapshot: Snapshot): ScenarioMachineEvent[] =>
    availableChoices(snapshot.context.scenario, currentState(snapshot.context.trail)).map((c) => ({
      type: 'choice.pick' as const,
      choiceId: c.id,
    })),
  // The trail (history for step.back) is left out so that revisiting a node with the same scores and flags is one state.
  serializeState: (snapshot: Snapshot): string =>
    `${JSON.stringify(snapshot.value)}|${stateKey(currentState(snapshot.context.trail))}`,
};

/** Deterministic input for tests. */
export function testInput(scenario: Snapshot['context']['scenario']) {
  let n = 0;
  return {
    scenario,
    createRunId: () => `run-${String(++n).padStart(8, '0')}`,
    now: () => '2026-11-28T06:30:00.000Z',
  };
}
