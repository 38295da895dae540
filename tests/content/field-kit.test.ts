import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KitCardSchema, KitTemplateSchema, type KitCard, type KitTemplate } from '../../src/schemas/kit.ts';

// The field kit says nothing the course does not: each shared fact below is stated by the pocket card (or template)
// and by the lessons and scenarios that teach it, in words a test can find. When a lesson changes its referral route,
// this fails until the card follows (issue #23: "no card contradicts a lesson or a scenario").
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const yamlFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => parse(read(`${dir}/${f}`)) as unknown);
const cards = new Map(
  yamlFiles('content/kit/cards')
    .map((c) => KitCardSchema.parse(c))
    .map((c) => [c.id, c]),
);
const templates = new Map(
  yamlFiles('content/kit/templates')
    .map((t) => KitTemplateSchema.parse(t))
    .map((t) => [t.id, t]),
);

const LESSON = 'modules/06-petugas-polmas/04-kunjungan-dan-perselisihan-ringan.mdx';
const SPKT_SCENARIO = 'content/scenarios/spkt-pengaduan-tetangga.yaml';
const KAPOLSEK_SCENARIO = 'content/scenarios/kapolsek-rapat-lintas-fungsi.yaml';

/** All the text a tool shows. */
const toolText = (tool: KitCard | KitTemplate) =>
  'steps' in tool
    ? [tool.title, tool.summary, ...tool.steps.map((s) => s.text), ...tool.never, tool.varies ?? ''].join('\n')
    : [
        tool.title,
        tool.summary,
        tool.status,
        ...tool.blocks.map((b) => ('text' in b ? b.text : b.label)),
        ...tool.limits.map((l) => l.text),
      ].join('\n');

interface SharedFact {
  readonly fact: string;
  /** What the kit says, tool by tool. */
  readonly kit: readonly { readonly tool: string; readonly says: RegExp }[];
  /** What the course says, file by file. */
  readonly course: readonly { readonly file: string; readonly says: RegExp }[];
}

/** The referral routes and settlement limits the kit shares with the lessons and scenarios. */
export const SHARED_FACTS: readonly SharedFact[] = [
  {
    fact: 'KDRT, sexual violence and cases with children go on to the reserse function through Kanit Binmas or SPKT',
    kit: [
      { tool: 'rujukan-kdrt-kekerasan-seksual-anak', says: /Unit PPA Sat Reskrim[^\n]*melalui SPKT atau Kanit Binmas/ },
      { tool: 'batas-penyelesaian-bhabinkamtibmas', says: /melalui Kanit Binmas atau SPKT/ },
    ],
    course: [{ file: LESSON, says: /Teruskan ke fungsi reserse melalui Kanit Binmas atau SPKT/ }],
  },
  {
    fact: 'what must be passed on rather than settled: children, domestic and sexual violence, serious injury, pressure',
    kit: [
      { tool: 'batas-penyelesaian-bhabinkamtibmas', says: /Anak yang berkonflik dengan hukum: teruskan/ },
      { tool: 'batas-penyelesaian-bhabinkamtibmas', says: /KDRT: teruskan/ },
      { tool: 'batas-penyelesaian-bhabinkamtibmas', says: /Kekerasan seksual: jangan damaikan/ },
      { tool: 'batas-penyelesaian-bhabinkamtibmas', says: /luka berat/ },
      { tool: 'batas-penyelesaian-bhabinkamtibmas', says: /ditekan untuk berdamai/ },
    ],
    course: [
      { file: LESSON, says: /korbannya anak atau perempuan dalam kekerasan rumah tangga atau kekerasan seksual/ },
      { file: LESSON, says: /korban luka berat/ },
      { file: LESSON, says: /salah satu pihak ditekan untuk berdamai/ },
    ],
  },
  {
    fact: 'no promise that a case will end in peace; a resident may always report',
    kit: [
      { tool: 'batas-penyelesaian-bhabinkamtibmas', says: /Jangan janjikan perkara "pasti selesai damai"/ },
      { tool: 'catatan-penyelesaian-perselisihan', says: /Setiap pihak tetap berhak melapor ke polisi/ },
    ],
    course: [
      { file: LESSON, says: /jangan menjanjikan kepada warga bahwa sebuah perkara "pasti selesai damai"/ },
      { file: SPKT_SCENARIO, says: /Menyuruh damai bukan menawarkan pilihan/ },
    ],
  },
  {
    fact: "a child's case stays with the investigators (Reskrim), never settled by the Bhabinkamtibmas alone",
    kit: [
      { tool: 'rujukan-kdrt-kekerasan-seksual-anak', says: /diversi hanya oleh penyidik bersama Bapas/ },
      {
        tool: 'catatan-penyelesaian-perselisihan',
        says: /oleh penyidik bersama Bapas[^\n]*bukan oleh Bhabinkamtibmas/,
      },
    ],
    course: [{ file: KAPOLSEK_SCENARIO, says: /rincian penyidikan tetap di Reskrim/ }],
  },
];

const toolById = (id: string) => cards.get(id) ?? templates.get(id);

describe.each(SHARED_FACTS)('shared fact: $fact', ({ kit, course }) => {
  it.each(kit.map((k) => [k.tool, k.says] as const))('the kit says it: %s', (id, says) => {
    const tool = toolById(id);
    expect(tool, id).toBeDefined();
    if (tool) expect(toolText(tool)).toMatch(says);
  });

  it.each(course.map((c) => [c.file, c.says] as const))('the course says it: %s', (file, says) => {
    expect(read(file).replace(/\s+/g, ' ')).toMatch(says);
  });
});

describe('the field kit', () => {
  it('has at least six templates and six pocket cards, each taught by a lesson', () => {
    expect(templates.size).toBeGreaterThanOrEqual(6);
    expect(cards.size).toBeGreaterThanOrEqual(6);
  });

  it('cites the sexual-violence ban on settlement wherever it tells what may be settled', () => {
    for (const id of ['rujukan-kdrt-kekerasan-seksual-anak', 'batas-penyelesaian-bhabinkamtibmas']) {
      const card = cards.get(id);
      expect(card && [...card.refs, ...card.steps.flatMap((s) => s.refs)]).toContain('uu-12-2022-pasal-23');
    }
    expect(templates.get('catatan-penyelesaian-perselisihan')?.limits.flatMap((l) => l.refs)).toContain(
      'uu-12-2022-pasal-23',
    );
  });

  it('never cites the 1981 KUHAP or the old KUHP as current law (binding "must not say" list)', () => {
    for (const tool of [...cards.values(), ...templates.values()]) {
      const text = toolText(tool);
      expect(text, tool.id).not.toMatch(/UU 8\/1981|Pasal 111|Pasal 170 KUHP|Pasal 351/);
      // Only as a warning: "Jangan katakan warga wajib menangkap ...".
      expect(text.replace(/Jangan katakan warga wajib menangkap/g, ''), tool.id).not.toMatch(/warga wajib menangkap/i);
    }
  });

  it('calls every template an example, not an official format (no LI, notulen or undangan format was found)', () => {
    for (const template of templates.values()) expect(template.status, template.id).toMatch(/^Contoh\b/);
  });
});
