import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { issueCertificate } from '../../../src/lib/certificate/issue.ts';
import { buildRecap, examCell, recapToCsv, type RecapContext } from '../../../src/lib/certificate/recap.ts';
import { examOutcome, trustRecorded, type ExamRule, type ModuleResult } from '../../../src/lib/certificate/results.ts';
import { decodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import type { LearnerProfile, Progress, QuizAttempt } from '../../../src/schemas/progress.ts';
import type { Question } from '../../../src/schemas/quiz.ts';
import { attempt, sha256 } from '../progress/helpers.ts';
import { digest, trueStatement } from './helpers.ts';

const EXAM: ExamRule = { bank: 'ujian-a', attempts: 2, wait: 24 };
const question = trueStatement;
const profile: LearnerProfile = { name: 'Budi', kind: 'anggota', nrp: '87050001' };
const modules: ModuleResult[] = [
  { moduleId: 'modul-a', state: 'selesai', completedOn: '2026-11-20', score: 90, forgedAttempts: 0 },
];
const course = { id: 'kursus-a', modules: ['modul-a'], hasExam: true };

/** An exam attempt started at `start` (ISO), right or wrong, honestly recorded unless `forged`. */
function examAttempt(start: string, right: boolean, forged = false): QuizAttempt {
  const finished = new Date(Date.parse(start) + 10 * 60_000).toISOString();
  const claims = right || forged;
  return attempt({
    id: `ujian-a-1-${Date.parse(start)}`,
    quizId: 'ujian-a',
    startedAt: start,
    finishedAt: finished,
    answers: [{ questionId: 'q1', response: { type: 'truefalse', value: right }, credit: claims ? 1 : 0 }],
    score: claims ? 100 : 0,
    passMark: 70,
    passed: claims,
  });
}

const view = (quizAttempts: QuizAttempt[]) => ({ quizAttempts, completions: { modules: {} } });

describe('certificate gated by the final exam', () => {
  it('is refused until the exam is passed, then prints the exam line with its score and date', async () => {
    const none = await issueCertificate(course, profile, modules, digest, examOutcome(view([]), EXAM, trustRecorded));
    expect(none).toMatchObject({ ok: false, reason: 'incomplete', missing: [], examMissing: true });
    // Without an outcome given at all, a course with an exam is still refused.
    expect(await issueCertificate(course, profile, modules, digest)).toMatchObject({ ok: false, examMissing: true });
    const passed = examOutcome(view([examAttempt('2026-11-25T02:00:00.000Z', true)]), EXAM, trustRecorded);
    const issued = await issueCertificate(course, profile, modules, digest, passed);
    if (!issued.ok) throw new Error('not issued');
    expect(issued.certificate.payload.m).toEqual([
      ['modul-a', '2026-11-20', 90],
      ['ujian', '2026-11-25', 100],
    ]);
    // The course is complete on the later of the last module and the exam.
    expect(issued.certificate.payload.i).toBe('2026-11-25');
  });

  it('never counts a pass taken before the waiting time ended', () => {
    const attempts = [
      examAttempt('2026-11-25T02:00:00.000Z', false),
      examAttempt('2026-11-25T03:00:00.000Z', false),
      examAttempt('2026-11-25T05:00:00.000Z', true),
    ];
    const outcome = examOutcome(view(attempts), EXAM, trustRecorded);
    expect(outcome.pass).toBeNull();
    expect(outcome.breaches.map((b) => b.breach)).toEqual(['too-early']);
    const later = [...attempts.slice(0, 2), examAttempt('2026-11-26T04:00:00.000Z', true)];
    expect(examOutcome(view(later), EXAM, trustRecorded).pass).toEqual({ score: 100, on: '2026-11-26' });
  });
});

describe('unit recap of final exams', () => {
  const now = () => new Date('2026-11-28T06:00:00.000Z');
  const context: RecapContext = {
    decode: (text) => decodeProgressFile(text, { digest: sha256 }),
    modules: [],
    quizzes: [{ id: 'ujian-a', passMark: 70, questions: [question] }],
    grade: (q, response) => gradeResponse(q as Question, response),
    exams: [EXAM],
  };
  const file = async (name: string, quizAttempts: QuizAttempt[]) => {
    const progress: Progress = { ...createEmptyProgress(now), profile, quizAttempts };
    return { name, text: await encodeProgressFile(progress, { now, digest: sha256 }) };
  };

  it('flags a forged pass and an attempt made too early, and counts neither as a pass', async () => {
    const recap = await buildRecap(
      [
        await file('jujur.json', [examAttempt('2026-11-25T02:00:00.000Z', true)]),
        await file('palsu.json', [examAttempt('2026-11-25T02:00:00.000Z', false, true)]),
        await file(
          'terlalu-dini.json',
          [2, 3, 5].map((h, i) => examAttempt(`2026-11-25T0${h}:00:00.000Z`, i === 2)),
        ),
      ],
      context,
    );
    expect(recap.rows.map((r) => [r.file, r.forged, r.exams['ujian-a']?.pass?.score ?? null])).toEqual([
      ['jujur.json', false, 100],
      ['palsu.json', true, null],
      ['terlalu-dini.json', true, null],
    ]);
    expect(recap.rows[2]?.problems).toEqual([
      'ujian akhir dicoba 2026-11-25T05:00:00.000Z sebelum waktu tunggu berakhir',
    ]);
  });

  it("gives each member's final exam a recap cell and CSV columns: the allowed pass, else the attempts taken", async () => {
    const recap = await buildRecap(
      [
        await file('lulus.json', [examAttempt('2026-11-25T02:00:00.000Z', true)]),
        await file('gagal.json', [examAttempt('2026-11-25T02:00:00.000Z', false)]),
        await file('palsu.json', [examAttempt('2026-11-25T02:00:00.000Z', false, true)]),
        await file('belum.json', []),
      ],
      context,
    );
    expect(recap.rows.map((r) => examCell(r, 'ujian-a'))).toEqual([
      { state: 'lulus', score: 100, on: '2026-11-25', attempts: 1 },
      { state: 'belum-lulus', score: null, on: null, attempts: 1 },
      { state: 'belum-lulus', score: null, on: null, attempts: 1 },
      { state: 'belum', score: null, on: null, attempts: 0 },
    ]);
    const csv = Papa.parse<string[]>(recapToCsv(recap.rows, [], [{ bank: 'ujian-a', course: 'Kursus A' }])).data;
    expect(csv[0]?.slice(-3)).toEqual([
      'Ujian akhir: Kursus A — status',
      'Ujian akhir: Kursus A — nilai',
      'Ujian akhir: Kursus A — tanggal',
    ]);
    expect(csv.slice(1, 5).map((line) => line.slice(-3))).toEqual([
      ['lulus', '100', '2026-11-25'],
      ['belum lulus', '', ''],
      ['belum lulus', '', ''],
      ['belum', '', ''],
    ]);
  });
});
