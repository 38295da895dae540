// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectCmi5 } from '../../../src/client/lms/cmi5.ts';
import { CMI5_STATE_ID } from '../../../src/lib/lms/cmi5-session.ts';
import type { LmsReport } from '../../../src/lib/lms/types.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { applyProgressEvent, type ProgressEvent } from '../../../src/lib/progress/reducer.ts';
import { toXapiStatements, type XapiStatement } from '../../../src/lib/xapi/statements.ts';
import { attempt, rules, tickingClock } from '../progress/helpers.ts';
import { cmi5RegistrationBreaches, cmi5SessionBreaches, storedSession, verbOf } from './cmi5-rules.ts';
import { SESSION_ID_EXTENSION, startFakeLrs, type FakeLrs, type LaunchSettings } from './fake-lrs.ts';

let lrs: FakeLrs;
beforeEach(async () => {
  lrs = await startFakeLrs();
  sessionStorage.clear();
});
afterEach(() => lrs.close());

/** The learner's statements as the site maps them, after some progress events. */
function siteStatements(events: ProgressEvent[]): () => readonly XapiStatement[] {
  const now = tickingClock('2026-11-28T06:00:00.000Z');
  const progress = events.reduce((p, e) => applyProgressEvent(p, e, { now, rules }), createEmptyProgress(now));
  return () => toXapiStatements(progress, { siteUrl: 'https://sinergi.example.id', rules });
}

const report = (over: Partial<LmsReport> = {}): LmsReport => ({
  completed: false,
  passed: null,
  scoreScaled: null,
  location: 'modul/modul-a/a-1/',
  suspendData: 's1.progress',
  interactions: [],
  ...over,
});

/** Opens the launch page of a new session (a new tab: nothing of the last one in sessionStorage). */
async function launch(settings: LaunchSettings, statements?: () => readonly XapiStatement[]) {
  sessionStorage.clear();
  const { search, sessionId } = lrs.launch(settings);
  history.replaceState(null, '', `/index.html${search}`);
  const errors: Error[] = [];
  const connection = await connectCmi5((e) => errors.push(e), statements);
  if (!connection) throw new Error('no cmi5 connection');
  const { statements: session, breaches } = storedSession(lrs, sessionId, settings);
  // Verbs of all statements, and of the cmi5 defined ones only (object: the AU).
  const verbs = () => session().map(verbOf);
  const defined = () =>
    session()
      .filter((x) => x.object.id === lrs.activityId)
      .map(verbOf);
  return { connection, errors, session, breaches, verbs, defined };
}

const registrationBreaches = () =>
  cmi5RegistrationBreaches(
    lrs.statements.map((x) => x.statement),
    lrs.activityId,
  );

const examCourse: LaunchSettings = { launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.7 };

// Every test talks HTTP to the fake LRS, tens of requests: allow for a busy machine.
describe('connectCmi5', { timeout: 20_000 }, () => {
  it('plays a session: Initialized, the site statements, Completed once, Passed with the score, Terminated', async () => {
    const lessons = siteStatements([
      { type: 'lesson.visited', lessonId: 'a-1' },
      { type: 'lesson.visited', lessonId: 'a-2' },
    ]);
    let current = (): readonly XapiStatement[] => lessons().slice(0, 1);
    const s = await launch({ ...examCourse, returnURL: 'https://lms.example.go.id/kursus/7' }, () => current());
    expect(s.connection.kind).toBe('cmi5');
    expect(s.connection.resume).toEqual({ suspendData: null, location: null });
    expect(s.connection.returnUrl).toBe('https://lms.example.go.id/kursus/7');
    expect(s.verbs()).toEqual(['initialized']);

    await s.connection.report(report());
    expect(s.verbs()).toEqual(['initialized', 'experienced']);
    current = lessons;
    await s.connection.report(report({ completed: true }));
    await s.connection.report(report({ completed: true }));
    expect(s.verbs()).toEqual(['initialized', 'experienced', 'experienced', 'completed']);
    await s.connection.report(report({ completed: true, passed: true, scoreScaled: 0.85 }));
    await s.connection.terminate(90);
    await s.connection.report(report({ completed: true, passed: true, scoreScaled: 0.9 }));

    expect(s.verbs()).toEqual(['initialized', 'experienced', 'experienced', 'completed', 'passed', 'terminated']);
    expect(s.session().find((x) => verbOf(x) === 'passed')?.result?.score).toEqual({ scaled: 0.85 });
    expect(s.breaches()).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(lrs.state(CMI5_STATE_ID)).toMatchObject({ suspendData: 's1.progress', location: 'modul/modul-a/a-1/' });
  });

  it('resumes in a new session from the State API and sends nothing twice', async () => {
    const statements = siteStatements([{ type: 'lesson.visited', lessonId: 'a-1' }]);
    const first = await launch(examCourse, statements);
    await first.connection.report(report({ completed: true, passed: true, scoreScaled: 0.8, location: 'x/' }));
    await first.connection.terminate(60);

    const second = await launch(examCourse, statements);
    expect(second.connection.resume).toEqual({ suspendData: 's1.progress', location: 'x/' });
    await second.connection.report(report({ completed: true, passed: true, scoreScaled: 0.8 }));
    await second.connection.terminate(30);
    expect(second.verbs()).toEqual(['initialized', 'terminated']);
    expect(second.breaches()).toEqual([]);
    expect(registrationBreaches()).toEqual([]);
  });

  it("judges by the LMS's masteryScore, sends one of Passed/Failed per session and Passed in the next", async () => {
    const first = await launch(examCourse);
    // The course's own pass mark (0.5) passed the learner; the LMS asks for 0.7.
    await first.connection.report(report({ passed: true, scoreScaled: 0.6 }));
    await first.connection.report(report({ passed: true, scoreScaled: 0.9 }));
    await first.connection.terminate(60);
    expect(first.verbs()).toEqual(['initialized', 'failed', 'terminated']);
    expect(first.session()[1]?.result).toMatchObject({ success: false, score: { scaled: 0.6 } });
    expect(first.breaches()).toEqual([]);

    const second = await launch(examCourse);
    await second.connection.report(report({ passed: true, scoreScaled: 0.9 }));
    await second.connection.report(report({ passed: false, scoreScaled: 0.3 }));
    await second.connection.terminate(60);
    expect(second.verbs()).toEqual(['initialized', 'passed', 'terminated']);
    expect(second.breaches()).toEqual([]);
    expect(registrationBreaches()).toEqual([]);
  });

  it('sends no Completed, Passed or Failed in Browse or Review mode', async () => {
    for (const launchMode of ['Browse', 'Review'] as const) {
      const s = await launch(
        { ...examCourse, launchMode },
        siteStatements([{ type: 'lesson.visited', lessonId: 'b-1' }]),
      );
      await s.connection.report(report({ completed: true, passed: true, scoreScaled: 1 }));
      await s.connection.terminate(10);
      expect(s.defined()).toEqual(['initialized', 'terminated']);
      expect(s.breaches()).toEqual([]);
    }
    // The site's own statements still go (in the first session): the lesson, and the module it completes.
    expect(lrs.statements.map((x) => verbOf(x.statement))).toEqual([
      'initialized',
      'experienced',
      'completed',
      'terminated',
      'initialized',
      'terminated',
    ]);
  });

  it('reports failures through onError, never by throwing, and sends what was left at the next report', async () => {
    const s = await launch(
      { launchMode: 'Normal', moveOn: 'Completed' },
      siteStatements([{ type: 'quiz.attempted', attempt: attempt() }]),
    );
    lrs.failNext(503, 5);
    await expect(s.connection.report(report({ completed: true }))).resolves.toBeUndefined();
    expect(s.errors.map((e) => e.message)).toEqual([
      'cmi5: reporting progress failed: Request failed with status code 503',
    ]);
    lrs.failNext(401);
    await s.connection.report(report({ completed: true }));
    expect(s.errors[1]?.message).toContain('401');
    await s.connection.report(report({ completed: true }));
    await s.connection.terminate(5);
    expect(s.verbs()).toEqual(['initialized', 'answered', 'passed', 'completed', 'terminated']);
    expect(s.defined()).toEqual(['initialized', 'completed', 'terminated']);
    expect(s.breaches()).toEqual([]);
  });

  it('keeps the statements an LRS stored when its answer was lost, and sends the rest', async () => {
    const lessons = siteStatements([
      { type: 'lesson.visited', lessonId: 'a-1' },
      { type: 'lesson.visited', lessonId: 'a-2' },
    ]);
    let current = (): readonly XapiStatement[] => lessons().slice(0, 1);
    const first = await launch(examCourse, () => current());
    lrs.loseNextAnswer();
    await first.connection.report(report());
    expect(first.errors).toHaveLength(1);
    // The tab closes before the next report: the LMS never hears Terminated, and the record says nothing was sent.
    current = lessons;
    const second = await launch(examCourse, () => current());
    await second.connection.report(report());
    await second.connection.terminate(5);
    expect(second.errors).toEqual([]);
    expect(second.verbs()).toEqual(['initialized', 'experienced', 'terminated']);
    expect(lrs.statements.filter((x) => verbOf(x.statement) === 'experienced')).toHaveLength(2);
  });

  it('ends at once as the page goes away: the last report and Terminated in one batch, the record with them', async () => {
    const s = await launch(examCourse, siteStatements([{ type: 'lesson.visited', lessonId: 'a-1' }]));
    // pagehide: the last report, then terminate, with no time to wait for an answer in between.
    const requests = vi.spyOn(globalThis, 'fetch');
    void s.connection.report(report({ completed: true, passed: true, scoreScaled: 0.9, location: 'ujian/' }));
    const ending = s.connection.terminate(40);
    // Both requests leave before terminate() returns, with keepalive: a page going away cancels anything later.
    const path = (input: RequestInfo | URL) => new URL(input instanceof Request ? input.url : input).pathname;
    expect(requests.mock.calls.map(([input, init]) => [path(input), init?.keepalive])).toEqual([
      ['/xapi/statements', true],
      ['/xapi/activities/state', true],
    ]);
    requests.mockRestore();
    await ending;
    expect(s.verbs()).toEqual(['initialized', 'experienced', 'completed', 'passed', 'terminated']);
    expect(s.breaches()).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(lrs.state(CMI5_STATE_ID)).toMatchObject({ location: 'ujian/', completed: true, passed: true });
    expect((lrs.state(CMI5_STATE_ID) as { sent: unknown[] }).sent).toHaveLength(1);
  });

  it('ends with Terminated when the unsent statements pass the keepalive limit; they go in the next session', async () => {
    const many = (): readonly XapiStatement[] =>
      Array.from({ length: 150 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        actor: { objectType: 'Agent', name: 'Budi', account: { homePage: 'https://sinergi.example.id/', name: '1' } },
        verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'id-ID': 'membaca' } },
        object: {
          objectType: 'Activity',
          id: `https://sinergi.example.id/modul/a/pelajaran-${i}/`,
          definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'id-ID': 'x'.repeat(300) } },
        },
        context: { platform: 'Sinergi', language: 'id-ID' },
        timestamp: new Date().toISOString(),
        version: '1.0.3',
      }));
    const first = await launch(examCourse, many);
    void first.connection.report(report({ completed: true }));
    await first.connection.terminate(10);
    expect(first.verbs()).toEqual(['initialized', 'completed', 'terminated']);
    expect(first.breaches()).toEqual([]);

    const second = await launch(examCourse, many);
    await second.connection.report(report({ completed: true }));
    await second.connection.terminate(10);
    expect(second.verbs().filter((v) => v === 'experienced')).toHaveLength(150);
    expect(second.breaches()).toEqual([]);
    expect(registrationBreaches()).toEqual([]);
  });

  it('goes on with the session after a reload: no second fetch, no second Initialized', async () => {
    const s = await launch(examCourse);
    const again = await connectCmi5(() => undefined);
    await again?.report(report({ completed: true }));
    await again?.terminate(20);
    expect(s.verbs()).toEqual(['initialized', 'completed', 'terminated']);
    expect(s.breaches()).toEqual([]);
  });

  it('is null without launch parameters and rejects when the LMS refuses the launch', async () => {
    history.replaceState(null, '', '/index.html');
    await expect(connectCmi5(() => undefined)).resolves.toBeNull();
    const { search } = lrs.launch(examCourse);
    history.replaceState(null, '', `/index.html${search}`);
    await connectCmi5(() => undefined);
    sessionStorage.clear();
    // The fetch URL gives its token once: a second launch from the same URL is refused.
    await expect(connectCmi5(() => undefined)).rejects.toThrow();
  });
});

describe('the cmi5 rules checker', { timeout: 20_000 }, () => {
  it('finds the breaches it is there for', async () => {
    const s = await launch(examCourse);
    await s.connection.report(report({ completed: true, passed: true, scoreScaled: 0.9 }));
    await s.connection.terminate(5);
    const [initialized, completed, passed, terminated] = s.session();
    if (!initialized || !completed || !passed || !terminated) throw new Error('the session is incomplete');
    const expectation = {
      activityId: lrs.activityId,
      registration: lrs.registration,
      sessionId: String(initialized.context?.extensions?.[SESSION_ID_EXTENSION]),
      actor: lrs.actor,
      launchMode: 'Browse' as const,
      masteryScore: 0.95,
    };
    const noCategory = { ...completed, context: { ...completed.context, contextActivities: {} } };
    const noDuration = { ...terminated, result: {} };
    expect(cmi5SessionBreaches([noCategory, passed, passed, noDuration, initialized], expectation)).toEqual([
      "statement 0 (completed): the context template's publisher id grouping is missing",
      'statement 0 (completed): cmi5 category missing',
      'statement 0 (completed): moveOn category wrong',
      'statement 1 (passed): passed below the masteryScore',
      'statement 2 (passed): passed below the masteryScore',
      'statement 3 (terminated): result.duration missing',
      'the first statement is not Initialized',
      'the last statement is not Terminated',
      'passed sent more than once in the session',
      'completed, passed or failed in Browse mode',
      'a statement is timestamped before Initialized',
      'a statement is timestamped after Terminated',
    ]);
  });
});
