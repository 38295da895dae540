import { describe, expect, it } from 'vitest';
import { buildCatalog, coursesOfModule, findModule, lessonNeighbours } from '../../../src/lib/course/index.ts';
import { fixtureCourse as course, fixtureLesson as lesson, fixtureModule as mod } from '../../fixtures/catalog.ts';

const catalog = buildCatalog({
  // Given out of order on purpose: the NN- prefix decides, not the input order or the id.
  modules: [
    { folder: '10-zeta', order: 10, data: mod('zeta', { minutes: 15 }) },
    { folder: '02-alpha', order: 2, data: mod('alpha') },
  ],
  lessons: [
    { folder: '02-alpha', order: 3, data: lesson('c', 9) },
    { folder: '02-alpha', order: 1, data: lesson('a', 6) },
    { folder: '10-zeta', order: 1, data: lesson('z', 10) },
    { folder: '02-alpha', order: 2, data: lesson('b', 7) },
  ],
  courses: [course('later', ['zeta'], 2), course('first', ['zeta', 'alpha'], 1)],
});

describe('buildCatalog', () => {
  it('orders modules by folder prefix and lessons by file prefix, numerically', () => {
    expect(catalog.modules.map((m) => m.id)).toEqual(['alpha', 'zeta']);
    expect(findModule(catalog, 'alpha')?.lessons.map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts lessons and adds the module minutes to the lessons minutes', () => {
    const alpha = findModule(catalog, 'alpha');
    expect(alpha?.lessonCount).toBe(3);
    expect(alpha?.totalMinutes).toBe(22);
    expect(findModule(catalog, 'zeta')?.totalMinutes).toBe(25);
  });

  it('orders courses and keeps each course own module order', () => {
    expect(catalog.courses.map((c) => c.id)).toEqual(['first', 'later']);
    const first = catalog.courses[0];
    expect(first?.moduleSummaries.map((m) => m.id)).toEqual(['zeta', 'alpha']);
    expect(first?.lessonCount).toBe(4);
    expect(first?.totalMinutes).toBe(47);
  });

  it('lists the courses that require a module', () => {
    expect(coursesOfModule(catalog, 'zeta').map((c) => c.id)).toEqual(['first', 'later']);
    expect(coursesOfModule(catalog, 'alpha').map((c) => c.id)).toEqual(['first']);
  });
});

describe('lessonNeighbours', () => {
  const alpha = findModule(catalog, 'alpha');
  if (!alpha) throw new Error('fixture');

  it('gives no previous lesson at the start', () => {
    const n = lessonNeighbours(alpha, 'a');
    expect([n.previous?.id, n.next?.id, n.position, n.total]).toEqual([undefined, 'b', 1, 3]);
  });

  it('links both ways in the middle', () => {
    const n = lessonNeighbours(alpha, 'b');
    expect([n.previous?.id, n.next?.id]).toEqual(['a', 'c']);
  });

  it('gives no next lesson at the end', () => {
    expect(lessonNeighbours(alpha, 'c').next).toBeUndefined();
  });

  it('refuses a lesson from another module', () => {
    expect(() => lessonNeighbours(alpha, 'z')).toThrow(/not in module "alpha"/);
  });
});
