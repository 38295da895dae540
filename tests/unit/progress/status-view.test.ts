import { describe, expect, it } from 'vitest';
import { quizAnchor, scenarioAnchor } from '../../../src/lib/course/anchors.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { applyProgressEvent, type ProgressEvent } from '../../../src/lib/progress/reducer.ts';
import { continueHref, courseContinueHref, courseStatus, moduleStatus } from '../../../src/lib/progress/selectors.ts';
import { courseStatusView, moduleStatusView } from '../../../src/lib/progress/status-view.ts';
import type { CourseRule, ModuleRule, Progress } from '../../../src/schemas/progress.ts';
import { attempt, rules, run, tickingClock } from './helpers.ts';

const [modA, modB] = rules.modules as [ModuleRule, ModuleRule];
const [course] = rules.courses as [CourseRule];

function play(events: ProgressEvent[]): Progress {
  const now = tickingClock();
  return events.reduce<Progress>((p, e) => applyProgressEvent(p, e, { now, rules }), createEmptyProgress(now));
}

const readA: ProgressEvent[] = [
  { type: 'lesson.visited', lessonId: 'a-1' },
  { type: 'lesson.visited', lessonId: 'a-2' },
];
const passA: ProgressEvent = { type: 'quiz.attempted', attempt: attempt() };
const finishA: ProgressEvent = {
  type: 'scenario.saved',
  run: run({ endingId: 'akhir', finishedAt: '2026-11-28T08:10:00.000Z' }),
};

describe('the next step of a module ("Lanjutkan")', () => {
  it('with every lesson read, leads to the quiz box on the module page, not to its top', () => {
    const status = moduleStatus(play(readA), modA);
    expect(continueHref(status)).toBe('/modul/modul-a/#kuis-a');
  });

  it('with the quiz passed as well, leads to the unfinished scenario', () => {
    expect(continueHref(moduleStatus(play([...readA, passA]), modA))).toBe('/modul/modul-a/#skenario-skn-a');
  });

  it('an unread lesson comes first, even when the quiz is passed', () => {
    expect(continueHref(moduleStatus(play([passA]), modA))).toBe('/modul/modul-a/a-1/');
  });

  it('a complete module opens its overview', () => {
    expect(continueHref(moduleStatus(play([...readA, passA, finishA]), modA))).toBe('/modul/modul-a/');
  });

  it('anchors prefix an id once: the ids the quiz box and the scenario section carry', () => {
    expect(quizAnchor('a')).toBe('kuis-a');
    expect(quizAnchor('kuis-polmas')).toBe('kuis-polmas');
    expect(scenarioAnchor('curanmor-desa')).toBe('skenario-curanmor-desa');
    expect(scenarioAnchor('skenario-baru')).toBe('skenario-baru');
  });
});

describe('the next step of a course', () => {
  it('leads to the next step of its first unfinished module, then to the certificate', () => {
    expect(courseContinueHref(courseStatus(play([]), course, rules))).toBe('/modul/modul-a/a-1/');
    expect(courseContinueHref(courseStatus(play(readA), course, rules))).toBe('/modul/modul-a/#kuis-a');
    const moduleADone = play([...readA, passA, finishA]);
    expect(courseContinueHref(courseStatus(moduleADone, course, rules))).toBe('/modul/modul-b/b-1/');
    const all = play([...readA, passA, finishA, { type: 'lesson.visited', lessonId: 'b-1' }]);
    expect(courseContinueHref(courseStatus(all, course, rules))).toBe('/sertifikat/kursus-1/');
  });
});

describe('status views', () => {
  it('a first visit: nothing read, the quiz and scenario to do, "Mulai" to the first lesson', () => {
    expect(moduleStatusView(play([]), modA)).toEqual({
      status: 'not-started',
      badge: 'Belum mulai',
      detail: '· 0% selesai',
      meter: {
        label: 'Pelajaran',
        name: 'Pelajaran dibaca',
        value: 0,
        max: 2,
        valueText: '0 dari 2 pelajaran',
        count: '0/2',
        segments: [0, 0],
      },
      steps: [
        { kind: 'quiz', done: false, text: 'Kuis belum lulus' },
        { kind: 'scenario', done: false, text: 'Skenario belum selesai' },
      ],
      action: { href: '/modul/modul-a/a-1/', label: 'Mulai' },
    });
  });

  it('partial progress: one lesson read shows a half bar, its spoken value, and "Lanjutkan membaca"', () => {
    const view = moduleStatusView(play(readA.slice(0, 1)), modA);
    expect(view.meter).toMatchObject({ value: 1, max: 2, valueText: '1 dari 2 pelajaran', segments: [100, 0] });
    expect(view.detail).toBe('· 25% selesai');
    expect(view.action).toEqual({ href: '/modul/modul-a/a-2/', label: 'Lanjutkan membaca' });
  });

  it('names where the button leads once the lessons are read: the quiz, then the scenario', () => {
    expect(moduleStatusView(play(readA), modA).action).toEqual({
      href: '/modul/modul-a/#kuis-a',
      label: 'Lanjutkan ke kuis',
    });
    const passed = moduleStatusView(play([...readA, passA]), modA);
    expect(passed.steps.map((s) => s.text)).toEqual(['Kuis lulus', 'Skenario belum selesai']);
    expect(passed.action).toEqual({ href: '/modul/modul-a/#skenario-skn-a', label: 'Lanjutkan ke skenario' });
  });

  it('a recorded completion shows every requirement met and the completion date', () => {
    const p = play([]);
    const recorded = {
      ...p,
      completions: { ...p.completions, modules: { 'modul-a': { completedAt: '2026-11-03T02:00:00Z' } } },
    };
    const view = moduleStatusView(recorded, modA);
    expect(view).toMatchObject({ status: 'complete', badge: 'Selesai', detail: 'pada 3 November 2026' });
    expect(view.meter.segments).toEqual([100, 100]);
    expect(view.steps.every((s) => s.done)).toBe(true);
    expect(view.action).toEqual({ href: '/modul/modul-a/', label: 'Buka lagi' });
  });

  it('several required scenarios are counted', () => {
    const two = { ...modA, requiredScenarios: ['skn-a', 'skn-b'] };
    expect(moduleStatusView(play([finishA]), two).steps[1]).toEqual({
      kind: 'scenario',
      done: false,
      text: 'Skenario 1 dari 2 selesai',
    });
  });

  it('a course: one segment per module filled by its percent, then the certificate button once complete', () => {
    const half = courseStatusView(play(readA), course, rules);
    expect(half.meter).toMatchObject({ value: 0, max: 2, valueText: '0 dari 2 modul', segments: [50, 0] });
    expect(half.steps).toEqual([]);
    expect(half.action).toEqual({ href: '/modul/modul-a/#kuis-a', label: 'Lanjutkan kursus' });
    const done = courseStatusView(
      play([...readA, passA, finishA, { type: 'lesson.visited', lessonId: 'b-1' }]),
      course,
      rules,
    );
    expect(done).toMatchObject({
      status: 'complete',
      badge: 'Selesai',
      meter: { value: 2, valueText: '2 dari 2 modul' },
    });
    expect(done.action).toEqual({ href: '/sertifikat/kursus-1/', label: 'Buka sertifikat' });
  });

  it('module B has no quiz or scenario steps', () => {
    expect(moduleStatusView(play([]), modB).steps).toEqual([]);
  });
});
