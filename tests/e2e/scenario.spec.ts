import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadScenario, openScenario, pathsToEndings, playEvents } from './support/scenario-player.ts';
import { axeViolations } from './support/axe.ts';
import { createEmptyProgress } from '../../src/lib/progress/empty.ts';

// curanmor-desa is played in module 2 (Binmas dan fungsi teknis).
const MODULE = '/modul/binmas-dan-fungsi-teknis/';

async function pickByKeyboard(page: Page, region: Locator, label: string): Promise<void> {
  await region.getByRole('button', { name: label, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('heading', { level: 3 }).filter({ hasText: /Langkah|Akhir skenario/ })).toBeFocused();
}

test('play to an ending by keyboard, step back, resume after a reload, and see the replay', async ({ page }) => {
  await page.goto(MODULE);
  let region = await openScenario(page, 'Curanmor di Desa Sukamaju');
  await expect(region.getByRole('button', { name: 'Mundur satu langkah' })).toBeDisabled();

  await pickByKeyboard(page, region, 'Meminta warga berjaga dan menangkap sendiri pelakunya');
  await expect(region.getByText('Akibat pilihan Anda:')).toBeVisible();
  await expect(region.getByRole('status')).toContainText('Anda memilih: Meminta warga berjaga');
  await expect(region.getByText('Legalitas -2')).toBeVisible();

  await pickByKeyboard(page, region, 'Membiarkan, karena warga sudah mau bergerak');
  await expect(region.getByRole('heading', { name: 'Main hakim sendiri' })).toBeVisible();
  await expect(region.getByRole('status')).toHaveText('Akhir skenario: Main hakim sendiri.');

  // Back one step from the ending, choose differently.
  await region.getByRole('button', { name: 'Mundur satu langkah' }).focus();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('heading', { name: /Langkah 2/ })).toBeFocused();
  await pickByKeyboard(page, region, 'Meluruskan: ronda boleh, menghakimi tidak; lalu mengajak memetakan kejadian');
  await expect(region.getByRole('heading', { name: 'Langkah 3' })).toBeVisible();

  // Reload mid-way: the run resumes at the same step.
  await page.reload();
  region = await openScenario(page, 'Curanmor di Desa Sukamaju');
  await expect(region.getByRole('heading', { name: 'Langkah 3' })).toBeVisible();
  await expect(region.getByRole('status')).toHaveText('Melanjutkan permainan sebelumnya dari langkah terakhir.');

  for (const label of [
    'Menyusun daftar apa yang perlu ditanyakan ke fungsi lain',
    'Menghubungi Sat Intelkam: siapa yang bermain di balik pencurian ini?',
  ]) {
    await pickByKeyboard(page, region, label);
  }
  await expect(region.getByRole('complementary', { name: /Yang diketahui Intelkam/ })).toBeVisible();
  for (const label of [
    'Mencatat informasi itu dan kembali ke daftar Anda',
    'Menghubungi Sat Reskrim: bagaimana perkara ini ditangani?',
    'Mencatat langkah-langkah itu dan kembali ke daftar Anda',
    'Membawa hasil konsultasi ke rapat FKPM dan kepala desa',
    'Membagi peran: siskamling dan lampu di titik rawan oleh warga, patroli terarah oleh Polri bersama Babinsa, laporan cepat lewat Bhabinkamtibmas',
    'Datang segera, mengamankan orang itu dari massa, menjaga motor sebagai barang bukti, dan menghubungi Reskrim',
    'Meneruskan keterangan tersangka kepada Intelkam dan Reskrim untuk menelusuri penadah, lalu melaporkan perkembangan kepada warga',
  ]) {
    await pickByKeyboard(page, region, label);
  }
  await expect(region.getByRole('heading', { name: 'Masalah diurai bersama, lintas fungsi' })).toBeVisible();
  await expect(region.getByText('Ideal', { exact: true })).toBeVisible();
  const replay = region.getByRole('list').filter({ hasText: 'Meminta warga berjaga' });
  await expect(replay.getByRole('listitem')).toHaveCount(11);
  await expect(replay.getByRole('listitem').first()).toContainText('Meminta warga berjaga');
  await expect(replay.getByRole('listitem').nth(1)).toContainText('Meluruskan');

  expect(await axeViolations(page)).toEqual([]);
  // The finished run is recorded in progress.
  await page.goto('/progres/');
  await expect(page.locator('[data-scenario-table]')).toContainText('Curanmor di Desa Sukamaju');
});

// Yesterday's unfinished run, on another branch (step 2 would be the "janji kosong" node).
const EARLIER = {
  id: 'earlier-run-0001',
  scenarioId: 'curanmor-desa',
  startedAt: '2026-11-27T03:00:00.000Z',
  path: [{ nodeId: 'rapat-desa', choiceId: 'janji-tangkap', at: '2026-11-27T03:01:00.000Z' }],
  scores: { kemitraan: -1, 'pemecahan-masalah': -1 },
  flags: [],
};

for (const earlier of [undefined, EARLIER]) {
  test(`a progress store that arrives after the first choice does not restart the game (${earlier ? 'with' : 'without'} an earlier run)`, async ({
    page,
  }) => {
    if (earlier) {
      await page.goto('/tentang/');
      await page.evaluate(
        (progress) => {
          localStorage.setItem('sinergi:progress:v1', JSON.stringify(progress));
        },
        { ...createEmptyProgress(() => new Date('2026-11-27T03:00:00Z')), scenarioRuns: [earlier] },
      );
    }
    // Hold the progress store's chunk from its first request until the learner has chosen, then let it through.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let requested = false;
    // Found by what it does, not by its file name (the bundler's chunking decides that): the progress API is the only
    // code that guards leaving the page ("beforeunload").
    await page.route(/\/_astro\/[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('beforeunload')) {
        requested = true;
        await held;
      }
      await route.fulfill({ response, body });
    });
    await page.goto(MODULE);
    const region = await openScenario(page, 'Curanmor di Desa Sukamaju');
    await expect.poll(() => requested).toBe(true);

    await pickByKeyboard(page, region, 'Meminta warga berjaga dan menangkap sendiri pelakunya');
    release();
    // The store has loaded once it holds the choice just made.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('sinergi:progress:v1') ?? ''))
      .toContain('serahkan-ke-warga');

    // The same game goes on: no resume announced, focus still on the step, the next choice leads on from the first.
    await expect(region.getByRole('status')).toHaveText(/^Anda memilih: Meminta warga berjaga/);
    await expect(region.getByRole('heading', { name: 'Langkah 2 · Ketua RT 03' })).toBeFocused();
    await pickByKeyboard(page, region, 'Membiarkan, karena warga sudah mau bergerak');
    await expect(region.getByRole('heading', { name: 'Main hakim sendiri' })).toBeVisible();
    await expect(region.getByRole('status')).toHaveText('Akhir skenario: Main hakim sendiri.');
  });
}

test('model-based: shortest paths to every ending, generated by xstate/graph, drive the real page', async ({
  page,
}) => {
  const scenario = loadScenario('rapat-koordinasi-desa');
  const paths = pathsToEndings(scenario);
  const byEnding = new Map<string, (typeof paths)[number]>();
  for (const p of paths) {
    const id = p.state.context.trail.states.at(-1)?.nodeId ?? '';
    if (!byEnding.has(id)) byEnding.set(id, p);
  }
  expect(byEnding.size).toBe(scenario.nodes.filter((n) => n.ending).length);
  await page.goto('/modul/koordinasi-lintas-fungsi/');
  const region = await openScenario(page, scenario.title);
  for (const [endingId, path] of byEnding) {
    await region.getByRole('button', { name: 'Mulai dari awal' }).click();
    // Step snapshots may come from another route to the same state, so follow the events from the start.
    await playEvents(
      region,
      scenario,
      path.steps.map((step) => step.event),
    );
    const ending = scenario.nodes.find((n) => n.id === endingId)?.ending;
    await expect(region.getByRole('heading', { name: ending?.title ?? '?' })).toBeVisible();
    for (const [id, value] of Object.entries(path.state.context.trail.states.at(-1)?.scores ?? {})) {
      const label = scenario.scores.find((s) => s.id === id)?.label ?? id;
      await expect(region.getByRole('listitem').filter({ hasText: label }).first()).toContainText(`${label} ${value}`);
    }
  }
});

for (const id of ['curanmor-desa', 'rapat-koordinasi-desa']) {
  test(`trainer map of ${id}: flowchart, every node listed, ranges and path count, no axe violation`, async ({
    page,
  }) => {
    await page.goto(`/pelatih/skenario/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Peta skenario');
    await expect(page.getByRole('img', { name: /Bagan alur/ })).toBeVisible();
    await expect(page.getByText(/\d+ jalur berbeda dari awal sampai akhir/)).toBeVisible();
    await expect(page.getByRole('table')).toContainText('Kemitraan');
    await expect(page.getByText('tidak terjangkau')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}
