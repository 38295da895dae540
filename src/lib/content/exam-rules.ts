import type { Course } from '../../schemas/course.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import { nominalExamSize, type ExamPlan } from '../exam/draw.ts';
import { examPlan } from '../exam/plan.ts';
import type { ContentCorpus, Located } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';

/** How many times one attempt's draw the bank must hold, per module, per finding and in all. */
export const BANK_FACTOR = 3;

function diag(entry: Located<unknown>, path: readonly PropertyKey[], message: string, hint: string): Diagnostic {
  return { file: entry.file, ...entry.locate(path), message, hint };
}

function checkTags(course: Located<Course>, bank: Located<Quiz>, needModule: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  bank.data.questions.forEach((q, i) => {
    const missing = [
      needModule && q.module === undefined ? 'module' : null,
      (q.findings ?? []).length === 0 ? 'findings' : null,
      needModule && q.level === undefined ? 'level' : null,
    ].filter((x) => x !== null);
    if (missing.length > 0) {
      out.push(
        diag(
          bank,
          ['questions', i, 'id'],
          `soal "${q.id}" dipakai kursus "${course.data.id}" tetapi belum bertanda ${missing.join(', ')}`,
          'tulis module (id modul), findings (nomor temuan 1 sampai 7) dan level (ingatan, pemahaman atau penerapan)',
        ),
      );
    }
    if (needModule && q.module !== undefined && !course.data.modules.includes(q.module)) {
      out.push(
        diag(
          bank,
          ['questions', i, 'module'],
          `soal "${q.id}": modul "${q.module}" bukan modul kursus "${course.data.id}"`,
          `tulis salah satu id modul kursus: ${course.data.modules.join(', ')} (id, bukan nama folder)`,
        ),
      );
    }
  });
  return out;
}

function checkCoverage(
  course: Located<Course>,
  bank: Located<Quiz>,
  findings: readonly number[],
  path: readonly PropertyKey[],
): Diagnostic[] {
  const missing = findings.filter((f) => !bank.data.questions.some((q) => q.findings?.includes(f)));
  if (missing.length === 0) return [];
  return [
    diag(
      course,
      path,
      `bank "${bank.data.id}" tidak punya soal untuk temuan ${missing.join(', ')} yang dijawab kursus ini`,
      'tambahkan soal bertanda findings untuk temuan itu',
    ),
  ];
}

function checkSize(course: Located<Course>, bank: Located<Quiz>, plan: ExamPlan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const questions = bank.data.questions;
  const short = (what: string, have: number, need: number, path: readonly PropertyKey[]) =>
    diag(
      course,
      path,
      `bank "${bank.data.id}" hanya punya ${have} soal ${what}, padahal perlu minimal ${need} (${BANK_FACTOR} kali yang diambil per percobaan)`,
      'tambahkan soal ke bank, atau kurangi jumlah yang diambil per percobaan',
    );
  const { perModule, perFinding } = plan.draw;
  if (perModule !== undefined) {
    for (const m of plan.modules) {
      const have = questions.filter((q) => q.module === m).length;
      if (have < BANK_FACTOR * perModule)
        out.push(short(`modul "${m}"`, have, BANK_FACTOR * perModule, ['exam', 'draw', 'perModule']));
    }
  }
  if (perFinding !== undefined) {
    for (const f of plan.findings) {
      const have = questions.filter((q) => q.findings?.includes(f)).length;
      if (have < BANK_FACTOR * perFinding)
        out.push(short(`temuan ${f}`, have, BANK_FACTOR * perFinding, ['exam', 'draw', 'perFinding']));
    }
  }
  const need = BANK_FACTOR * nominalExamSize(plan);
  if (questions.length < need) out.push(short('seluruhnya', questions.length, need, ['exam', 'bank']));
  return out;
}

/** A course's exam and pre-test: the banks exist, are tagged, cover every finding and are large enough. */
export function checkCourseExams(corpus: ContentCorpus): Diagnostic[] {
  const quizzes = new Map(corpus.quizzes.map((q) => [q.data.id, q]));
  const modules = new Map(corpus.modules.map((m) => [m.data.id, m.data]));
  const out: Diagnostic[] = [];
  for (const course of corpus.courses) {
    const plan = examPlan(course.data, modules);
    const findings = plan?.findings ?? [];
    const { exam, pretest } = course.data;
    const unknown = (path: readonly PropertyKey[], id: string) =>
      diag(course, path, `kuis "${id}" tidak ada`, `buat content/quizzes/${id}.yaml, atau periksa ejaan id`);
    if (exam) {
      const bank = quizzes.get(exam.bank);
      if (!bank) out.push(unknown(['exam', 'bank'], exam.bank));
      else {
        out.push(...checkTags(course, bank, true));
        out.push(...checkCoverage(course, bank, findings, ['exam', 'bank']));
        if (plan) out.push(...checkSize(course, bank, plan));
      }
    }
    if (pretest) {
      const bank = quizzes.get(pretest);
      if (!bank) out.push(unknown(['pretest'], pretest));
      else {
        out.push(...checkTags(course, bank, false));
        out.push(...checkCoverage(course, bank, findings, ['pretest']));
      }
    }
  }
  return out;
}
