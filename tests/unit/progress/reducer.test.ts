import { describe, expect, it } from 'vitest';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { applyProgressEvent, type ProgressEvent } from '../../../src/lib/progress/reducer.ts';
import {
  backupState,
  continueHref,
  courseStatus,
  moduleStatus,
  needsBackup,
} from '../../../src/lib/progress/selectors.ts';
import { ProgressSchema, type CourseRule, type ModuleRule, type Progress } from '../../../src/schemas/progress.ts';
import { attempt, rules, run, tickingClock } from './helpers.ts';

const [modA, modB] = rules.modules as [ModuleRule, ModuleRule];
const [course] = rules.courses as [CourseRule];

function play(events: ProgressEvent[]) {
  const now = tickingClock();
  return events.reduce<Progress>((p, e) => applyProgressEvent(p, e, { now, rules }), createEmptyProgress(now));
}

describe('progress reducer and selectors', () => {
  it('starts "belum mulai" with the first lesson next', () => {
    const status = moduleStatus(createEmptyProgress(tickingClock()), modA);
    expect(status).toMatchObject({ status: 'not-started', percent: 0, done: 0, total: 4, next: { id: 'a-1' } });
    expect(continueHref(status)).toBe('/modul/modul-a/a-1/');
  });

  it('a visited lesson makes the module in progress and moves "Lanjutkan" on', () => {
    const p = play([{ type: 'lesson.visited', lessonId: 'a-1' }]);
    expect(moduleStatus(p, modA)).toMatchObject({ status: 'in-progress', percent: 25, next: { id: 'a-2' } });
    expect(ProgressSchema.parse(p)).toEqual(p);
  });

  it('revisiting keeps the first visit date and updates the last', () => {
    const p = play([
      { type: 'lesson.visited', lessonId: 'a-1' },
      { type: 'lesson.visited', lessonId: 'a-1' },
    ]);
    expect(p.lessons['a-1']).toEqual({
      firstVisitedAt: '2026-11-28T06:01:00.000Z',
      lastVisitedAt: '2026-11-28T06:02:00.000Z',
    });
  });

  it('completes a module only with every lesson, the quiz passed and the required scenario finished', () => {
    const lessonsOnly = play([
      { type: 'lesson.visited', lessonId: 'a-1' },
      { type: 'lesson.visited', lessonId: 'a-2' },
      { type: 'quiz.attempted', attempt: attempt({ id: 'attempt-fail', passed: false, score: 40 }) },
    ]);
    expect(moduleStatus(lessonsOnly, modA)).toMatchObject({
      status: 'in-progress',
      percent: 50,
      next: { kind: 'quiz', id: 'kuis-a' },
    });
    const done = [
      ...([
        { type: 'lesson.visited', lessonId: 'a-1' },
        { type: 'lesson.visited', lessonId: 'a-2' },
      ] as const),
      { type: 'quiz.attempted', attempt: attempt() } as const,
      { type: 'scenario.saved', run: run() } as const,
      {
        type: 'scenario.saved',
        run: run({ endingId: 'akhir-ideal', rating: 'ideal', finishedAt: '2026-11-28T08:10:00.000Z' }),
      } as const,
    ];
    const p = play(done);
    expect(moduleStatus(p, modA)).toMatchObject({ status: 'complete', percent: 100 });
    // The completion date is when the last requirement was met: here the scenario's ending.
    expect(p.completions.modules['modul-a']).toEqual({ completedAt: '2026-11-28T08:10:00.000Z' });
    expect(p.log.map((e) => e.type)).toContain('module.completed');
  });

  it('keeps every quiz attempt and ignores the same attempt recorded twice', () => {
    const p = play([
      { type: 'quiz.attempted', attempt: attempt({ id: 'attempt-0001' }) },
      { type: 'quiz.attempted', attempt: attempt({ id: 'attempt-0002' }) },
      { type: 'quiz.attempted', attempt: attempt({ id: 'attempt-0001' }) },
    ]);
    expect(p.quizAttempts.map((a) => a.id)).toEqual(['attempt-0001', 'attempt-0002']);
  });

  it('upserts scenario runs by id and never replaces a finished run with an unfinished one', () => {
    const finished = run({ endingId: 'akhir', finishedAt: '2026-11-28T08:10:00.000Z' });
    const p = play([
      { type: 'scenario.saved', run: run() },
      { type: 'scenario.saved', run: finished },
      { type: 'scenario.saved', run: run({ path: [] }) },
    ]);
    expect(p.scenarioRuns).toEqual([finished]);
  });

  it('completes the course when all its modules are complete, and keeps completions', () => {
    const p = play([
      { type: 'lesson.visited', lessonId: 'a-1' },
      { type: 'lesson.visited', lessonId: 'a-2' },
      { type: 'quiz.attempted', attempt: attempt() },
      { type: 'scenario.saved', run: run({ endingId: 'akhir', finishedAt: '2026-11-28T08:10:00.000Z' }) },
    ]);
    expect(courseStatus(p, course, rules)).toMatchObject({
      status: 'in-progress',
      percent: 50,
      nextModuleId: 'modul-b',
    });
    const now = tickingClock('2026-12-01T00:00:00.000Z');
    const q = applyProgressEvent(p, { type: 'lesson.visited', lessonId: 'b-1' }, { now, rules });
    expect(courseStatus(q, course, rules)).toMatchObject({ status: 'complete', percent: 100 });
    expect(q.completions.courses['kursus-1']).toEqual({ completedAt: '2026-12-01T00:00:00.000Z' });
    // A module that later gains a lesson stays complete: a recorded completion is never taken back.
    const grown = { ...modB, lessons: ['b-1', 'b-2'] };
    expect(moduleStatus(q, grown).status).toBe('complete');
    expect(moduleStatus(q, grown).completedAt).toBe(q.completions.modules['modul-b']?.completedAt);
  });

  it('nudges to export after a completion that is newer than the last export', () => {
    const p = play([{ type: 'lesson.visited', lessonId: 'b-1' }]);
    const today = () => new Date('2026-12-24T12:00:00.000Z');
    expect(needsBackup(p, today)).toBe(true);
    const exported = applyProgressEvent(
      p,
      { type: 'progress.exported' },
      { now: tickingClock('2026-12-24T00:00:00.000Z') },
    );
    expect(needsBackup(exported, today)).toBe(false);
    expect(backupState(exported, today)).toEqual({ kind: 'done', at: '2026-12-24T00:00:00.000Z' });
    expect(exported.lastExportedAt).toBe('2026-12-24T00:00:00.000Z');
  });

  it('a backup dated more than 24 hours ahead of the clock does not silence the nudge', () => {
    const p = play([{ type: 'lesson.visited', lessonId: 'b-1' }]);
    // A phone whose clock said 9999 when the learner exported; the clock is right again.
    const wrongClock = applyProgressEvent(
      p,
      { type: 'progress.exported' },
      { now: () => new Date('9999-12-31T23:00:00.000Z') },
    );
    const today = () => new Date('2026-11-28T12:00:00.000Z');
    expect(backupState(wrongClock, today)).toEqual({ kind: 'future', at: '9999-12-31T23:00:00.000Z' });
    expect(needsBackup(wrongClock, today)).toBe(true);
    // Within the allowance (a clock a few hours fast, a wrong time zone) the backup still counts.
    const aheadClock = applyProgressEvent(
      p,
      { type: 'progress.exported' },
      { now: () => new Date('2026-11-29T11:00:00.000Z') },
    );
    expect(backupState(aheadClock, today).kind).toBe('done');
    expect(needsBackup(aheadClock, today)).toBe(false);
  });

  it('never mutates its input', () => {
    const before = createEmptyProgress(tickingClock());
    const copy = structuredClone(before);
    applyProgressEvent(before, { type: 'lesson.visited', lessonId: 'a-1' }, { now: tickingClock(), rules });
    expect(before).toEqual(copy);
  });
});
