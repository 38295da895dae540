// Content errors found by the audit against the domain brief (issue 20, "Content errors to fix"): each test pins
// one fix, so that the error cannot come back unnoticed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeScenario } from '../../src/lib/scenario/analyze.ts';
import { ScenarioSchema, type Scenario, type ScenarioChoice } from '../../src/schemas/scenario.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const scenario = (id: string): Scenario => ScenarioSchema.parse(parse(read(`content/scenarios/${id}.yaml`)));

/** The scenario with every choice that `drop` matches taken out: what a learner who never makes it can reach. */
function without(s: Scenario, drop: (choice: ScenarioChoice) => boolean): Scenario {
  return { ...s, nodes: s.nodes.map((node) => ({ ...node, choices: node.choices.filter((c) => !drop(c)) })) };
}

/** Whether an ending can be reached at all, guards honoured (the build-time graph analysis). */
function reaches(s: Scenario, ending: string): boolean {
  const analysis = analyzeScenario(s);
  expect(analysis.exact).toBe(true);
  return analysis.reachable.has(ending);
}

const choice = (s: Scenario, id: string): ScenarioChoice | undefined =>
  s.nodes.flatMap((n) => n.choices).find((c) => c.id === id);

describe('1. kemitraan-fkpm-atau-pokdar: violence the learner hears of is acted on in the ideal path', () => {
  const s = scenario('kemitraan-fkpm-atau-pokdar');

  it('the ideal ending is reachable, and unreachable for a learner who never reports the beating', () => {
    expect(reaches(s, 'akhir-ideal')).toBe(true);
    const reportsBeating = (c: ScenarioChoice) => /melaporkan pemukulan/.test(c.label);
    expect(reaches(without(s, reportsBeating), 'akhir-ideal')).toBe(false);
  });

  it('only reminding the Pokdar of its limits leads to the Propam branch', () => {
    expect(choice(s, 'ingatkan-saja')?.to).toBe('pokdar-viral');
  });
});

describe('2. rapat-koordinasi-desa: "tiga pilar" needs the community pillar', () => {
  const s = scenario('rapat-koordinasi-desa');

  it('the ideal ending is unreachable when only the kepala desa and Babinsa are invited', () => {
    expect(reaches(s, 'akhir-ideal')).toBe(true);
    expect(
      reaches(
        without(s, (c) => c.set.includes('undang-tokoh')),
        'akhir-ideal',
      ),
    ).toBe(false);
  });
});

describe('3. deteksi-dini-konflik-lahan: the planned mass action is met by Samapta in the ideal path', () => {
  const s = scenario('deteksi-dini-konflik-lahan');

  it('the ideal ending is unreachable without Samapta coordinated for the day of the action', () => {
    expect(reaches(s, 'akhir-ideal')).toBe(true);
    expect(
      reaches(
        without(s, (c) => c.consult === 'samapta'),
        'akhir-ideal',
      ),
    ).toBe(false);
  });

  it('asking Samapta for preventive presence costs no score', () => {
    for (const c of s.nodes.flatMap((n) => n.choices).filter((c) => c.consult === 'samapta')) {
      for (const delta of Object.values(c.effects)) expect(delta, c.id).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('7. what the brief has as LIKELY is labelled, not stated as fact', () => {
  it('the "no new FKPM where an adat forum exists" rule is labelled wherever the scenario states it', () => {
    const text = read('content/scenarios/kemitraan-fkpm-atau-pokdar.yaml');
    const lines = text.split('\n').filter((l) => /FKPM baru tidak (?:perlu|wajib)|tidak mewajibkan FKPM baru/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/belum terverifikasi/);
  });

  it('routing requests through Kanit and Kasat Binmas is labelled in the Karangsari debrief', () => {
    const line = read('content/scenarios/studi-kasus-karangsari.yaml')
      .split('\n')
      .find((l) => /Kanit dan Kasat Binmas/.test(l));
    expect(line).toMatch(/belum terverifikasi/);
  });

  it('the glossary says the Kasat Binmas coordination of Petugas Polmas is not verified', () => {
    const definition = (parse(read('content/glossary/satbinmas.yaml')) as { definition: string }).definition;
    expect(definition).toMatch(/Kasat Binmas mengoordinasikan Petugas Polmas[^.]*belum terverifikasi/);
  });
});

describe('6. a reference whose status is unknown is not shown as in force', () => {
  it('Skep/1988/XII/2005 has status tidak-diketahui', () => {
    const refs = parse(read('content/legal/references.yaml')) as { id: string; status: string }[];
    expect(refs.find((r) => r.id === 'skep-1988-2005')?.status).toBe('tidak-diketahui');
  });
});
