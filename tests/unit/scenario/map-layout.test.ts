import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../src/schemas/scenario.ts';
import { describeGuard, layoutScenarioMap } from '../../../src/lib/scenario/map-layout.ts';

const scenario = ScenarioSchema.parse({
  id: 's',
  title: 'S',
  summary: 'R',
  scores: [{ id: 'kemitraan', label: 'Kemitraan' }],
  start: 'a',
  nodes: [
    { id: 'a', text: 'A', choices: [{ id: 'x', label: 'X', to: 'z', effects: { kemitraan: 2 } }] },
    { id: 'yatim', text: 'Y', choices: [{ id: 'y', label: 'Y', to: 'z' }] },
    { id: 'z', text: 'Z', ending: { rating: 'ideal', title: 'Z', debrief: 'D' } },
  ],
});

describe('trainer map layout', () => {
  it('puts nodes in rows by distance from the start and unreachable nodes in a last row, highlighted', () => {
    const map = layoutScenarioMap(scenario);
    const y = (id: string) => map.boxes.find((b) => b.id === id)?.y ?? -1;
    expect(y('a')).toBeLessThan(y('z'));
    expect(y('z')).toBeLessThan(y('yatim'));
    expect(map.boxes.find((b) => b.id === 'yatim')?.reachable).toBe(false);
    expect(map.arrows.find((a) => a.from === 'yatim')?.reachable).toBe(false);
    expect(map.analysis.ranges).toEqual({ kemitraan: { min: 2, max: 2 } });
    expect(map.analysis.pathCount).toBe(1);
  });

  it('describes guards in words', () => {
    expect(
      describeGuard({ all: [{ flag: 'intelkam' }, { any: [{ score: 'kemitraan', min: 2 }, { notFlag: 'razia' }] }] }),
    ).toBe('penanda intelkam dan (kemitraan ≥ 2 atau belum ada penanda razia)');
  });
});
