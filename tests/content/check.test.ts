import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/diagnostic.ts';
import { SeatSchema } from '../../src/schemas/common.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const valid = await readContentFiles(`${fixtures}valid`);

/** Checks the valid fixture tree with one broken file placed at `path`. */
async function checkWith(fixture: string, path: string): Promise<string> {
  const text = await readFile(`${fixtures}broken/${fixture}`, 'utf8');
  const { diagnostics } = checkContent([...valid, { path, text }]);
  return formatReport(diagnostics);
}

describe('content check', () => {
  it('accepts the valid fixture tree', () => {
    expect(formatReport(checkContent(valid).diagnostics)).toBe('Tidak ada masalah.');
  });

  it('names the file, line and field of a missing title', async () => {
    expect(await checkWith('lesson-missing-title.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:2:1  kolom "title" wajib diisi  (tambahkan baris "title: ..." di frontmatter)
      1 masalah ditemukan."
    `);
  });

  it('points at an unknown key and suggests the right spelling', async () => {
    expect(await checkWith('lesson-unknown-key.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:6:1  kolom "titel" tidak dikenal  (mungkin maksud Anda "title"?)
      1 masalah ditemukan."
    `);
  });

  it('reports a duplicate lesson id with the file that has it already', async () => {
    expect(await checkWith('lesson-duplicate-id.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:2:5  id pelajaran "pelajaran-pertama" sudah dipakai di modules/01-contoh/01-pelajaran-pertama.mdx  (setiap id harus unik: ganti id ini dengan yang belum dipakai)
      1 masalah ditemukan."
    `);
  });

  it('reports a quiz id that names no quiz', async () => {
    const report = await checkWith('module-unknown-quiz.mdx', 'modules/02-kedua/index.mdx');
    expect(report).toMatchInlineSnapshot(`
      "modules/02-kedua/index.mdx:2:5  modul "modul-kedua" belum punya pelajaran  (tambahkan berkas modules/02-kedua/01-judul-pelajaran.mdx)
      modules/02-kedua/index.mdx:7:7  kolom "quiz": kuis "kuis-yang-tidak-ada" tidak ada  (periksa ejaan id, atau buat kuis itu terlebih dahulu)
      2 masalah ditemukan."
    `);
  });

  it('locates a YAML syntax error in the frontmatter', async () => {
    expect(await checkWith('lesson-bad-yaml.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:3:8  YAML tidak valid: tanda kutip dibuka tetapi tidak ditutup  (tambahkan tanda kutip penutup di akhir nilai pada baris ini)
      1 masalah ditemukan."
    `);
  });

  it('says a number is expected for minutes', async () => {
    expect(await checkWith('lesson-minutes-text.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:5:10  kolom "minutes" harus berupa angka menit, misalnya 7  (ubah nilainya menjadi angka)
      1 masalah ditemukan."
    `);
  });

  it('reports a course module that does not exist', async () => {
    expect(await checkWith('course-unknown-module.yaml', 'content/courses/kursus-kedua.yaml')).toMatchInlineSnapshot(`
      "content/courses/kursus-kedua.yaml:7:5  kolom "modules": modul "modul-hantu" tidak ada  (periksa ejaan id, atau buat modul itu terlebih dahulu)
      1 masalah ditemukan."
    `);
  });

  it('reports a <Term> that links to no glossary entry', async () => {
    expect(await checkWith('lesson-unknown-term.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:10:9  <Term id="istilah-hantu">: istilah "istilah-hantu" tidak ada  (periksa ejaan id, atau tambahkan istilah itu)
      1 masalah ditemukan."
    `);
  });

  it('rejects a lesson file without an order prefix', async () => {
    expect(await checkWith('lesson-minutes-text.mdx', 'modules/01-contoh/kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/kedua.mdx:1:1  nama berkas pelajaran "kedua.mdx" tidak diawali nomor urut  (ganti nama berkas menjadi misalnya "02-judul-pelajaran.mdx")
      1 masalah ditemukan."
    `);
  });
});

describe('the real content', () => {
  it('has no problems', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const { diagnostics, corpus } = checkContent(await readContentFiles(root));
    expect(formatReport(diagnostics)).toBe('Tidak ada masalah.');
    expect(corpus.modules.length).toBeGreaterThan(0);
    expect(corpus.courses.length).toBeGreaterThan(0);
  });
});

describe('content/seats.yaml', () => {
  const card = {
    path: 'content/functions/binmas.yaml',
    text: `id: binmas
name: Binmas
fullName: Pembinaan Masyarakat
unit: Sat Binmas
order: 1
core: Membina masyarakat.
layer: potensi-gangguan
needsFromPolmas: [Informasi desa]
givesBack: [Penyuluhan]
askBinmas: [{ text: Minta melalui Kanit Binmas, confidence: LIKELY }]
binmasNeeds: [Kabar perkara yang menyangkut desa]
basis: Nama satuan [S16]
confidence: LIKELY
`,
  };
  const seats = (items: string) =>
    formatReport(checkContent([...valid, card, { path: 'content/seats.yaml', text: items }]).diagnostics);
  const item = (id: string, partners = '[binmas]') =>
    `- id: ${id}\n  polmas: 'Paragraf.'\n  partners: ${partners}\n  sources: [S1]\n  confidence: VERIFIED\n`;
  const everySeat = SeatSchema.options;

  it('accepts one item per function naming existing cards', () => {
    expect(seats(everySeat.map((id) => item(id)).join(''))).toBe('Tidak ada masalah.');
  });

  it('names the functions that have no item, an unknown function card and an unknown function', () => {
    expect(seats(`${item('lantas', '[kartu-tidak-ada]')}${item('spkt')}`)).toMatchInlineSnapshot(`
      "content/seats.yaml:1:1  fungsi binmas, intelkam, reskrim, resnarkoba, samapta, polairud, humas, propam, pimpinan, mitra belum punya butir  (tambahkan butir "- id: <fungsi>" dengan polmas, partners, sources dan confidence untuk setiap fungsi itu)
      content/seats.yaml:3:14  kolom "partners": kartu fungsi "kartu-tidak-ada" tidak ada  (periksa ejaan id, atau buat kartu fungsi itu terlebih dahulu)
      content/seats.yaml:6:7  kolom "id" harus salah satu fungsi: binmas, intelkam, reskrim, resnarkoba, samapta, lantas, polairud, humas, propam, pimpinan atau mitra  (pilih salah satu nilai yang disebutkan, dengan ejaan yang sama persis)
      3 masalah ditemukan."
    `);
  });

  it('reports a function listed twice', () => {
    expect(seats([...everySeat, 'lantas'].map((id) => item(id)).join(''))).toMatchInlineSnapshot(`
      "content/seats.yaml:56:7  id fungsi "lantas" sudah dipakai di content/seats.yaml  (setiap id harus unik: ganti id ini dengan yang belum dipakai)
      1 masalah ditemukan."
    `);
  });
});
