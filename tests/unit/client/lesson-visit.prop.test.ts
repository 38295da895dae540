// The lesson page's visit script writes what the full store writes for the same visit: one rule, two callers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordLessonVisit } from '../../../src/client/progress/lesson-visit.ts';
import { createProgressStore } from '../../../src/client/progress/store.ts';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys.ts';
import { applyProgressEvent } from '../../../src/lib/progress/reducer.ts';
import { idArb, progressArb, timestampArb } from '../progress/arbitraries.ts';
import { FakeStorage } from './fake-storage.ts';

const storedWith = (raw: string, quota: number) => {
  const storage = new FakeStorage();
  storage.data.set(PROGRESS_KEY, raw);
  storage.quota = quota;
  return storage;
};
const read = (storage: FakeStorage): unknown => JSON.parse(storage.data.get(PROGRESS_KEY) ?? 'null');

describe('lesson visit: the lesson script and the reducer', () => {
  it('write the same record, with room to spare or with storage so full that the log must shrink', () => {
    fc.assert(
      fc.property(
        progressArb,
        idArb,
        timestampArb,
        // Room left after the stored value, in characters: none at all up to plenty.
        fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
        (progress, lessonId, at, room) => {
          const raw = JSON.stringify(progress);
          const quota = room === undefined ? Number.POSITIVE_INFINITY : Math.max(raw.length + room, 0);
          const now = () => new Date(at);
          const byScript = storedWith(raw, quota);
          const byStore = storedWith(raw, quota);
          const outcome = recordLessonVisit(byScript, lessonId, now);
          const store = createProgressStore({ storage: byStore, now });
          store.dispatch({ type: 'lesson.visited', lessonId });
          expect(read(byScript)).toEqual(read(byStore));
          expect(outcome === 'saved').toBe(store.isPersistent());
          if (room === undefined) {
            expect(read(byScript)).toEqual(applyProgressEvent(progress, { type: 'lesson.visited', lessonId }, { now }));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
