import { describe, expect, it } from 'vitest';
import { decodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { previewImport } from '../../../src/lib/progress/import-preview.ts';
import { mergeProgress } from '../../../src/lib/progress/merge.ts';
import { migrateProgress } from '../../../src/lib/progress/migrate.ts';
import { applyProgressEvent } from '../../../src/lib/progress/reducer.ts';
import { ProgressSchema, type Progress } from '../../../src/schemas/progress.ts';
import { rules, sha256, tickingClock } from './helpers.ts';

const now = tickingClock();
const empty = () => createEmptyProgress(now);
const withSeat = (p: Progress, seat: Progress['seat']) =>
  applyProgressEvent(p, { type: 'seat.updated', seat }, { now, rules });

describe("the learner's function (seat) in progress", () => {
  it('accepts every function of SeatSchema and refuses anything else', () => {
    expect(ProgressSchema.safeParse({ ...empty(), seat: 'lantas' }).success).toBe(true);
    expect(ProgressSchema.safeParse({ ...empty(), seat: 'samapta' }).success).toBe(true);
    expect(ProgressSchema.safeParse({ ...empty(), seat: 'spkt' }).success).toBe(false);
    expect(ProgressSchema.safeParse({ ...empty(), seat: '' }).success).toBe(false);
  });

  it('loads progress saved before the field existed, unchanged and still at version 1', () => {
    const before = JSON.parse(JSON.stringify(empty())) as Record<string, unknown>;
    expect('seat' in before).toBe(false);
    const migrated = migrateProgress(before);
    expect(migrated).toMatchObject({ ok: true, fromVersion: 1 });
    expect(migrated.ok && migrated.progress).toEqual(before);
  });

  it('is set, changed and cleared by seat.updated, which logs a profile change', () => {
    const lantas = withSeat(empty(), 'lantas');
    expect(lantas.seat).toBe('lantas');
    expect(lantas.log.at(-1)).toMatchObject({ type: 'profile.updated', ref: 'seat' });
    expect(withSeat(lantas, 'reskrim').seat).toBe('reskrim');
    const cleared = withSeat(lantas, undefined);
    expect('seat' in cleared).toBe(false);
    expect(ProgressSchema.parse(cleared)).toEqual(cleared);
    // Choosing the same function again changes nothing, not even the date.
    expect(withSeat(lantas, 'lantas')).toBe(lantas);
  });

  it('travels in the export file and back', async () => {
    const progress = withSeat(empty(), 'lantas');
    const text = await encodeProgressFile(progress, { now, digest: sha256 });
    expect((JSON.parse(text) as { progress: { seat?: string } }).progress.seat).toBe('lantas');
    const decoded = await decodeProgressFile(text, { digest: sha256 });
    expect(decoded.ok && decoded.progress.seat).toBe('lantas');
  });

  it('merges like the profile: this device keeps its own, takes the file’s when it has none or the learner says so', () => {
    const mine = withSeat(empty(), 'lantas');
    const file = withSeat(empty(), 'reskrim');
    expect(mergeProgress(mine, file).seat).toBe('lantas');
    expect(mergeProgress(mine, file, { profile: 'b' }).seat).toBe('reskrim');
    expect(mergeProgress(empty(), file).seat).toBe('reskrim');
    expect(mergeProgress(mine, empty(), { profile: 'b' }).seat).toBe('lantas');
    expect('seat' in mergeProgress(empty(), empty())).toBe(false);
  });

  it('is named in the import preview when the file brings one and this device has none', () => {
    const file = withSeat(empty(), 'reskrim');
    expect(previewImport(empty(), file, rules)).toMatchObject({ newSeat: true, nothingNew: false });
    expect(previewImport(withSeat(empty(), 'lantas'), file, rules)).toMatchObject({ newSeat: false });
  });
});
