import { describe, expect, it } from 'vitest';
import { decodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { mergeProgress } from '../../../src/lib/progress/merge.ts';
import { applyProgressEvent, type ProgressEvent } from '../../../src/lib/progress/reducer.ts';
import { ProgressSchema, type Progress } from '../../../src/schemas/progress.ts';
import { rules, sha256, tickingClock } from './helpers.ts';

const LI = { perihal: 'Rencana penutupan jalan', fakta: 'Sekitar 40 warga berkumpul.' };
const ROWS = [{ keputusan: 'Ronda bergilir', 'penanggung-jawab': 'Ketua RT' }];

function play(events: ProgressEvent[], start?: string) {
  const now = tickingClock(start);
  return events.reduce<Progress>((p, e) => applyProgressEvent(p, e, { now, rules }), createEmptyProgress(now));
}

describe('field-kit drafts in progress', () => {
  it('saves a draft per template with its time, replacing the previous one, and writes no log entry', () => {
    const p = play([
      { type: 'kit.draft.saved', templateId: 'laporan-informasi', values: { perihal: 'x' } },
      { type: 'kit.draft.saved', templateId: 'laporan-informasi', values: LI },
      { type: 'kit.draft.saved', templateId: 'notulen-rapat-koordinasi', values: { keputusan: ROWS } },
    ]);
    expect(p.kitDrafts?.['laporan-informasi']).toEqual({ updatedAt: '2026-11-28T06:02:00.000Z', values: LI });
    expect(p.kitDrafts?.['notulen-rapat-koordinasi']?.values).toEqual({ keputusan: ROWS });
    expect(p.updatedAt).toBe('2026-11-28T06:03:00.000Z');
    expect(p.log).toEqual([]);
    expect(ProgressSchema.parse(p)).toEqual(p);
  });

  it('discards one draft and leaves the others; discarding a missing draft changes nothing', () => {
    const saved = play([
      { type: 'kit.draft.saved', templateId: 'laporan-informasi', values: LI },
      { type: 'kit.draft.saved', templateId: 'log-sambang', values: { petugas: 'Bripka Dewi' } },
    ]);
    const now = tickingClock('2026-11-29T00:00:00.000Z');
    const discarded = applyProgressEvent(
      saved,
      { type: 'kit.draft.discarded', templateId: 'laporan-informasi' },
      { now },
    );
    expect(Object.keys(discarded.kitDrafts ?? {})).toEqual(['log-sambang']);
    expect(
      applyProgressEvent(discarded, { type: 'kit.draft.discarded', templateId: 'laporan-informasi' }, { now }),
    ).toBe(discarded);
  });

  it('merging keeps the later draft of a template, in either order, and every draft of either side', () => {
    const older = play([{ type: 'kit.draft.saved', templateId: 'laporan-informasi', values: { perihal: 'lama' } }]);
    const newer = play(
      [
        { type: 'kit.draft.saved', templateId: 'laporan-informasi', values: LI },
        { type: 'kit.draft.saved', templateId: 'log-sambang', values: { petugas: 'Bripka Dewi' } },
      ],
      '2026-12-01T00:00:00.000Z',
    );
    for (const merged of [mergeProgress(older, newer), mergeProgress(newer, older)]) {
      expect(merged.kitDrafts?.['laporan-informasi']?.values).toEqual(LI);
      expect(merged.kitDrafts?.['log-sambang']?.values).toEqual({ petugas: 'Bripka Dewi' });
    }
    // Progress without drafts merges to progress without the key: old records stay as they were.
    const plain = createEmptyProgress(tickingClock());
    expect('kitDrafts' in mergeProgress(plain, plain)).toBe(false);
  });

  it('exports drafts in the progress file and imports them back; an older file without drafts still imports', async () => {
    const now = () => new Date('2026-11-28T07:00:00.000Z');
    const p = play([{ type: 'kit.draft.saved', templateId: 'notulen-rapat-koordinasi', values: { keputusan: ROWS } }]);
    const decoded = await decodeProgressFile(await encodeProgressFile(p, { now, digest: sha256 }), { digest: sha256 });
    expect(decoded.ok && decoded.progress.kitDrafts).toEqual(p.kitDrafts);

    const old = createEmptyProgress(tickingClock());
    const oldFile = await encodeProgressFile(old, { now, digest: sha256 });
    expect(oldFile).not.toContain('kitDrafts');
    const back = await decodeProgressFile(oldFile, { digest: sha256 });
    expect(back.ok && back.progress).toEqual(old);
  });

  it('refuses a draft value that is neither text nor table rows', () => {
    const p = play([{ type: 'kit.draft.saved', templateId: 'laporan-informasi', values: LI }]);
    const bad = { ...p, kitDrafts: { 'laporan-informasi': { updatedAt: p.updatedAt, values: { perihal: 42 } } } };
    expect(ProgressSchema.safeParse(bad).success).toBe(false);
  });
});
