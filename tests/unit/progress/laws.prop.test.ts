import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { mergeProgress } from '../../../src/lib/progress/merge.ts';
import { migrateProgress } from '../../../src/lib/progress/migrate.ts';
import { ProgressSchema } from '../../../src/schemas/progress.ts';
import { progressArb } from './arbitraries.ts';
import { sha256 } from './helpers.ts';

const now = () => new Date('2026-11-28T06:30:00.000Z');

describe('progress laws', () => {
  it('generated progress is valid (the generator matches the schema)', () => {
    fc.assert(fc.property(progressArb, (p) => ProgressSchema.safeParse(p).success));
  });

  it('decode(encode(p)) = p', async () => {
    await fc.assert(
      fc.asyncProperty(progressArb, async (p) => {
        const decoded = await decodeProgressFile(await encodeProgressFile(p, { now, digest: sha256 }), {
          digest: sha256,
        });
        expect(decoded.ok && decoded.progress).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });

  it('merge(a, a) = a', () => {
    fc.assert(
      fc.property(progressArb, (a) => {
        expect(mergeProgress(a, a)).toEqual(a);
      }),
    );
  });

  it('merge is commutative on completions and never un-completes', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const ab = mergeProgress(a, b);
        const ba = mergeProgress(b, a);
        expect(ab.completions).toEqual(ba.completions);
        for (const side of [a, b]) {
          for (const id of Object.keys(side.completions.modules)) expect(ab.completions.modules[id]).toBeDefined();
          for (const id of Object.keys(side.completions.courses)) expect(ab.completions.courses[id]).toBeDefined();
          for (const id of Object.keys(side.lessons)) expect(ab.lessons[id]).toBeDefined();
          for (const attempt of side.quizAttempts) expect(ab.quizAttempts.some((x) => x.id === attempt.id)).toBe(true);
        }
      }),
    );
  });

  it('merging the same import twice changes nothing', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const once = mergeProgress(a, b);
        expect(mergeProgress(once, b)).toEqual(once);
      }),
    );
  });

  it('migrate is idempotent on the current version', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const once = migrateProgress(p);
        if (!once.ok) throw new Error(once.error);
        expect(migrateProgress(once.progress)).toEqual(once);
        expect(once.progress).toEqual(p);
      }),
    );
  });
});
