// Plays the real scenarios through the page, along paths that xstate/graph generates from the real machine.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { getShortestPaths } from 'xstate/graph';
import { parse } from 'yaml';
import { scenarioMachine, type ScenarioMachineEvent } from '../../../src/machines/scenario-machine.ts';
import { ScenarioSchema, type Scenario } from '../../../src/schemas/scenario.ts';
import { testInput, traversal } from '../../machines/scenario-paths.ts';

/** A scenario file, parsed by the site's own schema. */
export const loadScenario = (id: string): Scenario =>
  ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')));

/** The scenario region, scrolled to and hydrated (client:visible), its player answering. */
export async function openScenario(page: Page, title: string): Promise<Locator> {
  const region = page.getByRole('region', { name: title, exact: true });
  await region.scrollIntoViewIfNeeded();
  // Set by the player once hydrated (client:visible), so the island's own hydration is implied.
  await expect(region.locator('.scenario-player[data-interactive]')).toBeVisible();
  return region;
}

/** The shortest paths from the start to an ending (xstate/graph over the real machine), one per state reached. */
export const pathsToEndings = (scenario: Scenario) =>
  getShortestPaths(scenarioMachine, {
    ...traversal,
    input: testInput(scenario),
    toState: (s) => s.matches('ended'),
  });

/** Clicks the choices of a path's events from the start; returns the id of the node it ends on. */
export async function playEvents(
  region: Locator,
  scenario: Scenario,
  events: readonly ScenarioMachineEvent[],
): Promise<string> {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  let at = scenario.start;
  for (const event of events) {
    if (event.type !== 'choice.pick') continue;
    const choice = nodes.get(at)?.choices.find((c) => c.id === event.choiceId);
    await region.getByRole('button', { name: choice?.label ?? '?', exact: true }).click();
    at = choice?.to ?? at;
  }
  return at;
}
