import type { Page } from '@playwright/test';

/** The learner already answered "Simpan untuk luring (offline)" with "Nanti saja", as on every visit after the first. */
export async function answerOfflineOffer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem('sinergi:offline-choice:v1', 'dismissed');
  });
}
