import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { SeatSchema } from '../../src/schemas/common.ts';

// Module 08 gives every seat of SeatSchema its own lesson "Polmas dalam tugas <fungsi>", each with legal citations.
const root = fileURLToPath(new URL('../../', import.meta.url));
const { corpus } = checkContent(await readContentFiles(root));
const MODULE = 'polmas-di-setiap-fungsi';
const folder = corpus.modules.find((m) => m.data.id === MODULE)?.folder;
const lessons = corpus.lessons.filter((l) => l.folder === folder);
const referenceIds = new Set(corpus.references.map((r) => r.data.id));
const citedRefs = (body: string) => [...body.matchAll(/<DasarHukum\s+ref="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('module 08: Polmas in every function', () => {
  it('has exactly one lesson per seat, each with its seat set', () => {
    expect(folder).toBeDefined();
    expect(lessons.filter((l) => l.data.seat === undefined).map((l) => l.data.id)).toEqual([]);
    expect(lessons.map((l) => l.data.seat).sort()).toEqual([...SeatSchema.options].sort());
  });

  it('cites at least one entry of content/legal/references.yaml in every lesson, and only existing ones', () => {
    expect(lessons).toHaveLength(SeatSchema.options.length);
    for (const lesson of lessons) {
      const refs = citedRefs(lesson.body);
      expect(refs.length, lesson.data.id).toBeGreaterThan(0);
      expect(
        refs.filter((ref) => !referenceIds.has(ref)),
        lesson.data.id,
      ).toEqual([]);
    }
  });

  it('titles every lesson "Polmas dalam tugas ..." and is part of the cross-function course', () => {
    expect(lessons).toHaveLength(SeatSchema.options.length);
    expect(lessons.filter((l) => !l.data.title.startsWith('Polmas dalam tugas ')).map((l) => l.data.title)).toEqual([]);
    const course = corpus.courses.find((c) => c.data.id === 'transfer-pengetahuan-lintas-fungsi');
    expect(course?.data.modules.at(-2)).toBe(MODULE);
  });
});
