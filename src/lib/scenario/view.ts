import type { FunctionCard } from '../../schemas/function-card.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { analyzeScenario, type ScoreRange } from './analyze.ts';

/** What the scenario island receives: the graph, its Markdown rendered at build time, and the score ranges. */
export interface ScenarioView {
  readonly scenario: Scenario;
  /** Narrative HTML per node id. */
  readonly narrative: Readonly<Record<string, string>>;
  /** Debrief HTML per ending node id. */
  readonly debrief: Readonly<Record<string, string>>;
  /** What each consulted function knows, by card id. */
  readonly consults: Readonly<Record<string, { name: string; fullName: string; givesBack: readonly string[] }>>;
  /** Possible range per score dimension at an ending. */
  readonly ranges: Readonly<Record<string, ScoreRange>>;
}

/** Builds the island's props; `render` turns Markdown into HTML (done at build time). */
export function buildScenarioView(
  scenario: Scenario,
  render: (markdown: string) => string,
  cards: readonly FunctionCard[],
): ScenarioView {
  const consulted = new Set(scenario.nodes.flatMap((n) => n.choices.flatMap((c) => (c.consult ? [c.consult] : []))));
  return {
    scenario,
    narrative: Object.fromEntries(scenario.nodes.map((n) => [n.id, render(n.text)])),
    debrief: Object.fromEntries(scenario.nodes.flatMap((n) => (n.ending ? [[n.id, render(n.ending.debrief)]] : []))),
    consults: Object.fromEntries(
      cards
        .filter((c) => consulted.has(c.id))
        .map((c) => [c.id, { name: c.name, fullName: c.fullName, givesBack: c.givesBack }]),
    ),
    ranges: analyzeScenario(scenario).ranges ?? {},
  };
}
