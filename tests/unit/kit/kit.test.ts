import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readContentFiles } from '../../../src/integrations/read-content.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatReport } from '../../../src/lib/content/diagnostic.ts';
import { buildKitDocument, EMPTY_VALUE, tableRows, templateView } from '../../../src/lib/kit/document.ts';
import { KitCardSchema, KitTemplateSchema, type KitTemplate } from '../../../src/schemas/kit.ts';

const template: KitTemplate = KitTemplateSchema.parse({
  id: 'notulen',
  title: 'Notulen',
  summary: 'Notulen rapat.',
  document: 'NOTULEN',
  status: 'Contoh netral.',
  lessons: ['pelajaran-pertama'],
  blocks: [
    { type: 'heading', text: 'I. RAPAT' },
    { type: 'field-date', id: 'tanggal', label: 'Tanggal' },
    { type: 'text', text: 'Rapat dibuka.' },
    { type: 'field-textarea', id: 'uraian', label: 'Uraian' },
    {
      type: 'field-table',
      id: 'keputusan',
      label: 'Keputusan',
      columns: [
        { id: 'isi', label: 'Keputusan' },
        { id: 'pj', label: 'Penanggung jawab' },
      ],
    },
  ],
  limits: [{ text: 'Batas.', refs: ['perpol-1-2021-pasal-1-angka-4'] }],
  refs: ['perpol-1-2021-pasal-1-angka-4'],
});

const card = {
  id: 'kartu',
  title: 'Kartu',
  summary: 'Kapan dipakai.',
  lessons: ['pelajaran-pertama'],
  steps: [{ text: 'Langkah satu.', refs: ['perpol-1-2021-pasal-1-angka-4'] }, { text: 'Langkah dua.' }],
};

describe('field-kit schemas', () => {
  it('accepts a template and a card, filling the defaults', () => {
    expect(template.blocks).toHaveLength(5);
    const parsed = KitCardSchema.parse(card);
    expect(parsed.never).toEqual([]);
    expect(parsed.steps[1]?.refs).toEqual([]);
  });

  it.each([
    ['a card with nine steps', { ...card, steps: Array.from({ length: 9 }, () => ({ text: 'Langkah.' })) }],
    ['a step longer than a card line allows', { ...card, steps: [{ text: 'x'.repeat(141) }, { text: 'Dua.' }] }],
    ['a card taught by no lesson', { ...card, lessons: [] }],
    ['a card with an unknown key', { ...card, catatan: 'x' }],
  ])('rejects %s', (_, value) => {
    expect(KitCardSchema.safeParse(value).success).toBe(false);
  });

  it.each([
    ['a table with one column', { type: 'field-table', id: 't', label: 'T', columns: [{ id: 'a', label: 'A' }] }],
    ['an unknown block type', { type: 'field-number', id: 'n', label: 'N' }],
    ['a field without an id', { type: 'field-text', label: 'N' }],
  ])('rejects a template with %s', (_, block) => {
    expect(KitTemplateSchema.safeParse({ ...template, blocks: [block] }).success).toBe(false);
  });
});

describe('the document of a filled-in template', () => {
  const view = templateView(template, (id) => `cite:${id}`);

  it('keeps the template order, formats dates, marks empty fields and drops blank table rows', () => {
    const doc = buildKitDocument(view, {
      tanggal: '2026-05-12',
      uraian: '  Baris satu\nBaris dua  ',
      keputusan: [{ isi: 'Ronda', pj: 'Ketua RT' }, { isi: ' ', pj: '' }, { pj: 'Sekdes' }],
      lain: 'diabaikan',
    });
    expect(doc).toEqual({
      title: 'NOTULEN',
      status: 'Contoh netral.',
      limits: [{ text: 'Batas.', cites: ['cite:perpol-1-2021-pasal-1-angka-4'] }],
      parts: [
        { kind: 'heading', text: 'I. RAPAT' },
        { kind: 'field', label: 'Tanggal', value: '12 Mei 2026' },
        { kind: 'text', text: 'Rapat dibuka.' },
        { kind: 'field', label: 'Uraian', value: 'Baris satu\nBaris dua' },
        {
          kind: 'table',
          label: 'Keputusan',
          columns: ['Keputusan', 'Penanggung jawab'],
          rows: [
            ['Ronda', 'Ketua RT'],
            ['', 'Sekdes'],
          ],
        },
      ],
    });
  });

  it('prints an empty draft with every field marked empty', () => {
    const doc = buildKitDocument(view, {});
    expect(doc.parts.flatMap((p) => (p.kind === 'field' ? [p.value] : []))).toEqual([EMPTY_VALUE, EMPTY_VALUE]);
    expect(tableRows(undefined, ['isi'])).toEqual([]);
    expect(tableRows('teks', ['isi'])).toEqual([]);
  });
});

describe('the content check of field-kit files', () => {
  const fixtures = new URL('../../content/fixtures/valid', import.meta.url).pathname;

  async function check(files: { path: string; data: unknown }[]) {
    const valid = await readContentFiles(fixtures);
    return formatReport(
      checkContent([...valid, ...files.map((f) => ({ path: f.path, text: stringify(f.data) }))]).diagnostics,
    );
  }

  it('accepts a template and a card whose lessons and references exist', async () => {
    expect(
      await check([
        { path: 'content/kit/templates/notulen.yaml', data: template },
        { path: 'content/kit/cards/kartu.yaml', data: card },
      ]),
    ).toBe('Tidak ada masalah.');
  });

  it('reports an unknown lesson, an unknown reference, a tool that cites nothing and an id used twice', async () => {
    const report = await check([
      { path: 'content/kit/templates/notulen.yaml', data: { ...template, lessons: ['tidak-ada'] } },
      {
        path: 'content/kit/cards/kartu.yaml',
        data: { ...card, steps: [{ text: 'Satu.', refs: ['uu-99-2099'] }, { text: 'Dua.' }] },
      },
      {
        path: 'content/kit/cards/kartu-kosong.yaml',
        data: { ...card, id: 'notulen', steps: card.steps.map((s) => ({ text: s.text })) },
      },
    ]);
    expect(report).toContain(
      'content/kit/templates/notulen.yaml:7:5  kolom "lessons": pelajaran "tidak-ada" tidak ada',
    );
    expect(report).toMatch(/content\/kit\/cards\/kartu\.yaml:\d+:\d+ {2}rujukan hukum "uu-99-2099" tidak ada/);
    expect(report).toMatch(
      /kartu-kosong\.yaml:1:5 {2}id perangkat "notulen" sudah dipakai di content\/kit\/templates\/notulen\.yaml/,
    );
    expect(report).toMatch(/kartu-kosong\.yaml:1:5 {2}perangkat ini tidak mengutip rujukan apa pun/);
  });

  it('reports a field id used twice in one template', async () => {
    const blocks = [...template.blocks, { type: 'field-text', id: 'uraian', label: 'Lagi' }];
    expect(await check([{ path: 'content/kit/templates/notulen.yaml', data: { ...template, blocks } }])).toMatch(
      /notulen\.yaml:\d+:\d+ {2}isian "uraian" disebut dua kali/,
    );
  });
});
