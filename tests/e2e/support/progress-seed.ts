// A learner's stored progress for /progres and certificate page tests.
import type { Page } from '@playwright/test';
import { memberProgress } from './progress-files.ts';

const KEY = 'sinergi:progress:v1';

/** A course finished, quizzes passed, a scenario played to its end: every column of every /progres table has content. */
export const fullRecord = {
  ...memberProgress(3),
  scenarioRuns: [
    {
      id: 'run-e2e-00000001',
      scenarioId: 'rapat-koordinasi-desa',
      startedAt: '2026-11-20T03:00:00.000Z',
      finishedAt: '2026-11-20T03:10:00.000Z',
      path: [{ nodeId: 'mulai', choiceId: 'rapat', at: '2026-11-20T03:01:00.000Z' }],
      endingId: 'akhir-ideal',
      rating: 'ideal',
      scores: { koordinasi: 4 },
      flags: [],
    },
  ],
};

/** Stores `record` as the learner's progress (from another page, so the next page reads it on its first load). */
export async function seed(page: Page, record: object): Promise<void> {
  await page.goto('/tentang/');
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [KEY, JSON.stringify(record)] as const,
  );
}
