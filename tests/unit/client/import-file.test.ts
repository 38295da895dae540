import { describe, expect, it } from 'vitest';
import { commitImport, prepareImport } from '../../../src/client/progress/import-file.ts';
import { createProgressStore } from '../../../src/client/progress/store.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { attempt, rules, sha256, tickingClock } from '../progress/helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const exportedAt = '2026-11-20T08:00:00.000Z';
const today = () => new Date('2026-11-28T08:00:00.000Z');

async function exportFrom(lessonId: string): Promise<string> {
  const device = createProgressStore({
    storage: new FakeStorage(),
    now: tickingClock('2026-11-19T08:00:00.000Z'),
    rules,
  });
  device.dispatch({ type: 'lesson.visited', lessonId });
  return encodeProgressFile(device.get(), { now: () => new Date(exportedAt), digest: sha256 });
}

describe('importing a progress file', () => {
  it('on a new device, counts the file as the last backup instead of saying there was never one', async () => {
    const store = createProgressStore({
      storage: new FakeStorage(),
      now: tickingClock('2026-11-28T08:00:00.000Z'),
      rules,
    });
    const prepared = await prepareImport(store, await exportFrom('a-1'), { digest: sha256, rules, now: today });
    if (!prepared.ok) throw new Error(prepared.error);
    const after = commitImport(store, prepared);
    expect(after.lessons['a-1']).toBeDefined();
    expect(after.lastExportedAt).toBe(exportedAt);
  });

  it('keeps a later backup made on this device', async () => {
    const store = createProgressStore({
      storage: new FakeStorage(),
      now: tickingClock('2026-11-28T08:00:00.000Z'),
      rules,
    });
    store.dispatch({ type: 'progress.exported' });
    const backedUp = store.get().lastExportedAt;
    const prepared = await prepareImport(store, await exportFrom('a-1'), { digest: sha256, rules, now: today });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(commitImport(store, prepared).lastExportedAt).toBe(backedUp);
  });

  it('refuses a correctly sealed file exported in the year 9999, naming the field and the date', async () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now: tickingClock('2026-11-28T08:00:00.000Z'), rules });
    store.dispatch({ type: 'lesson.visited', lessonId: 'b-1' });
    const before = [...storage.data];
    const text = await encodeProgressFile(store.get(), {
      now: () => new Date('9999-12-31T23:00:00.000Z'),
      digest: sha256,
    });
    const prepared = await prepareImport(store, text, { digest: sha256, rules, now: today });
    expect(prepared.ok || prepared.error).toMatchInlineSnapshot(
      `"Berkas berisi tanggal di masa depan: 1 Januari 10000 (bagian "exportedAt"). Jam perangkat yang mengekspornya mungkin salah: betulkan tanggal dan jamnya, lalu ekspor ulang. Bila jam perangkat ini yang salah, betulkan dulu lalu impor lagi."`,
    );
    expect([...storage.data]).toEqual(before);
  });

  it('refuses a date inside the progress more than 24 hours ahead, and accepts one within 24 hours', async () => {
    const store = createProgressStore({ storage: new FakeStorage(), now: tickingClock(), rules });
    const fileWith = (finishedAt: string) =>
      encodeProgressFile(
        { ...store.get(), quizAttempts: [attempt({ startedAt: '2026-11-28T07:00:00.000Z', finishedAt })] },
        { now: today, digest: sha256 },
      );
    const far = await prepareImport(store, await fileWith('2026-11-29T08:00:01.000Z'), {
      digest: sha256,
      rules,
      now: today,
    });
    expect(far.ok || far.error).toMatch(
      /^Berkas berisi tanggal di masa depan: 29 November 2026 \(bagian "quizAttempts\.0\.finishedAt"\)/,
    );
    const near = await prepareImport(store, await fileWith('2026-11-29T08:00:00.000Z'), {
      digest: sha256,
      rules,
      now: today,
    });
    expect(near.ok).toBe(true);
  });
});
