import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/course/index.ts';
import { recordCompletions } from '../../../src/lib/progress/completion.ts';
import { rulesForCourse, rulesForModule, rulesFromCatalog } from '../../../src/lib/progress/rules.ts';
import type { ProgressRules } from '../../../src/schemas/progress.ts';
import { fixtureCourse, fixtureLesson as lesson, fixtureModule as mod } from '../../fixtures/catalog.ts';
import { progressArb } from './arbitraries.ts';

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

// Ids the progress generator uses, so generated lessons, attempts, runs and completions meet these rules.
const siteRules: ProgressRules = {
  modules: [
    { id: 'modul-1', title: 'Modul 1', lessons: ['apa-itu-polmas', 'prinsip'], quiz: 'kuis-1', requiredScenarios: [] },
    { id: 'modul-2', title: 'Modul 2', lessons: ['tujuan'], requiredScenarios: ['skn-1'] },
    { id: 'x9', title: 'Modul x9', lessons: ['prinsip'], requiredScenarios: [] },
  ],
  courses: [
    { id: 'kursus-a', title: 'Kursus A', modules: ['modul-1', 'modul-2'] },
    { id: 'kursus-b', title: 'Kursus B', modules: ['modul-2', 'x9'] },
  ],
};

describe('the rules a page carries', () => {
  it("a module's page: its own rule and the courses it belongs to, not the course's other modules", () => {
    expect(rulesForModule(siteRules, 'modul-1')).toEqual({
      modules: [siteRules.modules[0]],
      courses: [siteRules.courses[0]],
    });
    expect(rulesForModule(siteRules, 'modul-2').courses.map((c) => c.id)).toEqual(['kursus-a', 'kursus-b']);
  });

  it("a course's page: the course and every module in it", () => {
    expect(rulesForCourse(siteRules, 'kursus-b')).toEqual({
      modules: [siteRules.modules[1], siteRules.modules[2]],
      courses: [siteRules.courses[1]],
    });
  });

  it('a module page records its module as all the rules do, and never a course they would not', () => {
    fc.assert(
      fc.property(progressArb, fc.constantFrom('modul-1', 'modul-2', 'x9'), (progress, moduleId) => {
        const all = recordCompletions(progress, siteRules).completions;
        const page = recordCompletions(progress, rulesForModule(siteRules, moduleId)).completions;
        expect(page.modules[moduleId]).toEqual(all.modules[moduleId]);
        for (const [id, done] of Object.entries(page.courses)) expect(all.courses[id]).toEqual(done);
      }),
      { numRuns: 300 },
    );
  });

  it("a course page records the course's completion as all the rules do", () => {
    fc.assert(
      fc.property(progressArb, fc.constantFrom('kursus-a', 'kursus-b'), (progress, courseId) => {
        const all = recordCompletions(progress, siteRules).completions;
        const page = recordCompletions(progress, rulesForCourse(siteRules, courseId)).completions;
        expect(page.courses[courseId]).toEqual(all.courses[courseId]);
      }),
      { numRuns: 300 },
    );
  });
});
