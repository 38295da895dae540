import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { applyProgressEvent, type ProgressEvent } from '../../../src/lib/progress/reducer.ts';
import { statementId, toXapiStatements } from '../../../src/lib/xapi/statements.ts';
import fc from 'fast-check';
import { progressArb } from '../progress/arbitraries.ts';
import { attempt, rules, run, tickingClock } from '../progress/helpers.ts';

const siteUrl = 'https://sinergi.example.id';
const now = tickingClock();
const events: ProgressEvent[] = [
  {
    type: 'profile.updated',
    profile: { name: 'Budi Santoso', kind: 'anggota', nrp: '85061234', unit: 'Polsek Contoh' },
  },
  { type: 'lesson.visited', lessonId: 'a-1' },
  { type: 'lesson.visited', lessonId: 'a-2' },
  { type: 'lesson.visited', lessonId: 'b-1' },
  {
    type: 'quiz.attempted',
    attempt: attempt({
      id: 'attempt-fail',
      passed: false,
      score: 50,
      answers: [
        { questionId: 'q1', response: { type: 'single', optionId: 'b' }, credit: 1 },
        { questionId: 'q2', response: { type: 'multiple', optionIds: ['a', 'c'] }, credit: 0.5 },
        { questionId: 'q3', response: { type: 'ordering', itemIds: ['s', 'a', 'r'] }, credit: 0 },
        {
          questionId: 'q4',
          response: { type: 'matching', matches: { lantas: 'lantas', intelkam: null } },
          credit: 0.5,
        },
        { questionId: 'q5', response: { type: 'truefalse', value: null }, credit: 0 },
      ],
    }),
  },
  { type: 'quiz.attempted', attempt: attempt() },
  {
    type: 'scenario.saved',
    run: run({ endingId: 'akhir-ideal', rating: 'ideal', finishedAt: '2026-11-28T08:10:00.000Z' }),
  },
];
const progress = events.reduce((p, e) => applyProgressEvent(p, e, { now, rules }), createEmptyProgress(now));
const statements = toXapiStatements(progress, { siteUrl, rules, titles: { quizzes: { 'kuis-a': 'Kuis A' } } });

describe('xAPI statements', () => {
  it('are valid xAPI per the Learning Locker validator', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(validate(s)).toEqual([]);
    // The validator does reject: a relative activity id and a score above 1 are errors.
    const [first] = statements;
    const broken = { ...first, object: { ...first?.object, id: 'modul/a' }, result: { score: { scaled: 2 } } };
    expect(validate(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('use ADL verbs, an account actor, IRIs under the site and scaled scores', () => {
    const verbs = new Set(statements.map((s) => s.verb.id.split('/').pop()));
    expect([...verbs].sort()).toEqual(['answered', 'completed', 'experienced', 'failed', 'passed']);
    for (const s of statements) {
      expect(s.actor.account).toEqual({ homePage: `${siteUrl}/`, name: '85061234' });
      expect(s.object.id.startsWith(`${siteUrl}/`)).toBe(true);
      expect(Number.isNaN(Date.parse(s.timestamp))).toBe(false);
    }
    const passed = statements.find((s) => s.verb.id.endsWith('/passed'));
    expect(passed?.result).toEqual({
      score: { scaled: 0.8, raw: 80, min: 0, max: 100 },
      success: true,
      completion: true,
    });
    const matching = statements.find((s) => s.object.id.endsWith('/q4'));
    expect(matching?.result?.response).toBe('lantas[.]lantas');
    expect(statements.filter((s) => s.verb.id.endsWith('/completed')).map((s) => s.object.id)).toEqual([
      `${siteUrl}/skenario/skn-a`,
      `${siteUrl}/modul/modul-b/`,
      `${siteUrl}/modul/modul-a/`,
      `${siteUrl}/kursus/kursus-1/`,
    ]);
  });

  it('give the same ids on every export, and distinct ids to distinct statements', () => {
    const again = toXapiStatements(progress, { siteUrl, rules });
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(statementId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are valid for any generated progress', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        for (const s of toXapiStatements(p, { siteUrl, rules })) expect(validate(s)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
