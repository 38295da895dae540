import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/diagnostic.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const valid = (await readContentFiles(`${fixtures}valid`)).filter((f) => !f.path.startsWith('content/courses/'));

const moduleWithFindings = (await readContentFiles(`${fixtures}valid`)).map((f) =>
  f.path.endsWith('01-contoh/index.mdx')
    ? { ...f, text: f.text.replace('objectives:', 'findings: [2, 3]\nobjectives:') }
    : f,
);

const course = (exam: string) => `id: kursus-contoh
title: Kursus contoh
summary: Kursus kecil untuk pengujian.
audience: Penguji
modules: [modul-contoh]
certificate:
  title: Sertifikat contoh
  signatoryRole: Kasat Binmas
${exam}`;

/** A bank of `n` single-choice questions of modul-contoh, tagged with the findings given in turn. */
function bank(id: string, n: number, findings: readonly number[][], extra = ''): string {
  const questions = Array.from(
    { length: n },
    (_, i) => `  - id: soal-${i + 1}
    type: single
    prompt: "Situasi ${i + 1}: apa langkah Anda?"
    options:
      - { id: a, text: "Bertindak sendiri" }
      - { id: b, text: "Berkoordinasi", correct: true }
    explanation: "Koordinasi."
    source: "Pelajaran contoh"
    module: modul-contoh
    findings: [${(findings[i % findings.length] ?? []).join(', ')}]
    level: penerapan${i === 0 ? extra : ''}`,
  ).join('\n');
  return `id: ${id}\ntitle: "Bank"\npassMark: 70\nquestions:\n${questions}\n`;
}

const EXAM = `pretest: pra-contoh
exam:
  bank: ujian-contoh
  draw: { perModule: 2, perFinding: 1 }
  attempts: 3
  wait: 24
  passMark: 70
`;

function check(files: { path: string; text: string }[]): string {
  return formatReport(
    checkContent([...moduleWithFindings.filter((f) => !f.path.startsWith('content/courses/')), ...files]).diagnostics,
  );
}

describe('course exam checks', () => {
  it('accepts a tagged bank three times the draw per module and finding, and a pre-test covering every finding', () => {
    const report = check([
      { path: 'content/courses/kursus-contoh.yaml', text: course(EXAM) },
      // one attempt: 2 (module) + 2 findings x 1 = 4 at most; 12 questions, 6 per finding.
      { path: 'content/quizzes/ujian-contoh.yaml', text: bank('ujian-contoh', 12, [[2], [3]]) },
      { path: 'content/quizzes/pra-contoh.yaml', text: bank('pra-contoh', 2, [[2], [3]]) },
    ]);
    expect(report).toBe('Tidak ada masalah.');
  });

  it('names a missing pre-test, a foreign module, a small bank and an uncovered finding', () => {
    const report = check([
      { path: 'content/courses/kursus-contoh.yaml', text: course(EXAM.replace('pra-contoh', 'pra-hilang')) },
      {
        path: 'content/quizzes/ujian-contoh.yaml',
        text: bank('ujian-contoh', 5, [[2]]).replace('module: modul-contoh', 'module: 01-contoh'),
      },
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/courses/kursus-contoh.yaml:9:10  kuis "pra-hilang" tidak ada  (buat content/quizzes/pra-hilang.yaml, atau periksa ejaan id)
      content/courses/kursus-contoh.yaml:11:9  bank "ujian-contoh" hanya punya 5 soal seluruhnya, padahal perlu minimal 6 (3 kali yang diambil per percobaan)  (tambahkan soal ke bank, atau kurangi jumlah yang diambil per percobaan)
      content/courses/kursus-contoh.yaml:11:9  bank "ujian-contoh" tidak punya soal untuk temuan 3 yang dijawab kursus ini  (tambahkan soal bertanda findings untuk temuan itu)
      content/courses/kursus-contoh.yaml:12:22  bank "ujian-contoh" hanya punya 4 soal modul "modul-contoh", padahal perlu minimal 6 (3 kali yang diambil per percobaan)  (tambahkan soal ke bank, atau kurangi jumlah yang diambil per percobaan)
      content/courses/kursus-contoh.yaml:12:37  bank "ujian-contoh" hanya punya 0 soal temuan 3, padahal perlu minimal 3 (3 kali yang diambil per percobaan)  (tambahkan soal ke bank, atau kurangi jumlah yang diambil per percobaan)
      content/quizzes/ujian-contoh.yaml:13:13  soal "soal-1": modul "01-contoh" bukan modul kursus "kursus-contoh"  (tulis salah satu id modul kursus: modul-contoh (id, bukan nama folder))
      6 masalah ditemukan."
    `);
  });

  it('leaves the valid fixture tree (no exam) alone', () => {
    expect(formatReport(checkContent(valid).diagnostics)).toBe('Tidak ada masalah.');
  });
});
