import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { answerOfflineOffer } from './support/offline-choice.ts';
import { memberProgress } from './support/progress-files.ts';
import { seed } from './support/progress-seed.ts';
import { loadScenario, openScenario } from './support/scenario-player.ts';

// Members play module 09 scenarios from their own seat to the ideal ending on a phone-sized screen: the
// Bhabinkamtibmas is consulted, the function gives back, and the debrief names the study's finding. A community
// partner reaches theirs from "Jalur Anda" on the home page.

/** A path as (node, choice) ids; labels are read from the scenario file. */
type Path = readonly (readonly [string, string])[];

/** Names of the function cards consulted on these paths, as the player labels them. */
const CARD_NAMES: Readonly<Record<string, string>> = { binmas: 'Binmas', lantas: 'Lantas', samapta: 'Samapta' };

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Clicks the path's choices; checks each consulted card's box appears and the page never scrolls sideways. */
async function playPath(page: Page, region: Locator, scenario: Scenario, path: Path): Promise<void> {
  const consulted: string[] = [];
  for (const [nodeId, choiceId] of path) {
    const choice = scenario.nodes.find((n) => n.id === nodeId)?.choices.find((c) => c.id === choiceId);
    await region.getByRole('button', { name: choice?.label ?? '?', exact: true }).click();
    if (choice?.consult) {
      const name = CARD_NAMES[choice.consult] ?? '?';
      await expect(region.getByRole('complementary', { name: `Yang diketahui ${name}` })).toBeVisible();
      consulted.push(choice.consult);
    }
    expect(await overflow(page)).toBe(0);
  }
  expect(consulted).toContain('binmas');
}

/** The ideal ending as the learner sees it: title, rating, announcement, finding, and the full replay. */
async function expectIdealEnding(region: Locator, scenario: Scenario, path: Path, finding: string, gaveBack: string) {
  const title = scenario.nodes.find((n) => n.ending?.rating === 'ideal')?.ending?.title ?? '?';
  await expect(region.getByRole('heading', { name: title })).toBeVisible();
  await expect(region.getByText('Ideal', { exact: true })).toBeVisible();
  await expect(region.getByRole('status')).toHaveText(`Akhir skenario: ${title}.`);
  await expect(region).toContainText(`${finding} kajian Puslitbang Polri 2022 (Jurnal Litbang Polri)`);
  // The replay lists every choice, including the one where the learner gave back to Binmas.
  const replay = region.getByRole('list').filter({ hasText: gaveBack });
  await expect(replay.getByRole('listitem')).toHaveCount(path.length);
}

// A desktop context at phone width: a mobile one would widen the layout viewport to fit overflowing content and hide
// the overflow under test (as in layout.spec.ts).
test.use({ viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
test.beforeEach(({ page }) => answerOfflineOffer(page));

test('a Lantas member plays the traffic-post scenario to its ideal ending at 390 px', async ({ page }) => {
  const scenario = loadScenario('lantas-kabar-dari-pos');
  const path: Path = [
    ['pos-pagi', 'dengar'],
    ['dengar-lebih', 'tanya-bhabin'],
    ['kata-bhabin', 'cari-status'],
    ['status-laka', 'teruskan'],
    ['bersama-keluarga', 'rencanakan'],
    ['rencana-malam', 'petakan'],
    ['malam-tahlilan', 'beri-data'],
  ];
  await page.goto('/modul/latihan-dari-setiap-fungsi/');
  const region = await openScenario(page, scenario.title);
  expect(await overflow(page)).toBe(0);
  await playPath(page, region, scenario, path);
  await expectIdealEnding(region, scenario, path, 'temuan kedua', 'Meneruskan yang boleh disampaikan');
  expect(await overflow(page)).toBe(0);
});

test('a community partner opens the ronda scenario from Jalur Anda and plays it to its ideal ending', async ({
  page,
}) => {
  const scenario = loadScenario('mitra-malam-ronda');
  const path: Path = [
    ['awal', 'cerita-bhabin'],
    ['kata-bhabin', 'antar-korban'],
    ['malam-ronda', 'lindungi'],
    ['serah-terima', 'beri-catatan'],
    ['pertemuan', 'alur-tertulis'],
  ];
  await seed(page, { ...memberProgress(1), seat: 'mitra' });
  await page.goto('/');
  const jalur = page.getByRole('region', { name: 'Jalur Anda: Mitra masyarakat' });
  await jalur.getByRole('link', { name: scenario.title, exact: true }).click();
  await expect(page).toHaveURL(/\/modul\/latihan-dari-setiap-fungsi\/#/);

  const region = await openScenario(page, scenario.title);
  expect(await overflow(page)).toBe(0);
  await playPath(page, region, scenario, path);
  await expectIdealEnding(region, scenario, path, 'Temuan ketujuh', 'Menyerahkan kepada Bripka Dedi catatan ronda');
  expect(await overflow(page)).toBe(0);

  // Back on the home page, the partner's path marks the scenario as played.
  await page.goto('/');
  await expect(jalur.getByRole('listitem').filter({ hasText: scenario.title })).toContainText('✓');
});
