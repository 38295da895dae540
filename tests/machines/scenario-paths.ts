import type { SnapshotFrom } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap } from 'xstate/graph';
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

/**
 * Every simple path (no play state twice) from the start to an ending, as the events to send, at most `limit`.
 * The state graph is xstate/graph's adjacency map of the real machine. xstate/graph's own getSimplePaths enumerates
 * the simple paths to every state, which for a scenario with loops is far more than the paths to an ending and
 * exhausts memory, so the walk to the endings is done here.
 */
export function simplePathsToEndings(input: ReturnType<typeof testInput>, limit: number): ScenarioMachineEvent[][] {
  const adjacency = getAdjacencyMap(scenarioMachine, { ...traversal, input });
  const [start] = Object.keys(adjacency);
  const edges = new Map<string, { event: ScenarioMachineEvent; next: string; ended: boolean }[]>();
  for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
    const from = traversal.serializeState(state);
    const list = edges.get(from) ?? [];
    list.push({ event, next: traversal.serializeState(nextState), ended: nextState.matches('ended') });
    edges.set(from, list);
  }
  const paths: ScenarioMachineEvent[][] = [];
  const events: ScenarioMachineEvent[] = [];
  const onPath = new Set<string>();
  const walk = (key: string): void => {
    onPath.add(key);
    for (const { event, next, ended } of edges.get(key) ?? []) {
      if (onPath.has(next)) continue;
      events.push(event);
      if (ended) {
        if (paths.length >= limit) throw new Error(`More than ${String(limit)} paths to an ending.`);
        paths.push([...events]);
      } else walk(next);
      events.pop();
    }
    onPath.delete(key);
  };
  if (start !== undefined) walk(start);
  return paths;
}
