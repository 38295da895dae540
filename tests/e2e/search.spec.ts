import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizUi } from '../../src/i18n/quiz.ts';
import { loadScenario } from './support/scenario-player.ts';
import { axeViolations } from './support/axe.ts';

const QUIZ_DIR = join(process.cwd(), 'content', 'quizzes');
const SCENARIO_DIR = join(process.cwd(), 'content', 'scenarios');

/** Every feedback-like string of the quiz YAML files (the quiz schema is owned by the quiz issue). */
function quizFeedbackTexts(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (/feedback|umpan|penjelasan|explanation|rationale/i.test(key) && value.split(/\s+/).length >= 4) {
        texts.push(value);
      }
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  for (const file of readdirSync(QUIZ_DIR).filter((f) => /\.ya?ml$/.test(f))) {
    walk(parse(readFileSync(join(QUIZ_DIR, file), 'utf8')), '');
  }
  return texts;
}

/** Every choice feedback of the scenario YAML files. */
function scenarioFeedbackTexts(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((file) => {
      const scenario = loadScenario(file.replace(/\.ya?ml$/, ''));
      return scenario.nodes.flatMap((node) => node.choices.flatMap((c) => (c.feedback ? [c.feedback] : [])));
    });
}

/**
 * Each scenario placed on a module overview, with the first choice of its start node: the player renders
 * that choice in the page's HTML before anyone plays, so only data-pagefind-ignore keeps it out of the index.
 */
function scenarioFirstChoices(): { url: string; title: string; choice: string }[] {
  return readdirSync('modules')
    .filter((folder) => /^\d\d-/.test(folder))
    .flatMap((folder) => {
      const overview = readFileSync(join('modules', folder, 'index.mdx'), 'utf8');
      const moduleId = /^id:\s*['"]?([\w-]+)/m.exec(overview)?.[1] ?? '';
      return [...overview.matchAll(/<Scenario id="([^"]+)"/g)].map(([, id]) => {
        const scenario = loadScenario(id ?? '');
        const start = scenario.nodes.find((n) => n.id === scenario.start);
        return { url: `/modul/${moduleId}/`, title: scenario.title, choice: start?.choices[0]?.label ?? '' };
      });
    });
}

/** Goes to /cari/ with this query and waits for the live count. */
async function searchFor(page: Page, query: string) {
  await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toHaveText(/hasil untuk/);
}

/** Searches /cari/ for the exact phrase and expects no result. */
async function expectNotFound(page: Page, phrase: string) {
  await searchFor(page, `"${phrase}"`);
  await expect(page.getByRole('status'), phrase).toHaveText(/^Tidak ada hasil untuk/);
}

test('the header search link opens /cari/, and "kemitraan" finds the partnership lesson with its module', async ({
  page,
}) => {
  await page.goto('/modul/polmas-tugas-setiap-anggota/sembilan-prinsip-polmas/');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Cari' }).click();
  await expect(page).toHaveURL(/\/cari\/$/);

  const box = page.getByRole('searchbox', { name: 'Kata kunci' });
  await box.fill('kemitraan');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "kemitraan"\./);
  const results = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  const lesson = results.filter({ has: page.getByRole('link', { name: 'Sembilan prinsip Polmas' }) });
  await expect(lesson).toHaveCount(1);
  await expect(lesson).toContainText('Modul: Polmas adalah tugas setiap anggota');
  await expect(lesson.locator('mark').first()).toHaveText(/mitra/i);
  await expect(page).toHaveURL(/\?q=kemitraan$/);

  await lesson.getByRole('link', { name: 'Sembilan prinsip Polmas' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sembilan prinsip Polmas');
});

test('words typed before the search script has loaded are kept and searched', async ({ page }) => {
  // A slow phone: the page is usable before its script arrives, which is held back until the learner has typed.
  let release = () => {};
  const typed = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_astro/cari.astro_*.js', async (route) => {
    await typed;
    await route.continue();
  });
  // 'commit': the box exists long before DOMContentLoaded, which waits for the held module script.
  await page.goto('/cari/', { waitUntil: 'commit' });
  await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('kemitraan');
  release();
  await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "kemitraan"\./, { timeout: 15_000 });
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('kemitraan');
});

for (const query of ['kemitraan', 'bermitra', 'mitra']) {
  test(`stemming: "${query}" finds the partnership lesson and a lesson that only says "kemitraan"`, async ({
    page,
  }) => {
    await page.goto(`/cari/?q=${query}`);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ hasil untuk "${query}"\\.`));
    // The partnership lesson of the module "Kemitraan Polri dan masyarakat".
    await expect(page.getByRole('link', { name: /^Memahami kemitraan/ })).toBeVisible();
    // Its text has "kemitraan" but never "mitra" or "bermitra": only Indonesian stemming can find it.
    await expect(page.getByRole('link', { name: 'Sembilan prinsip Polmas' })).toBeVisible();
  });
}

test('module and course filters narrow the results, and are kept in the address', async ({ page }) => {
  await searchFor(page, 'kemitraan');
  const results = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  const principles = page.getByRole('link', { name: 'Sembilan prinsip Polmas' }); // module 1, course Sosialisasi only
  const partnership = page.getByRole('link', { name: /^Memahami kemitraan/ }); // module 5
  await expect(principles).toBeVisible();
  await expect(partnership).toBeVisible();

  await page.getByText('Saring menurut modul dan kursus').click();
  const moduleBox = page
    .getByRole('group', { name: 'Modul' })
    .getByRole('checkbox', { name: 'Polmas adalah tugas setiap anggota' });
  await moduleBox.check();
  await expect(partnership).toHaveCount(0);
  await expect(principles).toBeVisible();
  for (const result of await results.all()) {
    await expect(result).toContainText('Modul: Polmas adalah tugas setiap anggota');
  }
  await expect(page).toHaveURL(/modul=Polmas/);

  // Module 1 belongs to the Sosialisasi course, not to Transfer Pengetahuan Lintas Fungsi.
  await moduleBox.uncheck();
  await page
    .getByRole('group', { name: 'Kursus' })
    .getByRole('checkbox', { name: /^Transfer Pengetahuan Lintas Fungsi/ })
    .check();
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* hasil untuk "kemitraan"\./);
  await expect(principles).toHaveCount(0);
  await expect(partnership).toHaveCount(0);
  await expect(page).toHaveURL(/kursus=Transfer/);
  await expect(page).not.toHaveURL(/modul=/);

  // Reloading the address restores the filter and the same results.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Transfer Pengetahuan Lintas Fungsi/ })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* hasil untuk "kemitraan"\./);
  await expect(principles).toHaveCount(0);
});

test('an exact phrase from a lesson is found, so the quiz-feedback check below is meaningful', async ({ page }) => {
  await page.goto(`/cari/?q=${encodeURIComponent('"memecahkan masalah sosial"')}`);
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* hasil untuk/);
  await page.goto(`/cari/?q=${encodeURIComponent('"memecahkan masalah jeruk"')}`);
  await expect(page.getByRole('status')).toHaveText(/^Tidak ada hasil untuk/);
});

test('site chrome is not indexed: the footer text returns nothing', async ({ page }) => {
  await page.goto(`/cari/?q=${encodeURIComponent('"Setiap pernyataan hukum menyebut sumbernya"')}`);
  await expect(page.getByRole('status')).toHaveText(/^Tidak ada hasil untuk/);
});

const feedbackSources = [
  ['a quiz answer', quizFeedbackTexts],
  ['a scenario choice', scenarioFeedbackTexts],
] as const;
for (const [what, feedbackTexts] of feedbackSources) {
  test(`search never reveals ${what}: its exact feedback text returns nothing`, async ({ page }) => {
    const feedback = feedbackTexts();
    expect(feedback.length).toBeGreaterThan(0);
    for (const text of feedback.slice(0, 3)) await expectNotFound(page, text);
  });
}

test('quiz and scenario text shown on a module page before anyone plays is not indexed', async ({ page }) => {
  const placed = scenarioFirstChoices();
  expect(placed.length).toBeGreaterThan(0);
  // Each choice is in its page, inside the scenario region, so leaving it out of the index is a real decision.
  for (const { url, title, choice } of placed) {
    await page.goto(url);
    await expect(page.getByRole('region', { name: title, exact: true }).getByText(choice)).toBeVisible();
  }
  // Every quiz's start screen says when its feedback appears; that text lives only inside the quiz box.
  await page.goto('/modul/polmas-tugas-setiap-anggota/');
  await expect(page.getByText(quizUi.feedbackImmediate)).toBeVisible();
  // One search page, asked each phrase in turn as a learner would type them.
  await page.goto('/cari/');
  const box = page.getByRole('searchbox', { name: 'Kata kunci' });
  for (const phrase of [...placed.map((p) => p.choice), quizUi.feedbackImmediate]) {
    await box.fill(`"${phrase}"`);
    await box.press('Enter');
    await expect(page.getByRole('status'), phrase).toHaveText(`Tidak ada hasil untuk ""${phrase}"".`);
  }
});

test('a <Term> in a lesson links to its own entry on /istilah/', async ({ page }) => {
  await page.goto('/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/');
  await page.getByRole('main').getByRole('link', { name: 'Pemolisian Masyarakat (Polmas)' }).click();
  await expect(page).toHaveURL(/\/istilah\/#polmas$/);
  const entry = page.locator('#polmas');
  await expect(entry.locator('dfn')).toHaveText('Polmas (Pemolisian Masyarakat)');
  await expect(entry).toBeInViewport();
});

test('glossary: typing finds a term by its alias, Enter moves to it, and its anchor stays', async ({ page }) => {
  await page.goto('/istilah/');
  const box = page.getByRole('searchbox', { name: 'Cari istilah' });
  await box.focus();
  await page.keyboard.type('Bhabin');
  await expect(page.getByRole('status')).toHaveText(/^\d+ dari \d+ istilah cocok\.$/);
  const visibleTerms = page.locator('#daftar-istilah > .entry:not([hidden]) dfn');
  await expect(visibleTerms.first()).toHaveText(/^Bhabinkamtibmas/);

  await box.fill('');
  await page.keyboard.type('DDS');
  await expect(visibleTerms.first()).toHaveText(/^Sambang/);
  await page.keyboard.press('Enter');
  const link = page.getByRole('link', { name: /^Sambang/ });
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/istilah\/#sambang$/);

  await box.fill('');
  await expect(page.getByRole('status')).toHaveText(/^Semua \d+ istilah ditampilkan\.$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('glossary: the term itself ranks above entries that only mention it', async ({ page }) => {
  await page.goto('/istilah/');
  await page.getByRole('searchbox', { name: 'Cari istilah' }).fill('kemitraan');
  await expect(page.locator('#daftar-istilah > .entry:not([hidden])').first()).toHaveAttribute('id', 'kemitraan');
});

test('function cards: a question in plain Indonesian surfaces Lantas first, by keyboard', async ({ page }) => {
  await page.goto('/fungsi/');
  await page.getByRole('searchbox', { name: 'Cari fungsi' }).focus();
  await page.keyboard.type('siapa yang menangani kecelakaan');
  await expect(page.getByRole('status')).toHaveText(/fungsi cocok\.$/);
  await expect(page.locator('#daftar-fungsi > li:not([hidden]) h2').first()).toHaveText(/^Lantas/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Lantas', exact: true })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('/cari/ with results has no axe violation and fits 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/cari/?q=kemitraan');
  await expect(page.getByRole('status')).toHaveText(/hasil untuk/);
  await page.getByText('Saring menurut modul dan kursus').click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  for (const path of ['/istilah/', '/fungsi/']) {
    await page.goto(path);
    await expect(page.getByRole('searchbox')).toBeVisible();
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(over, path).toBeLessThanOrEqual(0);
  }
});

test('a lesson page loads no search code until search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/pagefind/') || /lunr|search|cari/i.test(url)) scripts.push(url);
  });
  await page.goto('/modul/polmas-tugas-setiap-anggota/apa-itu-polmas/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});
