import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/diagnostic.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const valid = await readContentFiles(`${fixtures}valid`);

const good = `id: kuis-contoh
title: "Kuis contoh"
passMark: 70
draw: 2
questions:
  - id: pengemban
    type: single
    prompt: "Siapa Pengemban Polmas?"
    options:
      - id: a
        text: "Hanya Bhabinkamtibmas"
      - id: b
        text: "Setiap anggota Polri"
        correct: true
    explanation: "Pasal 1 angka 4."
    source: "Perpol 1/2021 Pasal 1 angka 4"
  - id: urutan
    type: ordering
    prompt: "Urutkan."
    items:
      - { id: skep, text: "Skep 737/2005" }
      - { id: perpol, text: "Perpol 1/2021" }
    explanation: "Sejarah."
    source: "Pelajaran 5"
  - id: pasangan
    type: matching
    prompt: "Pasangkan."
    pairs:
      - { id: lantas, left: "Lantas", right: "Dikmas Lantas" }
      - { id: intelkam, left: "Intelkam", right: "Laporan informasi" }
    explanation: "Kartu fungsi."
    source: "Kartu fungsi"
`;

/** The report for the valid tree plus `good` with `from` replaced by `to`. */
function checkQuiz(from: string | RegExp, to: string): string {
  const text = good.replace(from, to);
  if (text === good) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return formatReport(checkContent([...valid, { path: 'content/quizzes/kuis-contoh.yaml', text }]).diagnostics);
}

describe('quiz files', () => {
  it('accepts a valid quiz', () => {
    expect(
      formatReport(checkContent([...valid, { path: 'content/quizzes/kuis-contoh.yaml', text: good }]).diagnostics),
    ).toBe('Tidak ada masalah.');
  });

  it('rejects a single-choice question without a correct option', () => {
    expect(checkQuiz('        correct: true\n', '')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:6:5  pertanyaan "pengemban": pilihan tunggal harus punya tepat satu opsi benar, ditemukan 0  (tulis "correct: true" pada opsi yang benar)
      1 masalah ditemukan."
    `);
  });

  it('rejects a single-choice question with two correct options', () => {
    expect(checkQuiz('"Hanya Bhabinkamtibmas"\n', '"Hanya Bhabinkamtibmas"\n        correct: true\n'))
      .toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:6:5  pertanyaan "pengemban": pilihan tunggal harus punya tepat satu opsi benar, ditemukan 2  (biarkan "correct: true" hanya pada satu opsi, atau ganti menjadi "type: multiple" bila memang ada beberapa jawaban benar)
      1 masalah ditemukan."
    `);
  });

  it('rejects an ordering question with one item', () => {
    expect(checkQuiz('      - { id: perpol, text: "Perpol 1/2021" }\n', '')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:17:5  pertanyaan "urutan": soal urutan hanya punya 1 butir  (tulis minimal 2 butir di items, dalam urutan yang benar)
      1 masalah ditemukan."
    `);
  });

  it('rejects a matching pair without its right side', () => {
    expect(checkQuiz('left: "Intelkam", right: "Laporan informasi"', 'left: "Intelkam"')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:30:9  pertanyaan "pasangan": pasangan "intelkam" tidak punya sisi kanan (right)  (tambahkan "right: ..." pada pasangan ini; teks kanan yang memang tanpa pasangan ditulis di distractors)
      1 masalah ditemukan."
    `);
  });

  it('rejects a matching pair without its left side', () => {
    expect(checkQuiz('{ id: lantas, left: "Lantas", right:', '{ id: lantas, right:')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:29:9  pertanyaan "pasangan": pasangan "lantas" tidak punya sisi kiri (left)  (tambahkan "left: ..." pada pasangan ini; teks kanan yang memang tanpa pasangan ditulis di distractors)
      1 masalah ditemukan."
    `);
  });

  it('rejects duplicate pair ids', () => {
    expect(checkQuiz('id: intelkam,', 'id: lantas,')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:30:15  pertanyaan "pasangan": id pasangan "lantas" dipakai dua kali  (beri setiap pasangan id yang berbeda)
      1 masalah ditemukan."
    `);
  });

  it('rejects duplicate option ids', () => {
    expect(checkQuiz('      - id: b\n', '      - id: a\n')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:12:13  pertanyaan "pengemban": id opsi "a" dipakai dua kali  (beri setiap opsi id yang berbeda, misalnya a, b, c)
      1 masalah ditemukan."
    `);
  });

  it('rejects a draw larger than the bank', () => {
    expect(checkQuiz('draw: 2', 'draw: 4')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:4:7  draw 4 lebih besar dari jumlah pertanyaan (3)  (kecilkan draw menjadi paling banyak 3, atau tambahkan pertanyaan)
      1 masalah ditemukan."
    `);
  });

  it('rejects a duplicate question id', () => {
    expect(checkQuiz('  - id: pasangan', '  - id: pengemban')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:25:5  id pertanyaan "pengemban" sudah dipakai oleh pertanyaan ke-1  (setiap pertanyaan dalam satu kuis harus punya id yang berbeda)
      1 masalah ditemukan."
    `);
  });

  it('rejects a pass mark below 0', () => {
    expect(checkQuiz('passMark: 70', 'passMark: -5')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:3:11  kolom "passMark" harus antara 0 dan 100 (persen), misalnya 70  (sesuaikan nilainya dengan batas yang disebutkan)
      1 masalah ditemukan."
    `);
  });

  it('rejects a pass mark above 100', () => {
    expect(checkQuiz('passMark: 70', 'passMark: 170')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:3:11  kolom "passMark" harus antara 0 dan 100 (persen), misalnya 70  (sesuaikan nilainya dengan batas yang disebutkan)
      1 masalah ditemukan."
    `);
  });

  it('rejects an unknown question type', () => {
    expect(checkQuiz('type: ordering', 'type: urutan')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:18:11  pertanyaan "urutan": kolom "type" "urutan" tidak dikenal  (tulis salah satu dari: single, multiple, truefalse, ordering, matching)
      1 masalah ditemukan."
    `);
  });

  it('names the question of an unknown key and suggests the right spelling', () => {
    expect(checkQuiz('    explanation: "Sejarah."', '    explanation: "Sejarah."\n    explanasi: "x"'))
      .toMatchInlineSnapshot(`
      "content/quizzes/kuis-contoh.yaml:24:5  pertanyaan "urutan": kolom "explanasi" tidak dikenal  (hapus kolom ini; kolom yang boleh: type, id, prompt, explanation, source, module, findings, level, items)
      1 masalah ditemukan."
    `);
  });

  it('rejects a <Quiz id> that names no quiz', () => {
    const lesson = `---
id: pelajaran-kedua
title: Pelajaran kedua
description: Deskripsi.
minutes: 5
---

<Quiz id="kuis-hantu" />
`;
    const report = formatReport(
      checkContent([...valid, { path: 'modules/01-contoh/02-kedua.mdx', text: lesson }]).diagnostics,
    );
    expect(report).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:1  <Quiz id="kuis-hantu">: kuis "kuis-hantu" tidak ada  (periksa ejaan id, atau tambahkan kuis itu)
      1 masalah ditemukan."
    `);
  });
});
