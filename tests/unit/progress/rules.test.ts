import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/course/index.ts';
import { rulesFromCatalog } from '../../../src/lib/progress/rules.ts';
import { fixtureCourse, fixtureLesson as lesson, fixtureModule as mod } from '../../fixtures/catalog.ts';

describe('completion rules from the module frontmatter', () => {
  it('asks for every lesson in order, the quiz only when required and named, and the required scenarios', () => {
    const catalog = buildCatalog({
      modules: [
        {
          folder: '01-a',
          order: 1,
          data: mod('a', { quiz: 'kuis-a', completion: { requireQuiz: true, requiredScenarios: ['skn-a'] } }),
        },
        // A quiz to practise with, not required: completing the module does not wait for it.
        { folder: '02-b', order: 2, data: mod('b', { quiz: 'kuis-b' }) },
        // requireQuiz without a quiz named cannot block completion forever.
        { folder: '03-c', order: 3, data: mod('c', { completion: { requireQuiz: true, requiredScenarios: [] } }) },
      ],
      lessons: [
        { folder: '01-a', order: 2, data: lesson('a-2') },
        { folder: '01-a', order: 1, data: lesson('a-1') },
        { folder: '02-b', order: 1, data: lesson('b-1') },
        { folder: '03-c', order: 1, data: lesson('c-1') },
      ],
      courses: [fixtureCourse('kursus', ['a', 'c'])],
    });
    expect(rulesFromCatalog(catalog)).toEqual({
      modules: [
        { id: 'a', title: 'Modul a', lessons: ['a-1', 'a-2'], quiz: 'kuis-a', requiredScenarios: ['skn-a'] },
        { id: 'b', title: 'Modul b', lessons: ['b-1'], requiredScenarios: [] },
        { id: 'c', title: 'Modul c', lessons: ['c-1'], requiredScenarios: [] },
      ],
      courses: [{ id: 'kursus', title: 'Kursus kursus', modules: ['a', 'c'] }],
    });
  });
});
