import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeScenario } from '../../src/lib/scenario/analyze.ts';
import { SeatSchema } from '../../src/schemas/common.ts';
import { ScenarioSchema, type Scenario, type ScenarioChoice } from '../../src/schemas/scenario.ts';

// The scenarios of module 09, each played from the seat of a function other than Binmas (issues #20 and #21).
const SEATS = {
  'lantas-kabar-dari-pos': 'lantas',
  'reskrim-jangan-bakar-sumber': 'reskrim',
  'resnarkoba-kabar-dari-desa': 'resnarkoba',
  'samapta-patroli-malam': 'samapta',
  'intelkam-laporan-bhabinkamtibmas': 'intelkam',
  'spkt-pengaduan-tetangga': 'samapta',
  'polairud-jaring-nelayan': 'polairud',
  'humas-pesan-berantai': 'humas',
  'propam-pengaduan-turnamen': 'propam',
  'kapolsek-rapat-lintas-fungsi': 'pimpinan',
  'mitra-malam-ronda': 'mitra',
} as const;

/** The flag a choice sets when the learner's function gives knowledge back to Binmas. */
const GIVES_BACK = 'balik-ke-binmas';

const root = join(import.meta.dirname, '../..');
const load = (id: string): Scenario =>
  ScenarioSchema.parse(parse(readFileSync(join(root, 'content/scenarios', `${id}.yaml`), 'utf8')));

/** The same scenario with every choice matching `drop` removed, to ask what can be reached without them. */
const without = (scenario: Scenario, drop: (choice: ScenarioChoice) => boolean): Scenario => ({
  ...scenario,
  nodes: scenario.nodes.map((node) => ({ ...node, choices: node.choices.filter((c) => !drop(c)) })),
});

const FINDING = /temuan (pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh) kajian Puslitbang Polri 2022/i;

describe.each(Object.entries(SEATS))('content/scenarios/%s.yaml', (id, seat) => {
  const scenario = load(id);
  const endings = scenario.nodes.filter((n) => n.ending);
  const ideal = endings.filter((n) => n.ending?.rating === 'ideal').map((n) => n.id);

  it(`is played from the ${seat} seat, not Binmas`, () => {
    expect(scenario.seat).toBe(seat);
  });

  it('has at least three endings: an ideal, a cukup and a kurang one', () => {
    expect(endings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(endings.map((n) => n.ending?.rating))).toEqual(new Set(['ideal', 'cukup', 'kurang']));
  });

  it('its ideal ending is reachable, and every debrief names a finding of the 2022 study', () => {
    expect(ideal.length).toBeGreaterThan(0);
    expect(analyzeScenario(scenario).unreachableEndings).not.toEqual(expect.arrayContaining(ideal));
    for (const n of endings) expect(n.ending?.debrief).toMatch(FINDING);
  });

  it('every way to the ideal ending consults Binmas: without those choices it cannot be reached', () => {
    expect(scenario.nodes.some((n) => n.choices.some((c) => c.consult === 'binmas'))).toBe(true);
    const analysis = analyzeScenario(without(scenario, (c) => c.consult === 'binmas'));
    expect(analysis.unreachableEndings).toEqual(expect.arrayContaining(ideal));
  });

  it('every way to the ideal ending has the function give back to Binmas (knowledge flows both ways)', () => {
    expect(scenario.flags).toContain(GIVES_BACK);
    const analysis = analyzeScenario(without(scenario, (c) => c.set.includes(GIVES_BACK)));
    expect(analysis.unreachableEndings).toEqual(expect.arrayContaining(ideal));
  });
});

describe('module latihan-dari-setiap-fungsi', () => {
  const overview = readFileSync(join(root, 'modules/09-latihan-dari-setiap-fungsi/index.mdx'), 'utf8');
  const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(overview)?.[1] ?? '') as {
    id: string;
    scenarios: string[];
    completion: { requiredScenarios: string[] };
  };

  it('plays every seat scenario, each on the page and required, and closes the cross-function course', () => {
    expect(frontmatter.id).toBe('latihan-dari-setiap-fungsi');
    expect(frontmatter.scenarios).toEqual(Object.keys(SEATS));
    expect(frontmatter.completion.requiredScenarios).toEqual(Object.keys(SEATS));
    for (const id of Object.keys(SEATS)) expect(overview).toContain(`<Scenario id="${id}" />`);
    const course = parse(
      readFileSync(join(root, 'content/courses/transfer-pengetahuan-lintas-fungsi.yaml'), 'utf8'),
    ) as { modules: string[] };
    expect(course.modules.at(-1)).toBe('latihan-dari-setiap-fungsi');
  });

  it('gives every function a learner can serve in, Binmas aside, a scenario played from its own seat', () => {
    const played = new Set<string>(Object.values(SEATS));
    expect(SeatSchema.options.filter((seat) => !played.has(seat))).toEqual(['binmas']);
  });
});
