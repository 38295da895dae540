import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildRecap, filterRows, recapToCsv, sortRows, type RecapContext } from '../../../src/lib/certificate/recap.ts';
import type { QuizKey } from '../../../src/lib/certificate/regrade.ts';
import { decodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import type { Progress } from '../../../src/schemas/progress.ts';
import type { Question } from '../../../src/schemas/quiz.ts';
import { attempt, sha256 } from '../progress/helpers.ts';
import { trueStatement } from './helpers.ts';

const now = () => new Date('2026-11-28T06:00:00.000Z');
const question = trueStatement;
const quizzes: QuizKey[] = [{ id: 'kuis-a', passMark: 70, questions: [question] }];
const modules = [{ id: 'modul-a', title: 'Modul A', quiz: 'kuis-a', requireQuiz: true }];
const context: RecapContext = {
  decode: (text) => decodeProgressFile(text, { digest: sha256 }),
  modules,
  quizzes,
  grade: (q, response) => gradeResponse(q as Question, response),
};

/** A member who completed modul-a; a forged one recorded "passed" for a wrong answer. */
async function memberFile(name: string, nrp: string, unit: string, forged = false, seat?: Progress['seat']) {
  const progress: Progress = {
    ...createEmptyProgress(now),
    profile: { name, kind: 'anggota', nrp, rank: 'Bripka', unit },
    ...(seat ? { seat } : {}),
    quizAttempts: [
      attempt({
        answers: [{ questionId: 'q1', response: { type: 'truefalse', value: !forged }, credit: 1 }],
        score: 100,
        passed: true,
      }),
    ],
    completions: { modules: { 'modul-a': { completedAt: '2026-11-27T18:00:00.000Z' } }, courses: {} },
  };
  return { name: `${nrp}.json`, text: await encodeProgressFile(progress, { now, digest: sha256 }) };
}

describe('unit recap', () => {
  it('lists broken files with the reason, flags forged passes and still reads the rest', async () => {
    const files = [
      await memberFile('Budi', '87050001', 'Polsek Utara', false, 'lantas'),
      { name: 'potong.json', text: '{"app":"sinergi",' },
      await memberFile('Ani', '87050002', 'Polsek Selatan', true),
      { name: 'bukan.json', text: JSON.stringify({ hello: 'world' }) },
    ];
    const recap = await buildRecap(files, context);
    expect(recap.broken.map((b) => b.file)).toEqual(['potong.json', 'bukan.json']);
    expect(recap.broken.every((b) => b.error.length > 10)).toBe(true);
    expect(recap.rows.map((r) => [r.profile?.name, r.forged, r.seat])).toEqual([
      ['Budi', false, 'lantas'],
      ['Ani', true, undefined],
    ]);
    const [budi, ani] = recap.rows;
    // Completed at 18:00 UTC = the next day in WIB.
    expect(budi?.results).toEqual([
      { moduleId: 'modul-a', state: 'selesai', completedOn: '2026-11-28', score: 100, forgedAttempts: 0 },
    ]);
    expect(ani?.results[0]).toMatchObject({ state: 'diragukan', completedOn: null, forgedAttempts: 1 });
    expect(ani?.problems).toContain('kuis kuis-a: jawaban soal "q1" bernilai 0, tercatat 1');

    expect(filterRows(recap.rows, '', true).map((r) => r.profile?.name)).toEqual(['Ani']);
    expect(filterRows(recap.rows, 'selatan').map((r) => r.profile?.name)).toEqual(['Ani']);
    expect(sortRows(recap.rows, 'name', 'asc').map((r) => r.profile?.name)).toEqual(['Ani', 'Budi']);
    expect(sortRows(recap.rows, 'module:modul-a', 'desc').map((r) => r.profile?.name)).toEqual(['Budi', 'Ani']);

    const csv = recapToCsv(recap.rows, modules).split('\r\n');
    expect(csv[0]).toBe(
      'Nama,NRP / peran,Pangkat,Satuan,Fungsi,Berkas,Catatan,Modul A — status,Modul A — nilai,Modul A — tanggal',
    );
    expect(csv[1]).toBe('Budi,87050001,Bripka,Polsek Utara,Lantas,87050001.json,,selesai,100,2026-11-28');
    expect(csv[2]).toMatch(/^Ani,87050002,Bripka,Polsek Selatan,,0*87050002\.json,/);
    expect(csv[2]).toMatch(/^Ani,87050002,.*,diragukan,,$/);
  });

  it('writes no cell a spreadsheet would run as a formula', async () => {
    const recap = await buildRecap(
      [await memberFile('=HYPERLINK("http://x","klik")', '87050001', '@Polsek Utara\n=1+1')],
      context,
    );
    expect(recap.broken).toEqual([]);
    const row = Papa.parse<string[]>(recapToCsv(recap.rows, modules)).data[1];
    expect(row?.slice(0, 4)).toEqual([`'=HYPERLINK("http://x","klik")`, '87050001', 'Bripka', `'@Polsek Utara\n=1+1`]);
  });
});
