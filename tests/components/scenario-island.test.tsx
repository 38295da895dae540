// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import ScenarioIsland from '../../src/components/islands/ScenarioIsland.tsx';
import { buildScenarioView } from '../../src/lib/scenario/view.ts';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';
import type { ScenarioRun } from '../../src/schemas/progress.ts';

// The progress store arrives only when the test lets it; until then every import of it waits.
const store = vi.hoisted(() => {
  let release = () => {};
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  const runs: ScenarioRun[] = [];
  const find = vi.fn((id: string) => runs.find((r) => r.scenarioId === id && !r.endingId));
  return { loaded, release, runs, find };
});
vi.mock('../../src/client/progress/api.ts', async () => {
  await store.loaded;
  return {
    saveScenarioRun: (run: ScenarioRun) => {
      store.runs.push(run);
    },
    findUnfinishedScenarioRun: store.find,
  };
});

afterEach(cleanup);

const scenario = ScenarioSchema.parse(parse(readFileSync('content/scenarios/curanmor-desa.yaml', 'utf8')));
const view = buildScenarioView(scenario, (markdown) => markdown, []);

describe('ScenarioIsland', () => {
  it('keeps the game the learner started when the store arrives after the first choice', async () => {
    // An unfinished run from an earlier visit, on another branch.
    store.runs.push({
      id: 'earlier-run-0001',
      scenarioId: scenario.id,
      startedAt: '2026-11-27T03:00:00.000Z',
      path: [{ nodeId: 'rapat-desa', choiceId: 'janji-tangkap', at: '2026-11-27T03:01:00.000Z' }],
      scores: {},
      flags: [],
    });
    const user = userEvent.setup();
    render(<ScenarioIsland view={view} />);
    await user.click(await screen.findByRole('button', { name: /^Meminta warga berjaga/ }));
    expect(screen.getByRole('heading', { name: 'Langkah 2 · Ketua RT 03' })).toBe(document.activeElement);

    store.release();
    // Once the store is there, the island has looked for a run to resume and the learner's move is saved.
    await waitFor(() => {
      expect(store.find).toHaveBeenCalled();
      expect(store.runs.some((r) => r.path[0]?.choiceId === 'serahkan-ke-warga')).toBe(true);
    });
    await act(() => Promise.resolve());
    expect(screen.getByRole('status').textContent).toMatch(/^Anda memilih: Meminta warga berjaga/);
    expect(screen.getByRole('heading', { name: 'Langkah 2 · Ketua RT 03' })).toBe(document.activeElement);
  });
});
