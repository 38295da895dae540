import { expect, test, type Page } from '@playwright/test';
import { answerOfflineOffer } from './support/offline-choice.ts';
import { loadScenario, openScenario } from './support/scenario-player.ts';

// A Lantas member plays the traffic-post scenario of module 09 to its ideal ending on a phone-sized screen: the
// Bhabinkamtibmas is consulted, Lantas gives back, and the debrief names the study's finding.
const SCENARIO = loadScenario('lantas-kabar-dari-pos');

/** The ideal path as (node, choice) ids; labels are read from the scenario file. */
const IDEAL_PATH = [
  ['pos-pagi', 'dengar'],
  ['dengar-lebih', 'tanya-bhabin'],
  ['kata-bhabin', 'cari-status'],
  ['status-laka', 'teruskan'],
  ['bersama-keluarga', 'rencanakan'],
  ['rencana-malam', 'petakan'],
  ['malam-tahlilan', 'beri-data'],
] as const;

/** Names of the function cards consulted on this path, as the player labels them. */
const CARD_NAMES: Readonly<Record<string, string>> = { binmas: 'Binmas', lantas: 'Lantas', samapta: 'Samapta' };

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// A desktop context at phone width: a mobile one would widen the layout viewport to fit overflowing content and hide
// the overflow under test (as in layout.spec.ts).
test.use({ viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
test.beforeEach(({ page }) => answerOfflineOffer(page));

test('a Lantas member plays the traffic-post scenario to its ideal ending at 390 px', async ({ page }) => {
  await page.goto('/modul/latihan-dari-setiap-fungsi/');
  const region = await openScenario(page, SCENARIO.title);
  expect(await overflow(page)).toBe(0);

  const consulted: string[] = [];
  for (const [nodeId, choiceId] of IDEAL_PATH) {
    const choice = SCENARIO.nodes.find((n) => n.id === nodeId)?.choices.find((c) => c.id === choiceId);
    await region.getByRole('button', { name: choice?.label ?? '?', exact: true }).click();
    if (choice?.consult) {
      const name = CARD_NAMES[choice.consult] ?? '?';
      await expect(region.getByRole('complementary', { name: `Yang diketahui ${name}` })).toBeVisible();
      consulted.push(choice.consult);
    }
    expect(await overflow(page)).toBe(0);
  }
  expect(consulted).toContain('binmas');

  await expect(region.getByRole('heading', { name: 'Lantas dan Binmas saling mengisi' })).toBeVisible();
  await expect(region.getByText('Ideal', { exact: true })).toBeVisible();
  await expect(region.getByRole('status')).toHaveText('Akhir skenario: Lantas dan Binmas saling mengisi.');
  await expect(region).toContainText('temuan kedua kajian Puslitbang Polri 2022 (Jurnal Litbang Polri)');
  // The replay lists every choice, including the one where Lantas gave back to Binmas.
  const replay = region.getByRole('list').filter({ hasText: 'Meneruskan yang boleh disampaikan' });
  await expect(replay.getByRole('listitem')).toHaveCount(IDEAL_PATH.length);
  expect(await overflow(page)).toBe(0);
});
