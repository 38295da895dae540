import { expect, test, type BrowserContext, type FrameLocator, type Page, type Route } from '@playwright/test';
import { unzipSync } from 'fflate';
import { execFile } from 'node:child_process';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { copyFixtureSite, project } from '../../scripts/temp-project.ts';
import { CMI5_STATE_ID } from '../../src/lib/lms/cmi5-session.ts';
import { storedSession, verbOf } from '../unit/lms/cmi5-rules.ts';
import { startFakeLrs, type FakeLrs, type LaunchSettings } from '../unit/lms/fake-lrs.ts';
import { playQuiz, type RawQuestion } from './support/quiz-player.ts';

// The course packages in a stand-in LMS: scorm-again (the SCORM 1.2 and 2004 runtimes LMS players embed) on a host
// page that frames the package as an LMS does, under a path of its own. The package is cut from the fixture site with
// a final exam (tests/e2e/fixtures/lms/) by `npm run package`, played through its pages, and the values the LMS
// received are read from scorm-again's data model. The cmi5 package is launched in a window of its own as its
// cmi5.xml asks, with the unit tests' fake LMS and LRS (tests/unit/lms/fake-lrs.ts) answering the AU.

const COURSE = 'kursus-uji';
const LMS = 'http://lms.test';
const CONTENT = '/mod/scorm/content/1/';
const FIXTURE = join(project, 'tests/e2e/fixtures/lms');
const bank = parse(await readFile(join(FIXTURE, 'content/quizzes/ujian-kursus-uji.yaml'), 'utf8')) as {
  title: string;
  questions: RawQuestion[];
};
const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
};

const packages = new Map<string, Record<string, Uint8Array>>();

// One worker builds the package once; each test plays the course in nested frames, slower than a page of its own.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const root = await copyFixtureSite('sinergi-lms-e2e-');
  try {
    await cp(FIXTURE, root, { recursive: true });
    await promisify(execFile)(process.execPath, [join(project, 'scripts/package.ts'), COURSE], { cwd: root });
    for (const kind of ['scorm12', 'scorm2004', 'cmi5']) {
      packages.set(kind, unzipSync(await readFile(join(root, 'dist-packages', `${COURSE}-${kind}.zip`))));
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

type Kind = 'scorm12' | 'scorm2004';
type Api = 'API' | 'API_1484_11' | 'none' | 'broken';

/** Answers a request for one of the package's files under the LMS's content path. */
function servePackage(route: Route, files: Record<string, Uint8Array>) {
  const path = new URL(route.request().url()).pathname;
  const file = path.startsWith(CONTENT) ? files[decodeURIComponent(path.slice(CONTENT.length))] : undefined;
  if (!file) return route.fulfill({ status: 404, body: 'not found' });
  const type = TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return route.fulfill({ contentType: type, body: Buffer.from(file) });
}

/** Serves the host page and the package under LMS paths; `initial` is the data the LMS starts the session with. */
async function openLms(context: BrowserContext, kind: Kind, api: Api, initial: Record<string, string> = {}) {
  const files = packages.get(kind) ?? {};
  const player = await readFile(join(project, 'node_modules/scorm-again/dist/scorm-again.min.js'), 'utf8');
  const setup =
    api === 'API'
      ? 'window.API = new Scorm12API({ logLevel: 5 }); window.API.loadFromFlattenedJSON(initial);'
      : api === 'API_1484_11'
        ? 'window.API_1484_11 = new Scorm2004API({ logLevel: 5 }); window.API_1484_11.loadFromFlattenedJSON(initial);'
        : api === 'broken'
          ? "window.API = { LMSInitialize: () => 'false', LMSGetLastError: () => '101' };"
          : '';
  const host = `<!doctype html><html lang="id"><head><title>LMS</title><script>${player}</script>
    <script>const initial = ${JSON.stringify(initial)}; ${setup}</script></head>
    <body><iframe id="lms" title="Kursus" src="${CONTENT}index.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`;
  await context.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/player') return route.fulfill({ contentType: 'text/html', body: host });
    return servePackage(route, files);
  });
  const page = await context.newPage();
  await page.goto(`${LMS}/player`);
  return page;
}

/** The course inside the launch page inside the LMS frame. */
const course = (page: Page): FrameLocator => page.frameLocator('#lms').frameLocator('[data-lms-frame]');

/** The AU of the package's cmi5.xml: its id, moveOn and masteryScore, which an LMS imports with the course. */
function cmi5Au() {
  const xml = new TextDecoder().decode(packages.get('cmi5')?.['cmi5.xml']);
  const au = /<au ([^>]*)>/.exec(xml)?.[1] ?? '';
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(au)?.[1];
  return {
    id: attribute('id')?.replaceAll('&amp;', '&') ?? '',
    moveOn: attribute('moveOn') as LaunchSettings['moveOn'],
    masteryScore: Number(attribute('masteryScore')),
    launchMethod: attribute('launchMethod'),
  };
}

/**
 * Launches the cmi5 AU as an LMS does (cmi5 8.1): the launch page in a window of its own, its URL carrying endpoint,
 * fetch, actor, registration and activityId. The LMS is the unit tests' fake one (tests/unit/lms/fake-lrs.ts), a real
 * HTTP server: the requests a page makes as it goes away (keepalive) never pass through Playwright's routes. The
 * package is served by a route on the same host, as an LMS serves its content; a page on another host could not reach
 * a server on this machine's loopback address.
 */
async function openCmi5(
  context: BrowserContext,
  lrs: FakeLrs,
  settings: LaunchSettings,
  beforeLaunch?: () => Promise<void>,
) {
  const files = packages.get('cmi5') ?? {};
  await context.route(`${lrs.origin}${CONTENT}**`, (route) => servePackage(route, files));
  await context.route(`${lrs.origin}/course/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>LMS</title>' }),
  );
  const { search, sessionId } = lrs.launch(settings);
  const url = `${lrs.origin}${CONTENT}index.html${search}`;
  await beforeLaunch?.();
  const page = await context.newPage();
  await page.goto(url);
  return { page, sessionId };
}

/** Ends the launch the way an LMS closes it (the frame goes away) and returns the data model the LMS kept. */
async function closeAndRead(page: Page, api: 'API' | 'API_1484_11') {
  return page.evaluate((name) => {
    document.getElementById('lms')?.remove();
    const runtime = (window as unknown as Record<string, { cmi: unknown }>)[name];
    return JSON.parse(JSON.stringify(runtime?.cmi)) as Record<string, unknown>;
  }, api);
}

/** Reads the lesson and passes the final exam through the pages; `inner` is the launch page's frame. */
async function playCourse(page: Page, inner: FrameLocator = course(page)) {
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText('Kursus uji & "LMS"');
  // The next-step button's link is written by a script at run time, as a site path: the package turns it into its own.
  await inner.getByRole('link', { name: 'Mulai kursus' }).click();
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText('Pelajaran uji');
  // The lesson counts as read once its end has been on screen (an IntersectionObserver, a frame or more later).
  await inner.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  const lesson = page.frames().find((f) => f.url().includes('/pelajaran-uji/'));
  await expect
    .poll(() => lesson?.evaluate(() => localStorage.getItem('sinergi:progress:v1')?.includes('"pelajaran-uji"')))
    .toBe(true);
  await lesson?.evaluate(() => {
    history.back();
  });
  await expect(inner.getByText('Selesai', { exact: true }).first()).toBeVisible();
  await inner.getByRole('link', { name: 'Ujian akhir kursus' }).click();
  const box = inner.getByRole('region', { name: bank.title });
  await box.getByRole('button', { name: 'Mulai ujian' }).click();
  await playQuiz(box, bank.questions, () => true);
  await expect(box.getByRole('heading', { name: 'Hasil ujian' })).toBeVisible();
}

test('SCORM 1.2: the LMS receives status, score, location, session time and suspend data; a new session resumes', async ({
  browser,
}) => {
  const first = await browser.newContext();
  const page = await openLms(first, 'scorm12', 'API');
  await playCourse(page);
  const cmi = (await closeAndRead(page, 'API')) as {
    core: Record<string, unknown> & { score: Record<string, string> };
    suspend_data: string;
  };
  expect(cmi.core['lesson_status']).toBe('passed');
  expect(cmi.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
  expect(cmi.core['lesson_location']).toBe(`kursus/${COURSE}/ujian/index.html`);
  expect(cmi.core['exit']).toBe('suspend');
  expect(cmi.core['session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(cmi.suspend_data).toMatch(/^s1\./);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  await first.close();

  // Another device: nothing in localStorage; the LMS gives back the suspend data and location.
  const second = await browser.newContext();
  const again = await openLms(second, 'scorm12', 'API', {
    'cmi.core.entry': 'resume',
    'cmi.core.lesson_location': String(cmi.core['lesson_location']),
    'cmi.suspend_data': cmi.suspend_data,
  });
  const inner = course(again);
  await expect(inner.getByText(/Anda lulus ujian akhir dengan nilai 100%/)).toBeVisible();
  await inner.getByRole('link', { name: 'Kursus uji & "LMS"' }).first().click();
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText('Kursus uji & "LMS"');
  await expect(inner.getByText('Selesai').first()).toBeVisible();
  await expect(inner.getByRole('link', { name: 'Mulai kursus' })).toHaveCount(0);
  await expect(again.frameLocator('#lms').locator('[data-lms-notice]')).toBeHidden();
  await second.close();
});

test('SCORM 2004: completion, success, scaled score, location, exam interactions and session time', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await openLms(context, 'scorm2004', 'API_1484_11');
  await playCourse(page);
  const cmi = (await closeAndRead(page, 'API_1484_11')) as Record<string, unknown> & {
    score: Record<string, string>;
    interactions: unknown;
  };
  expect(cmi['completion_status']).toBe('completed');
  expect(cmi['success_status']).toBe('passed');
  expect(cmi.score).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' });
  expect(cmi['location']).toBe(`kursus/${COURSE}/ujian/index.html`);
  expect(cmi['exit']).toBe('suspend');
  expect(cmi['session_time']).toMatch(/^PT/);
  expect(String(cmi['suspend_data'])).toMatch(/^s1\./);
  // scorm-again writes a list of the data model as an object keyed by index.
  const items = Object.values(cmi.interactions as Record<string, Record<string, string>>);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ type: 'true-false', result: 'correct', weighting: '1' });
  expect(items[0]?.['learner_response']).toMatch(/^(true|false)$/);
  await context.close();
});

test('without an LMS, or when it fails, the course still runs and a notice says progress stays on this device', async ({
  browser,
}) => {
  for (const [api, text] of [
    ['none', 'Kemajuan tidak dilaporkan ke LMS.'],
    ['broken', 'LMS tidak dapat dihubungi.'],
  ] as const) {
    const context = await browser.newContext();
    const page = await openLms(context, 'scorm12', api);
    await expect(page.frameLocator('#lms').getByRole('status').filter({ hasText: text })).toBeVisible();
    await expect(course(page).getByRole('heading', { level: 1 })).toHaveText('Kursus uji & "LMS"');
    await context.close();
  }
});

test('cmi5: the AU launch sequence, Initialized, the site statements, Completed, Passed and Terminated', async ({
  browser,
}) => {
  const au = cmi5Au();
  expect(au).toMatchObject({ moveOn: 'CompletedAndPassed', masteryScore: 0.7, launchMethod: 'OwnWindow' });
  const lrs = await startFakeLrs({ publisherAuId: au.id });
  const settings: LaunchSettings = {
    launchMode: 'Normal',
    moveOn: au.moveOn,
    masteryScore: au.masteryScore,
    returnURL: `${lrs.origin}/course/view.php?id=7`,
  };
  const context = await browser.newContext();
  try {
    const { page, sessionId } = await openCmi5(context, lrs, settings);
    const { statements: session, breaches } = storedSession(lrs, sessionId, settings);
    await expect.poll(() => session().map(verbOf)).toEqual(['initialized']);
    // An LRS across a slow network: the launch page's reports fall behind the learner.
    lrs.answerLate(300);
    await playCourse(page, page.frameLocator('[data-lms-frame]'));
    await expect(page.locator('[data-lms-notice]')).toBeHidden();
    // The learner closes the AU's window: the session ends as the launch page goes away, and what was not sent yet
    // (its requests wait for one another) must go with Terminated, in requests that outlive the page.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => session().map(verbOf).at(-1)).toBe('terminated');

    // Each statement is valid xAPI (xapi-validation) and keeps the cmi5 rules: order, context, moveOn, masteryScore.
    expect(breaches()).toEqual([]);
    const statements = session();
    // The defined statements (object: the AU) meet moveOn CompletedAndPassed; the site's own go between them.
    const defined = statements.filter((s) => s.object.id === lrs.activityId);
    expect(defined.map(verbOf)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(defined[2]?.result).toMatchObject({ success: true, score: { scaled: 1 } });
    const site = statements.filter((s) => s.object.id !== lrs.activityId).map(verbOf);
    expect(site).toEqual(expect.arrayContaining(['experienced', 'answered', 'passed']));
    // The learner's record goes in a request of its own beside the last statements.
    await expect
      .poll(() => lrs.state(CMI5_STATE_ID))
      .toMatchObject({
        suspendData: expect.stringMatching(/^s1\./),
        location: `kursus/${COURSE}/ujian/index.html`,
        completed: true,
        passed: true,
      });
  } finally {
    await context.close();
    await lrs.close();
  }
});

test('cmi5: when the LMS cannot be reached, a notice says so and the course still runs', async ({ browser }) => {
  const lrs = await startFakeLrs({ publisherAuId: cmi5Au().id });
  const context = await browser.newContext();
  try {
    // The LMS's server is down by the time the AU asks for its token at the fetch URL.
    const { page } = await openCmi5(context, lrs, { launchMode: 'Normal', moveOn: 'CompletedAndPassed' }, () =>
      lrs.close(),
    );
    await expect(page.getByRole('status').filter({ hasText: 'LMS tidak dapat dihubungi.' })).toBeVisible();
    const inner = page.frameLocator('[data-lms-frame]');
    await inner.getByRole('link', { name: 'Mulai kursus' }).click();
    await expect(inner.getByRole('heading', { level: 1 })).toHaveText('Pelajaran uji');
  } finally {
    await context.close();
  }
});

test('when the browser refuses storage, the launch page says progress does not reach the LMS', async ({ browser }) => {
  const context = await browser.newContext();
  // Site data blocked: reading localStorage throws in every page of the origin, the launch page and the course's.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The browser refuses site data.', 'SecurityError');
      },
    });
  });
  const page = await openLms(context, 'scorm2004', 'API_1484_11');
  const notice = page.frameLocator('#lms').getByRole('status');
  await expect(notice.filter({ hasText: 'Kemajuan tidak dapat dilaporkan ke LMS.' })).toBeVisible();
  const inner = course(page);
  await inner.getByRole('link', { name: 'Mulai kursus' }).click();
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText('Pelajaran uji');
  await context.close();
});

test('the manifests name the launch page and every file; no page links to a path outside the package', () => {
  for (const kind of ['scorm12', 'scorm2004'] as const) {
    const files = packages.get(kind) ?? {};
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain('href="index.html"');
    for (const name of Object.keys(files).filter((f) => f !== 'imsmanifest.xml')) {
      expect(manifest).toContain(`<file href="${name}"/>`);
    }
    for (const [name, bytes] of Object.entries(files).filter(([f]) => f.endsWith('.html'))) {
      const html = new TextDecoder().decode(bytes);
      expect(html, name).not.toMatch(/(?:href|src|component-url|renderer-url)="\/(?!\/)/);
    }
  }
  expect(Object.keys(packages.get('cmi5') ?? {})).toContain('cmi5.xml');
});
