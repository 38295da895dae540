// Content errors found by the audit against the domain brief (issue 20, "Content errors to fix"): each test pins
// one fix, so that the error cannot come back unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
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

/** The ideal ending is reachable, but not for a learner who never makes a choice that `needed` matches. */
function expectIdealNeeds(s: Scenario, needed: (choice: ScenarioChoice) => boolean): void {
  expect(reaches(s, 'akhir-ideal')).toBe(true);
  expect(reaches(without(s, needed), 'akhir-ideal')).toBe(false);
}

const choice = (s: Scenario, id: string): ScenarioChoice | undefined =>
  s.nodes.flatMap((n) => n.choices).find((c) => c.id === id);

describe('1. kemitraan-fkpm-atau-pokdar: violence the learner hears of is acted on in the ideal path', () => {
  const s = scenario('kemitraan-fkpm-atau-pokdar');

  it('the ideal ending is reachable, and unreachable for a learner who never reports the beating', () => {
    expectIdealNeeds(s, (c) => /melaporkan pemukulan/.test(c.label));
  });

  it('only reminding the Pokdar of its limits leads to the Propam branch', () => {
    expect(choice(s, 'ingatkan-saja')?.to).toBe('pokdar-viral');
  });
});

describe('2. rapat-koordinasi-desa: "tiga pilar" needs the community pillar', () => {
  const s = scenario('rapat-koordinasi-desa');

  it('the ideal ending is unreachable when only the kepala desa and Babinsa are invited', () => {
    expectIdealNeeds(s, (c) => c.set.includes('undang-tokoh'));
  });
});

describe('3. deteksi-dini-konflik-lahan: the planned mass action is met by Samapta in the ideal path', () => {
  const s = scenario('deteksi-dini-konflik-lahan');

  it('the ideal ending is unreachable without Samapta coordinated for the day of the action', () => {
    expectIdealNeeds(s, (c) => c.consult === 'samapta');
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

  it('Perkabaharkam 5/2011 (TPTKP) has status tidak-diketahui: the brief read it but not that it is still in force', () => {
    const refs = parse(read('content/legal/references.yaml')) as { id: string; status: string }[];
    expect(refs.find((r) => r.id === 'perkabaharkam-5-2011')?.status).toBe('tidak-diketahui');
  });

  it('the TKP pocket card rests its scene step on practice as well, and says the rule may not be current', () => {
    const card = parse(read('content/kit/cards/tkp-dan-tertangkap-tangan.yaml')) as {
      steps: { refs: string[] }[];
      varies: string;
    };
    for (const step of card.steps.filter((s) => s.refs.includes('perkabaharkam-5-2011'))) {
      expect(step.refs).toContain('tptkp-langkah-praktik');
    }
    expect(card.varies).toMatch(/Perkabaharkam 5\/2011 belum terverifikasi/);
  });
});

describe('4. coverage figures and programme dates are stated as their sources state them', () => {
  const files = [
    'modules/06-petugas-polmas/01-kesenjangan-bhabinkamtibmas.mdx',
    'modules/01-polmas-tugas-setiap-anggota/04-siapa-pengemban-polmas.mdx',
    'content/quizzes/kuis-petugas-polmas.yaml',
    'content/glossary/satu-bhabinkamtibmas-satu-desa.yaml',
    'src/i18n/id.ts',
  ];

  it.each(files)('%s never makes 81.161 desa the denominator of the 46.6 percent, nor calls it "desa saja"', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/desa saja/);
    const claims = text.split('\n').filter((l) => /46,6%[^.]*(?:dari|acuan|dibandingkan dengan) 81\.161/.test(l));
    // Only a warning against the claim may quote it.
    for (const line of claims) expect(line).toMatch(/jangan menulis "46,6% dari 81\.161/);
    for (const line of text.split('\n').filter((l) => l.includes('46,6%') && l.includes('81.161'))) {
      expect(line).toMatch(/tidak (?:menyatakan|mengatakan|dikatakan)|tidak ada sumber yang menyatakan/);
    }
  });

  it.each(files.slice(0, 2).concat(files.slice(3)))(
    '%s gives the 46.6 percent as "dari total desa dan kelurahan"',
    (file) => {
      expect(read(file)).toMatch(/46,6% "?dari total desa dan kelurahan/);
    },
  );

  it('the programme was launched in December 2011, not announced in 2014', () => {
    const lesson = read(files[0] ?? '');
    const glossary = read(files[3] ?? '');
    expect(lesson).not.toMatch(/diumumkan[^.]*November 2014/);
    expect(glossary).not.toMatch(/sejak 2014/);
    for (const text of [lesson, glossary]) expect(text).toMatch(/Desember 2011/);
  });

  it('the study is never dated by the journal issue, which is not verified', () => {
    for (const file of files) expect(read(file)).not.toMatch(/Jurnal Litbang Polri,? (?:tahun )?2022/);
  });
});

describe('5. Perpol 8/2021 is not taught as a Reskrim-only matter, and the new codes are noted', () => {
  const lesson = read('modules/06-petugas-polmas/04-kunjungan-dan-perselisihan-ringan.mdx');
  const glossary = parse(read('content/glossary/perpol-8-2021.yaml')) as { definition: string; confidence: string };

  it.each([
    ['the lesson', lesson],
    ['the glossary', glossary.definition],
  ])(
    '%s names the Binmas and Samapta functions, with the label, and the codes in force since 2 January 2026',
    (_, text) => {
      expect(text).toMatch(/fungsi Binmas dan Samapta/);
      expect(text).toMatch(/belum terverifikasi/);
      expect(text).toMatch(/2 Januari 2026/);
      expect(text).toMatch(/UU 20\/2025/);
      expect(text).toMatch(/UU 1\/2023/);
    },
  );

  it('the glossary entry is labelled LIKELY and the lesson cites Pasal 2 through its reference', () => {
    expect(glossary.confidence).toBe('LIKELY');
    expect(lesson).toContain('<DasarHukum ref="perpol-8-2021-pasal-2" />');
    const refs = parse(read('content/legal/references.yaml')) as { id: string; confidence: string }[];
    expect(refs.find((r) => r.id === 'perpol-8-2021-pasal-2')?.confidence).toBe('LIKELY');
  });
});

describe('8. quiz keys agree with the scenarios and do not key one reading of an ambiguous phrase', () => {
  interface Question {
    id: string;
    items?: { id: string }[];
    options?: { text: string; correct?: boolean }[];
    explanation: string;
  }
  const questions = (quiz: string) =>
    (parse(read(`content/quizzes/${quiz}.yaml`)) as { questions: Question[] }).questions;

  it('urutan-rapat: listening to every party comes before the data, as the meeting scenario rewards', () => {
    const order = questions('kuis-koordinasi-lintas-fungsi')
      .find((q) => q.id === 'urutan-rapat')
      ?.items?.map((i) => i.id);
    expect(order?.indexOf('dengar')).toBe(1);
    expect(order?.indexOf('dengar')).toBeLessThan(order?.indexOf('data') ?? -1);
    const s = scenario('rapat-koordinasi-desa');
    expect(choice(s, 'buka-dialog')?.effects['kemitraan']).toBeGreaterThan(0);
    expect(choice(s, 'buka-instruksi')?.effects['kemitraan']).toBeLessThan(0);
  });

  it('temuan-keempat: the keyed answer holds under both readings of "bagi masyarakat"', () => {
    const q = questions('kuis-deteksi-dini-dan-pemecahan-masalah').find((x) => x.id === 'temuan-keempat');
    const keyed = q?.options?.filter((o) => o.correct).map((o) => o.text) ?? [];
    expect(keyed).toHaveLength(1);
    expect(keyed[0]).not.toMatch(/masyarakat|warga|polisi|Polri|Intelkam|pimpinan/i);
    expect(q?.explanation).toMatch(/dua cara/);
  });
});

describe('9. lessons cite through <Sumber> and speak as the course', () => {
  const lessons = readdirSync(join(root, 'modules'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ file: `modules/${f}`, text: read(`modules/${f}`) }));

  it('no lesson has a bare source code such as [S10] in its prose', () => {
    const bare = lessons.flatMap(({ file, text }) => (text.match(/\[S\d+[^\]]*\]/g) ?? []).map((m) => `${file}: ${m}`));
    expect(bare).toEqual([]);
    expect(lessons.filter(({ text }) => text.includes('<Sumber id="S10" />')).length).toBeGreaterThan(5);
  });

  it('no lesson speaks as the researchers ("kami", "sumber kami") outside a quoted speaker', () => {
    const phrasings = lessons.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line) => line.replace(/"[^"]*"/g, '""'))
        .filter((line) => /\bkami\b/i.test(line))
        .map((line) => `${file}: ${line.slice(0, 80)}`),
    );
    expect(phrasings).toEqual([]);
    expect(read('src/i18n/id.ts')).not.toMatch(/belum kami|sumber kami/);
  });

  it('the UI says "luring" beside "offline" wherever it names offline use', () => {
    const strings = read('src/i18n/id.ts').match(/'[^'\n]*\boffline\b[^'\n]*'/g) ?? [];
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect(s).toMatch(/luring \(offline\)/);
  });
});
