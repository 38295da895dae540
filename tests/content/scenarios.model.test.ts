import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';
import { analyzeScenario } from '../../src/lib/scenario/analyze.ts';
import { scenarioMachine, runOfContext, type ScenarioMachineEvent } from '../../src/machines/scenario-machine.ts';
import { simplePathsToEndings, traversal, testInput } from '../machines/scenario-paths.ts';

/**
 * Above this many simple paths (counted by analyzeScenario), a scenario is covered by the shortest path to every
 * state instead: every node and ending is still visited, but not every combination of choices.
 */
const SIMPLE_PATH_BOUND = 5_000;

const dir = join(import.meta.dirname, '../../content/scenarios');
const files = readdirSync(dir).filter((f) => /^[^_].*\.ya?ml$/.test(f));

describe.each(files)('content/scenarios/%s', (file) => {
  const scenario = ScenarioSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
  const analysis = analyzeScenario(scenario);
  const input = testInput(scenario);
  const machine = scenarioMachine;
  const useSimple = analysis.exact && !analysis.pathCountCapped && analysis.pathCount <= SIMPLE_PATH_BOUND;
  const paths: ScenarioMachineEvent[][] = useSimple
    ? simplePathsToEndings(input, SIMPLE_PATH_BOUND)
    : getShortestPaths(machine, { ...traversal, input }).map((path) => path.steps.map((step) => step.event));

  it('has a clean graph: every node and ending reachable, no dead end, no trap', () => {
    expect(analysis.exact).toBe(true);
    expect(analysis.unreachableNodes).toEqual([]);
    expect(analysis.unreachableEndings).toEqual([]);
    expect(analysis.deadEnds).toEqual([]);
    expect(analysis.stuckNodes).toEqual([]);
    expect(analysis.traps).toEqual([]);
  });

  it.skipIf(!useSimple)(
    `the machine's state graph has as many paths to an ending as the analysis counts (${String(analysis.pathCount)})`,
    () => {
      expect(paths.length).toBe(analysis.pathCount);
    },
  );

  it('every generated path, played through the machine, reaches an ending with scores inside the computed range', () => {
    const ranges = analysis.ranges ?? {};
    const endingsSeen = new Set<string>();
    const nodesSeen = new Set<string>();
    for (const path of paths) {
      const actor = createActor(machine, { input }).start();
      const picks = path.filter((event) => event.type === 'choice.pick');
      for (const event of picks) {
        nodesSeen.add(actor.getSnapshot().context.trail.states.at(-1)?.nodeId ?? '');
        actor.send(event);
      }
      const snapshot = actor.getSnapshot();
      const run = runOfContext(snapshot.context);
      nodesSeen.add(run.endingId ?? snapshot.context.trail.states.at(-1)?.nodeId ?? '');
      if (!useSimple && !snapshot.matches('ended')) continue;
      expect(snapshot.matches('ended')).toBe(true);
      expect(run.endingId).toBeDefined();
      endingsSeen.add(run.endingId ?? '');
      expect(run.path).toHaveLength(picks.length);
      for (const [id, value] of Object.entries(run.scores)) {
        expect(value).toBeGreaterThanOrEqual(ranges[id]?.min ?? Number.NaN);
        expect(value).toBeLessThanOrEqual(ranges[id]?.max ?? Number.NaN);
      }
      actor.stop();
    }
    const endings = scenario.nodes.filter((n) => n.ending).map((n) => n.id);
    expect([...endingsSeen].sort()).toEqual([...endings].sort());
    expect([...nodesSeen].sort()).toEqual(scenario.nodes.map((n) => n.id).sort());
    // Hundreds of paths per scenario: a loaded 2-core machine needs more than the default 5 s.
  }, 30_000);

  // The trainers' guide's worked example (content/scenarios/contoh-panduan-*.yaml, in no module) is kept short enough
  // to read beside its live result; every scenario a course plays has at least 12 nodes.
  const minNodes = file.startsWith('contoh-panduan-') ? 6 : 12;
  it(`is a real scenario: at least ${String(minNodes)} nodes and 3 endings, every ending cites its source`, () => {
    expect(scenario.nodes.length).toBeGreaterThanOrEqual(minNodes);
    const endings = scenario.nodes.filter((n) => n.ending);
    expect(endings.length).toBeGreaterThanOrEqual(3);
    for (const n of endings) expect(n.ending?.source).toMatch(/Perpol No\. 1 Tahun 2021 Pasal 3/);
  });
});
