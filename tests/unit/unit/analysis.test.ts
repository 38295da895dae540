import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RecapRow } from '../../../src/lib/certificate/recap.ts';
import type { RegradedAttempt } from '../../../src/lib/certificate/regrade.ts';
import type { Seat } from '../../../src/schemas/common.ts';
import { analyseCourse, examAttempt, pretestAttempt, type CourseAssessment } from '../../../src/lib/unit/analysis.ts';
import type { AnswerKey } from '../../../src/lib/unit/answer-key.ts';
import { findingsCsv, groupsCsv, itemsCsv } from '../../../src/lib/unit/csv.ts';
import { findingsChartSvg } from '../../../src/lib/unit/findings-chart.ts';
import { groupResults } from '../../../src/lib/unit/groups.ts';
import { attempt } from '../progress/helpers.ts';

const key = (id: string): AnswerKey => ({
  id,
  title: id,
  passMark: 75,
  questions: ['q1', 'q2'].map((q) => ({ id: q, type: 'truefalse' as const, answer: true, findings: [1] })),
});
const course: CourseAssessment = {
  id: 'kursus',
  title: 'Kursus Uji',
  moduleIds: ['modul-a'],
  pretest: key('pra-kursus'),
  exam: key('ujian-kursus'),
};

/** A re-graded attempt at `quizId` with both answers earning `credit`. */
function regraded(quizId: string, at: string, credit: number, forged = false): RegradedAttempt {
  const answers = ['q1', 'q2'].map((questionId) => ({
    questionId,
    response: { type: 'truefalse' as const, value: credit === 1 },
    credit,
  }));
  const score = credit * 100;
  return {
    attempt: attempt({ quizId, startedAt: at, finishedAt: at, answers, score, passMark: 75, passed: score >= 75 }),
    score,
    passed: !forged && score >= 75,
    forged,
    problems: [],
    credits: answers.map((a) => a.credit),
  };
}

const row = (
  index: number,
  attempts: RegradedAttempt[],
  extra: Record<string, unknown> = {},
  seat?: Seat,
): RecapRow => ({
  index,
  seat,
  file: `${String(index)}.json`,
  profile: { name: `Anggota ${String(index)}`, kind: 'anggota', nrp: '87050001', unit: 'Polsek Utara', ...extra },
  results: [{ moduleId: 'modul-a', state: 'selesai', completedOn: '2026-11-28', score: 100, forgedAttempts: 0 }],
  problems: [],
  forged: attempts.some((a) => a.forged),
  attempts,
  exams: {},
});

describe('course analysis', () => {
  const member = row(0, [
    regraded('ujian-kursus', '2026-11-20T00:00:00.000Z', 1),
    regraded('pra-kursus', '2026-11-02T00:00:00.000Z', 1),
    regraded('pra-kursus', '2026-11-01T00:00:00.000Z', 0),
    regraded('ujian-kursus', '2026-11-25T00:00:00.000Z', 1, true),
  ]);

  it('counts the first pre-test attempt and the latest exam attempt that survives re-grading', () => {
    expect(pretestAttempt(member, 'pra-kursus')?.attempt.startedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(examAttempt(member, 'ujian-kursus')?.attempt.finishedAt).toBe('2026-11-20T00:00:00.000Z');
  });

  it('gives the share of members mastering a finding before and after, and exports it', () => {
    const other = row(1, [regraded('pra-kursus', '2026-11-01T00:00:00.000Z', 1)]);
    const analysis = analyseCourse([member, other, row(2, [])], course);
    expect(analysis.members).toHaveLength(2);
    expect(analysis.before.get(1)).toEqual({ masters: 1, assessed: 2, share: 0.5 });
    expect(analysis.after.get(1)).toEqual({ masters: 1, assessed: 1, share: 1 });
    const [header, first] = Papa.parse<string[]>(findingsCsv([analysis])).data;
    expect(header?.[0]).toBe('Kursus');
    expect(first).toEqual(['Kursus Uji', '1', '1', '2', '50', '1', '1', '100']);
    expect(analysis.items.map((i) => i.key.id)).toEqual(['ujian-kursus', 'pra-kursus']);
  });

  it('writes a negative discrimination to CSV as a number, not as text neutralised like a formula', () => {
    // Ten members: the five with the higher pre-test totals get q1 wrong, the five lower get it right.
    const rows = Array.from({ length: 10 }, (_, i) => {
      const a = regraded('pra-kursus', '2026-11-01T00:00:00.000Z', 1);
      const strong = i < 5;
      return row(i, [
        {
          ...a,
          score: strong ? 90 - i : 40 - i,
          credits: [strong ? 0 : 1, 1],
        },
      ]);
    });
    const csv = itemsCsv([analyseCourse(rows, course)]);
    const line = Papa.parse<string[]>(csv).data.find((r) => r[1] === 'pra-kursus' && r[2] === 'q1');
    expect(line?.[9]).toBe('-1');
    expect(line?.[11]).toBe('anggota kuat justru salah');
  });

  it('groups completion and exam results by the function members named, by unit otherwise', () => {
    const rows = [
      member,
      row(1, [regraded('ujian-kursus', '2026-11-20T00:00:00.000Z', 0)], {}, 'lantas'),
      row(2, [], { unit: 'Polsek Selatan' }, 'binmas'),
    ];
    expect(groupResults(rows, course, 'function')).toEqual([
      { group: 'Binmas / Bhabinkamtibmas', members: 1, courseDone: 1, examTaken: 0, examPassed: 0, examMean: null },
      { group: 'Lantas', members: 1, courseDone: 1, examTaken: 1, examPassed: 0, examMean: 0 },
      { group: null, members: 1, courseDone: 1, examTaken: 1, examPassed: 1, examMean: 100 },
    ]);
    const byUnit = groupResults(rows, course, 'unit');
    expect(byUnit.map((g) => [g.group, g.members, g.examMean])).toEqual([
      ['Polsek Selatan', 1, null],
      ['Polsek Utara', 2, 50],
    ]);
    const csv = Papa.parse<string[]>(groupsCsv([{ course: 'Kursus Uji', by: 'function', groups: byUnit }])).data;
    expect(csv[1]).toEqual(['Kursus Uji', 'Per fungsi', 'Polsek Selatan', '1', '1', '0', '0', '']);
  });

  it('draws the chart as an image whose label says every value', () => {
    const analysis = analyseCourse([member], course);
    const svg = findingsChartSvg('Kursus Uji', analysis.before, analysis.after);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('Temuan 1: sebelum 0% (0/1), sesudah 100% (1/1).');
    expect(svg).toContain('Temuan 2: sebelum tidak dinilai, sesudah tidak dinilai.');
    // One bar per assessed value (finding 1 before is 0 %, drawn 1 unit wide so that it is seen), plus the legend.
    expect(svg.match(/<rect /g)).toHaveLength(4);
  });
});
