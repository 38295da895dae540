import type { Scenario, ScenarioChoice, ScenarioGuard, ScenarioNode } from '../../schemas/scenario.ts';

/** Where a learner stands: the node, the score per dimension and the flags set (sorted). */
export interface PlayState {
  readonly nodeId: string;
  readonly scores: Readonly<Record<string, number>>;
  readonly flags: readonly string[];
}

/** Nodes by id (the first of a duplicated id wins; the checker reports duplicates). */
export function indexNodes(scenario: Scenario): ReadonlyMap<string, ScenarioNode> {
  const map = new Map<string, ScenarioNode>();
  for (const node of scenario.nodes) if (!map.has(node.id)) map.set(node.id, node);
  return map;
}

/** Whether a guard holds for the given scores and flags. An absent guard always holds. */
export function isGuardSatisfied(
  guard: ScenarioGuard | undefined,
  state: Pick<PlayState, 'scores' | 'flags'>,
): boolean {
  if (!guard) return true;
  if ('flag' in guard) return state.flags.includes(guard.flag);
  if ('notFlag' in guard) return !state.flags.includes(guard.notFlag);
  if ('all' in guard) return guard.all.every((g) => isGuardSatisfied(g, state));
  if ('any' in guard) return guard.any.some((g) => isGuardSatisfied(g, state));
  const value = state.scores[guard.score] ?? 0;
  return (guard.min === undefined || value >= guard.min) && (guard.max === undefined || value <= guard.max);
}

/** The state before the first choice: start node, every declared score at 0, no flags. */
export function initialPlayState(scenario: Scenario): PlayState {
  return {
    nodeId: scenario.start,
    scores: Object.fromEntries(scenario.scores.map((s) => [s.id, 0])),
    flags: [],
  };
}

/** Choices offered now: their own guard and their target node's guard hold, and the target exists. */
export function availableChoices(scenario: Scenario, state: PlayState): ScenarioChoice[] {
  const nodes = indexNodes(scenario);
  const node = nodes.get(state.nodeId);
  if (!node || node.ending) return [];
  return node.choices.filter((choice) => {
    const target = nodes.get(choice.to);
    return target !== undefined && isGuardSatisfied(choice.when, state) && isGuardSatisfied(target.when, state);
  });
}

/** The state after picking `choice` (effects added, flags set). Does not check that the choice is offered. */
export function applyChoice(state: PlayState, choice: ScenarioChoice): PlayState {
  const scores = { ...state.scores };
  for (const [id, delta] of Object.entries(choice.effects)) scores[id] = (scores[id] ?? 0) + delta;
  const flags = [...new Set([...state.flags, ...choice.set])].sort();
  return { nodeId: choice.to, scores, flags };
}

/** Picks an offered choice by id; undefined when it is not offered now. */
export function pickChoice(scenario: Scenario, state: PlayState, choiceId: string): PlayState | undefined {
  const choice = availableChoices(scenario, state).find((c) => c.id === choiceId);
  return choice ? applyChoice(state, choice) : undefined;
}

/** Whether the state sits on an ending node. */
export function isEndingState(scenario: Scenario, state: PlayState): boolean {
  return indexNodes(scenario).get(state.nodeId)?.ending !== undefined;
}

/** A stable key for a state, used to detect repeated states. */
export function stateKey(state: PlayState): string {
  const scores = Object.keys(state.scores)
    .sort()
    .map((k) => `${k}=${state.scores[k] ?? 0}`)
    .join(',');
  return `${state.nodeId}|${state.flags.join(',')}|${scores}`;
}
