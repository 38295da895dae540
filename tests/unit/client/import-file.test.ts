import { describe, expect, it } from 'vitest';
import { commitImport, prepareImport } from '../../../src/client/import-file.ts';
import { createProgressStore } from '../../../src/client/progress-store.ts';
import { encodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { rules, sha256, tickingClock } from '../progress/helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const exportedAt = '2026-11-20T08:00:00.000Z';

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
    const prepared = await prepareImport(store, await exportFrom('a-1'), { digest: sha256, rules });
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
    const prepared = await prepareImport(store, await exportFrom('a-1'), { digest: sha256, rules });
    if (!prepared.ok) throw new Error(prepared.error);
    expect(commitImport(store, prepared).lastExportedAt).toBe(backedUp);
  });
});
