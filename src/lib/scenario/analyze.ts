import type { Scenario } from '../../schemas/scenario.ts';
import { availableChoices, applyChoice, indexNodes, initialPlayState, stateKey, type PlayState } from './play.ts';

/** Lowest and highest value a score dimension can have when an ending is reached. */
export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

/** What the build-time analysis knows about a scenario graph. */
export interface ScenarioAnalysis {
  /** True when every reachable (node, scores, flags) state was explored within `MAX_STATES`; guards were then honoured exactly. */
  readonly exact: boolean;
  /** Number of distinct play states explored. */
  readonly stateCount: number;
  /** Node ids a learner can reach. */
  readonly reachable: ReadonlySet<string>;
  /** Non-ending nodes that no play reaches, in file order. */
  readonly unreachableNodes: readonly string[];
  /** Ending nodes that no play reaches, in file order. */
  readonly unreachableEndings: readonly string[];
  /** Non-ending nodes without any choice. */
  readonly deadEnds: readonly string[];
  /** Nodes (with choices) reached in a state where every choice is hidden by its condition. */
  readonly stuckNodes: readonly string[];
  /** Groups of nodes that form a cycle from which no ending can be reached, each in file order. */
  readonly traps: readonly (readonly string[])[];
  /** Score range per dimension over every ending reached; null when not exact or no ending is reachable. */
  readonly ranges: Readonly<Record<string, ScoreRange>> | null;
  /** Number of distinct simple paths (choice sequences) from the start to an ending. */
  readonly pathCount: number;
  /** True when path counting stopped at `MAX_PATHS`. */
  readonly pathCountCapped: boolean;
}

/**
 * Bound on explored play states. Scores and flags make the state space larger than the node graph; a scenario
 * whose cycles keep changing scores has infinitely many. Within the bound, reachability honours every guard
 * exactly (a node is unreachable only if no sequence of offered choices leads to it). Above it, the analysis
 * falls back to the node graph with every guard assumed satisfiable, so it never claims that a guard is
 * unsatisfiable unless that is proven.
 */
export const MAX_STATES = 20_000;
/** Bound on counted simple paths. */
export const MAX_PATHS = 100_000;

interface Edge {
  readonly choiceId: string;
  readonly to: string;
}

/** Explores a scenario graph: reachability, dead ends, cycles without exit, score ranges and path count. Pure. */
export function analyzeScenario(scenario: Scenario): ScenarioAnalysis {
  const nodes = indexNodes(scenario);
  const order = [...nodes.keys()];
  const states = new Map<string, PlayState>();
  const edges = new Map<string, Edge[]>();
  const initial = initialPlayState(scenario);
  const queue: PlayState[] = nodes.has(initial.nodeId) ? [initial] : [];
  if (queue.length > 0) states.set(stateKey(initial), initial);
  let exact = true;
  while (queue.length > 0) {
    const state = queue.shift() as PlayState;
    const key = stateKey(state);
    const out: Edge[] = [];
    for (const choice of availableChoices(scenario, state)) {
      const next = applyChoice(state, choice);
      const nextKey = stateKey(next);
      out.push({ choiceId: choice.id, to: nextKey });
      if (!states.has(nextKey)) {
        if (states.size >= MAX_STATES) {
          exact = false;
          break;
        }
        states.set(nextKey, next);
        queue.push(next);
      }
    }
    edges.set(key, out);
    if (!exact) break;
  }

  const structural = structuralReach(scenario, nodes);
  const reachable = exact ? new Set([...states.values()].map((s) => s.nodeId)) : structural;
  const isEnding = (id: string) => nodes.get(id)?.ending !== undefined;
  const deadEnds = order.filter((id) => !isEnding(id) && (nodes.get(id)?.choices.length ?? 0) === 0);
  const stuckNodes = exact
    ? order.filter(
        (id) =>
          !isEnding(id) &&
          !deadEnds.includes(id) &&
          [...states.entries()].some(([key, s]) => s.nodeId === id && (edges.get(key)?.length ?? 0) === 0),
      )
    : [];

  let ranges: Record<string, ScoreRange> | null = null;
  const endingStates = [...states.values()].filter((s) => isEnding(s.nodeId));
  if (exact && endingStates.length > 0) {
    ranges = {};
    for (const dim of scenario.scores) {
      const values = endingStates.map((s) => s.scores[dim.id] ?? 0);
      ranges[dim.id] = { min: Math.min(...values), max: Math.max(...values) };
    }
  }

  const { count, capped } = exact
    ? countPaths(stateKey(initial), edges, (key) => isEnding(states.get(key)?.nodeId ?? ''))
    : { count: 0, capped: true };

  return {
    exact,
    stateCount: states.size,
    reachable,
    unreachableNodes: order.filter((id) => !isEnding(id) && !reachable.has(id)),
    unreachableEndings: order.filter((id) => isEnding(id) && !reachable.has(id)),
    deadEnds,
    stuckNodes,
    traps: findTraps(nodes, order),
    ranges,
    pathCount: count,
    pathCountCapped: capped,
  };
}

function successors(nodes: ReturnType<typeof indexNodes>, id: string): string[] {
  const node = nodes.get(id);
  if (!node || node.ending) return [];
  return node.choices.map((c) => c.to).filter((to) => nodes.has(to));
}

/** Nodes reachable from the start when every guard is assumed satisfiable. */
function structuralReach(scenario: Scenario, nodes: ReturnType<typeof indexNodes>): Set<string> {
  const seen = new Set<string>();
  const stack = nodes.has(scenario.start) ? [scenario.start] : [];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...successors(nodes, id));
  }
  return seen;
}

/** Strongly connected groups that contain a cycle and from which no ending is reachable even ignoring guards. */
function findTraps(nodes: ReturnType<typeof indexNodes>, order: readonly string[]): string[][] {
  // Nodes that can reach an ending: reverse search from every ending.
  const reverse = new Map<string, string[]>();
  for (const id of order) {
    for (const to of successors(nodes, id)) reverse.set(to, [...(reverse.get(to) ?? []), id]);
  }
  const canEnd = new Set<string>();
  const stack = order.filter((id) => nodes.get(id)?.ending !== undefined);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    stack.push(...(reverse.get(id) ?? []));
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const path: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  const visit = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    path.push(id);
    onStack.add(id);
    for (const to of successors(nodes, id)) {
      if (!index.has(to)) {
        visit(to);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(id, Math.min(low.get(id) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(id) === index.get(id)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = path.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== id);
      groups.push(group);
    }
  };
  for (const id of order) if (!index.has(id)) visit(id);
  return groups
    .filter((g) => g.length > 1 || successors(nodes, g[0] ?? '').includes(g[0] ?? ''))
    .filter((g) => g.every((id) => !canEnd.has(id)))
    .map((g) => order.filter((id) => g.includes(id)));
}

/** Counts simple paths from `start` to ending states: dynamic programming when acyclic, bounded search otherwise. */
function countPaths(
  start: string,
  edges: ReadonlyMap<string, readonly Edge[]>,
  isEnd: (key: string) => boolean,
): { count: number; capped: boolean } {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const found = { cyclic: false };
  const dp = (key: string): number => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) {
      found.cyclic = true;
      return 0;
    }
    if (isEnd(key)) return 1;
    visiting.add(key);
    let total = 0;
    for (const edge of edges.get(key) ?? []) total += dp(edge.to);
    visiting.delete(key);
    memo.set(key, total);
    return total;
  };
  const acyclicCount = dp(start);
  if (!found.cyclic) return { count: Math.min(acyclicCount, MAX_PATHS), capped: acyclicCount > MAX_PATHS };
  let count = 0;
  const onPath = new Set<string>();
  const walk = (key: string): boolean => {
    if (isEnd(key)) return ++count < MAX_PATHS;
    onPath.add(key);
    for (const edge of edges.get(key) ?? []) {
      if (onPath.has(edge.to)) continue;
      if (!walk(edge.to)) return false;
    }
    onPath.delete(key);
    return true;
  };
  const finished = walk(start);
  return { count, capped: !finished };
}
