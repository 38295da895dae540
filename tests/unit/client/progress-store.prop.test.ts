// Law of the degraded mode: whatever storage does during a session (full, blocked, failing only sometimes, freed
// again), every lesson visit, quiz attempt and scenario run of the session is in localStorage once it works again,
// or in a file the learner downloaded when the page offered it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storageAside } from '../../../src/client/progress/aside-storage.ts';
import { recordLessonVisit } from '../../../src/client/progress/lesson-visit.ts';
import { createProgressStore, type ProgressStore } from '../../../src/client/progress/store.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys.ts';
import { mergeProgress } from '../../../src/lib/progress/merge.ts';
import { ProgressSchema, type Progress } from '../../../src/schemas/progress.ts';
import { attempt, rules, run, tickingClock } from '../progress/helpers.ts';
import { FakeStorage } from './fake-storage.ts';

type Fault = 'none' | 'full' | 'blocked' | 'intermittent';

type Step =
  | { readonly kind: 'visit'; readonly lessonId: string }
  | { readonly kind: 'quiz' }
  | { readonly kind: 'scenario'; readonly finished: boolean }
  | { readonly kind: 'fault'; readonly place: 'local' | 'indexeddb' | 'session'; readonly fault: Fault }
  | { readonly kind: 'navigate' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('visit' as const), lessonId: fc.constantFrom('a-1', 'a-2', 'b-1') }),
  fc.record({ kind: fc.constant('quiz' as const) }),
  fc.record({ kind: fc.constant('scenario' as const), finished: fc.boolean() }),
  fc.record({
    kind: fc.constant('fault' as const),
    place: fc.constantFrom('local' as const, 'indexeddb' as const, 'session' as const),
    fault: fc.constantFrom<Fault>('none', 'full', 'blocked', 'intermittent'),
  }),
  fc.record({ kind: fc.constant('navigate' as const) }),
);

function setFault(storage: FakeStorage, fault: Fault) {
  storage.disabled = fault === 'blocked';
  storage.quota = fault === 'full' ? 0 : Number.POSITIVE_INFINITY;
  let writes = 0;
  storage.flaky = () => fault === 'intermittent' && ++writes % 2 === 1;
}

/** One browser tab: localStorage, IndexedDB and sessionStorage as fakes, and the page open in it. */
function tab() {
  const places = { local: new FakeStorage(), indexeddb: new FakeStorage(), session: new FakeStorage() };
  const now = tickingClock();
  const open = () =>
    createProgressStore({
      storage: places.local,
      now,
      rules,
      aside: [storageAside(places.indexeddb, 'indexeddb'), storageAside(places.session, 'session')],
    });
  return { places, now, open };
}

describe('degraded storage', () => {
  it('loses nothing done in the session once storage works again, or that the learner downloaded', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 30 }), async (steps) => {
        const { places, now, open } = tab();
        let page: ProgressStore = open();
        const downloads: Progress[] = [];
        const done = { lessons: new Set<string>(), attempts: new Set<string>(), runs: new Set<string>() };
        // Leaving a page: its writes aside have run; if it still warns, the learner takes the offered download.
        const leave = async () => {
          await page.settled();
          if (page.hasUnsavedWork()) {
            downloads.push(page.get());
            page.noteExported();
          }
        };
        for (const [i, step] of steps.entries()) {
          switch (step.kind) {
            case 'visit': {
              // The lesson page writes directly and hands over to the store only when that fails.
              const outcome = recordLessonVisit(places.local, step.lessonId, now);
              if (outcome !== 'saved') page.dispatch({ type: 'lesson.visited', lessonId: step.lessonId });
              done.lessons.add(step.lessonId);
              break;
            }
            case 'quiz': {
              const id = `attempt-${String(i).padStart(4, '0')}`;
              page.dispatch({ type: 'quiz.attempted', attempt: attempt({ id }) });
              done.attempts.add(id);
              break;
            }
            case 'scenario': {
              const id = `run-${String(i).padStart(8, '0')}`;
              const ending = { endingId: 'akhir', rating: 'ideal' as const, finishedAt: '2026-11-28T08:09:00.000Z' };
              page.dispatch({ type: 'scenario.saved', run: run({ id, ...(step.finished ? ending : {}) }) });
              done.runs.add(id);
              break;
            }
            case 'fault':
              setFault(places[step.place], step.fault);
              break;
            case 'navigate':
              await leave();
              page = open();
              break;
          }
        }
        await leave();
        // Storage works again: the next page merges back whatever was kept aside.
        for (const storage of Object.values(places)) setFault(storage, 'none');
        const next = open();
        await next.settled();
        // What counts is localStorage itself (not this page's memory), together with the downloaded files.
        const raw = places.local.data.get(PROGRESS_KEY);
        const stored = raw === undefined ? createEmptyProgress(now) : ProgressSchema.parse(JSON.parse(raw));
        const kept = downloads.reduce((acc, p) => mergeProgress(acc, p), stored);
        expect(Object.keys(kept.lessons).sort()).toEqual([...done.lessons].sort());
        expect(new Set(kept.quizAttempts.map((a) => a.id))).toEqual(done.attempts);
        expect(new Set(kept.scenarioRuns.map((r) => r.id))).toEqual(done.runs);
        // Nothing waits aside any more, and the page is at rest.
        expect(places.indexeddb.data.size + places.session.data.size).toBe(0);
        expect(next.hasUnsavedWork()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
