import { describe, expect, it, vi } from 'vitest';
import { storageAside } from '../../../src/client/progress/aside-storage.ts';
import { createProgressStore } from '../../../src/client/progress/store.ts';
import { recordLessonVisit } from '../../../src/client/progress/lesson-visit.ts';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY } from '../../../src/lib/progress/keys.ts';
import { ProgressSchema } from '../../../src/schemas/progress.ts';
import { attempt, rules, tickingClock } from '../progress/helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const stored = (s: FakeStorage) => ProgressSchema.parse(JSON.parse(s.data.get(PROGRESS_KEY) ?? 'null'));
const open = (storage: FakeStorage | null, start?: string) =>
  createProgressStore({ storage, now: tickingClock(start), rules });

describe('progress store', () => {
  it('saves to storage and loads it back after a reload', () => {
    const storage = new FakeStorage();
    const onFirstWrite = vi.fn();
    const store = createProgressStore({ storage, now: tickingClock(), rules, onFirstWrite });
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-2' });
    expect(onFirstWrite).toHaveBeenCalledTimes(1);
    expect(Object.keys(open(storage).get().lessons)).toEqual(['a-1', 'a-2']);
    expect(store.notices()).toEqual([]);
  });

  it('disabled storage: works in memory for the session and tells the learner', () => {
    const storage = new FakeStorage();
    storage.disabled = true;
    const store = open(storage);
    const seen = vi.fn();
    store.subscribe(seen);
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    expect(store.get().lessons['a-1']).toBeDefined();
    expect(seen).toHaveBeenCalledOnce();
    expect(store.isPersistent()).toBe(false);
    expect(store.notices()).toEqual([{ kind: 'unavailable' }]);
    expect(open(null).notices()).toEqual([{ kind: 'unavailable' }]);
  });

  it('full storage: trims the activity log first and keeps every completion', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    for (const id of ['a-1', 'a-2', 'b-1']) store.dispatch({ type: 'lesson.visited', lessonId: id });
    for (let i = 0; i < 40; i++) store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    const full = storage.data.get(PROGRESS_KEY)?.length ?? 0;
    const logBefore = stored(storage).log.length;
    storage.quota = full; // the next write cannot grow the value
    store.dispatch({ type: 'quiz.attempted', attempt: attempt() });
    const saved = stored(storage);
    expect(saved.log.length).toBeLessThan(logBefore);
    expect(saved.quizAttempts).toHaveLength(1);
    expect(saved.completions.modules['modul-b']).toBeDefined();
    expect(store.notices()).toEqual([]);
  });

  it('storage too full even without the log: keeps working in memory and says so', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.dispatch({ type: 'lesson.visited', lessonId: 'b-1' });
    storage.quota = 10;
    store.dispatch({ type: 'quiz.attempted', attempt: attempt() });
    expect(store.get().quizAttempts).toHaveLength(1);
    expect(store.get().completions.modules['modul-b']).toBeDefined();
    expect(store.notices()).toEqual([{ kind: 'quota' }]);
  });

  it('corrupted value: set aside under a backup key, the learner told, the rest keeps working', () => {
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, '{"version":1,"lessons":');
    const store = open(storage, '2026-11-28T06:00:00.000Z');
    expect(store.notices()).toEqual([{ kind: 'corrupted', backupKey: `${BACKUP_KEY_PREFIX}2026-11-28T06:00:00.000Z` }]);
    expect(storage.data.get(`${BACKUP_KEY_PREFIX}2026-11-28T06:00:00.000Z`)).toBe('{"version":1,"lessons":');
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    expect(Object.keys(stored(storage).lessons)).toEqual(['a-1']);
  });

  it('a value valid as JSON but not as progress is also set aside, never cast', () => {
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, JSON.stringify({ version: 1, lessons: 'semua' }));
    const store = open(storage);
    expect(store.notices()[0]?.kind).toBe('corrupted');
    expect([...storage.data.keys()].some((k) => k.startsWith(BACKUP_KEY_PREFIX))).toBe(true);
  });

  it('a value from a newer version is left untouched', () => {
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, JSON.stringify({ version: 2, anything: true }));
    const store = open(storage);
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    expect(storage.data.get(PROGRESS_KEY)).toBe(JSON.stringify({ version: 2, anything: true }));
    expect(store.notices()).toEqual([{ kind: 'newer' }]);
  });

  it('a newer version writes while the page is open: saving, importing and syncing leave its record as it is', async () => {
    const storage = new FakeStorage();
    const idb = new FakeStorage();
    const store = createProgressStore({ storage, now: tickingClock(), rules, aside: [storageAside(idb, 'indexeddb')] });
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    const newer = JSON.stringify({ version: 2, lessons: { 'a-1': {} }, log: [] });
    storage.data.set(PROGRESS_KEY, newer);
    store.dispatch({ type: 'quiz.attempted', attempt: attempt() });
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
    expect(store.notices()).toEqual([{ kind: 'newer' }]);
    store.mergeIn(open(new FakeStorage()).get());
    store.sync(newer);
    await store.settled();
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
    // This page's work is not lost: it is shown, kept aside, and the page warns until it is downloaded.
    expect(store.get().quizAttempts).toHaveLength(1);
    expect(JSON.parse(idb.data.get(PROGRESS_KEY) ?? '{}')).toMatchObject({ quizAttempts: [{ id: 'attempt-0001' }] });
    expect(store.hasUnsavedWork()).toBe(true);
    store.noteExported();
    expect(store.hasUnsavedWork()).toBe(false);
  });

  it('a newer version announced by another tab stops this page writing', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    // The storage event carries a newer version's value; this page then keeps off the key for good.
    store.sync(JSON.stringify({ version: 2 }));
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    expect(store.notices()).toEqual([{ kind: 'newer' }]);
  });

  it('full storage: the work waits in IndexedDB, the next page shows it, and freed space brings it back', async () => {
    const storage = new FakeStorage();
    const idb = new FakeStorage();
    const session = new FakeStorage();
    const now = tickingClock();
    const page = () =>
      createProgressStore({
        storage,
        now,
        rules,
        aside: [storageAside(idb, 'indexeddb'), storageAside(session, 'session')],
      });
    storage.quota = 0;
    const first = page();
    first.dispatch({ type: 'quiz.attempted', attempt: attempt() });
    expect(first.hasUnsavedWork()).toBe(true); // until the write aside has run
    await first.settled();
    expect(first.notices()).toEqual([{ kind: 'quota' }, { kind: 'kept' }]);
    expect(first.hasUnsavedWork()).toBe(false);
    const second = page();
    await second.settled();
    expect(second.get().quizAttempts).toHaveLength(1);
    second.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    idb.disabled = true; // IndexedDB refuses too: this tab's sessionStorage takes it
    second.dispatch({ type: 'lesson.visited', lessonId: 'a-2' });
    await second.settled();
    expect(second.notices().map((n) => n.kind)).toEqual(['quota', 'kept-tab']);
    storage.quota = Number.POSITIVE_INFINITY;
    idb.disabled = false;
    const third = page();
    await third.settled();
    expect(stored(storage).quizAttempts).toHaveLength(1);
    expect(Object.keys(stored(storage).lessons)).toEqual(['a-1', 'a-2']);
    expect([...idb.data.keys(), ...session.data.keys()]).toEqual([]);
    expect(third.notices()).toEqual([{ kind: 'restored' }]);
  });

  it('nothing can be written anywhere: the page says so and warns until the learner downloads', async () => {
    const storage = new FakeStorage();
    storage.disabled = true;
    const idb = new FakeStorage();
    idb.disabled = true;
    const store = createProgressStore({ storage, now: tickingClock(), rules, aside: [storageAside(idb, 'indexeddb')] });
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    await store.settled();
    expect(store.notices()).toEqual([{ kind: 'unavailable' }, { kind: 'unsaved' }]);
    expect(store.hasUnsavedWork()).toBe(true);
    store.noteExported();
    expect(store.hasUnsavedWork()).toBe(false);
    // Storage unblocked in the same page: the next change reaches it with everything, and the notices give way.
    storage.disabled = false;
    store.dispatch({ type: 'lesson.visited', lessonId: 'a-2' });
    expect(Object.keys(stored(storage).lessons)).toEqual(['a-1', 'a-2']);
    expect(store.notices()).toEqual([{ kind: 'restored' }]);
  });

  it('concurrent tabs: neither loses the other change, with or without the storage event', () => {
    const storage = new FakeStorage();
    const tab1 = open(storage);
    const tab2 = open(storage);
    tab1.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    // tab2 has not heard of tab1's change yet: its own write still merges what is stored.
    tab2.dispatch({ type: 'lesson.visited', lessonId: 'a-2' });
    expect(Object.keys(stored(storage).lessons).sort()).toEqual(['a-1', 'a-2']);
    // The storage event brings tab2's change into tab1 and notifies its subscribers.
    const seen = vi.fn();
    tab1.subscribe(seen);
    tab1.sync(storage.data.get(PROGRESS_KEY) ?? null);
    expect(Object.keys(tab1.get().lessons).sort()).toEqual(['a-1', 'a-2']);
    expect(seen).toHaveBeenCalledOnce();
    tab1.dispatch({ type: 'quiz.attempted', attempt: attempt() });
    expect(Object.keys(stored(storage).lessons).sort()).toEqual(['a-1', 'a-2']);
  });

  it('an import merges monotonically and the chosen profile wins', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.dispatch({ type: 'profile.updated', profile: { name: 'Budi', kind: 'mitra' } });
    store.dispatch({ type: 'lesson.visited', lessonId: 'b-1' });
    const other = open(new FakeStorage());
    other.dispatch({ type: 'profile.updated', profile: { name: 'Budi Santoso', kind: 'anggota', nrp: '12345678' } });
    other.dispatch({ type: 'lesson.visited', lessonId: 'a-1' });
    const kept = store.mergeIn(other.get());
    expect(kept.profile?.name).toBe('Budi');
    expect(Object.keys(kept.lessons).sort()).toEqual(['a-1', 'b-1']);
    expect(store.mergeIn(other.get(), { profile: 'b' }).profile?.name).toBe('Budi Santoso');
    expect(stored(storage).completions.modules['modul-b']).toBeDefined();
  });
});

describe('lesson-page visit script', () => {
  const now = tickingClock();
  it('writes a visit that the full store reads as valid progress', () => {
    const storage = new FakeStorage();
    expect(recordLessonVisit(storage, 'a-1', now)).toBe('saved');
    expect(recordLessonVisit(storage, 'a-1', now)).toBe('saved');
    const p = stored(storage);
    expect(Object.keys(p.lessons)).toEqual(['a-1']);
    expect(p.lessons['a-1']?.firstVisitedAt).not.toBe(p.lessons['a-1']?.lastVisitedAt);
    expect(open(storage).notices()).toEqual([]);
  });

  it('reports disabled storage, and sets a corrupted value aside before writing', () => {
    const disabled = new FakeStorage();
    disabled.disabled = true;
    expect(recordLessonVisit(disabled, 'a-1', now)).toBe('unavailable');
    expect(recordLessonVisit(null, 'a-1', now)).toBe('unavailable');
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, 'rusak');
    expect(recordLessonVisit(storage, 'a-1', now)).toBe('corrupted');
    expect([...storage.data.values()]).toContain('rusak');
    expect(Object.keys(stored(storage).lessons)).toEqual(['a-1']);
  });

  it('leaves progress saved by a newer version untouched', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 2, lessons: {}, log: [] });
    storage.data.set(PROGRESS_KEY, newer);
    expect(recordLessonVisit(storage, 'a-1', now)).toBe('newer');
    expect([...storage.data.entries()]).toEqual([[PROGRESS_KEY, newer]]);
  });

  it('drops the log before giving up when storage is full', () => {
    const storage = new FakeStorage();
    for (let i = 0; i < 30; i++) recordLessonVisit(storage, 'a-1', now);
    storage.quota = (storage.data.get(PROGRESS_KEY)?.length ?? 0) + 10;
    expect(recordLessonVisit(storage, 'a-2', now)).toBe('saved');
    expect(Object.keys(stored(storage).lessons)).toEqual(['a-1', 'a-2']);
    storage.quota = 5;
    expect(recordLessonVisit(storage, 'b-1', now)).toBe('quota');
  });
});
