// The cmi5 side of a course package: the AU launch sequence through @xapi/cmi5 (fetch URL, auth token, LMS.LaunchData,
// learner preferences, Initialized), the cmi5 defined statements a report calls for, the site's own statements as cmi5
// allowed ones, and the learner's record in the State API. The library (with its HTTP client) loads only when the URL
// carries a cmi5 launch or this tab continues one.
import type Cmi5 from '@xapi/cmi5';
import type { LaunchParameters } from '@xapi/cmi5';
import {
  CMI5_STATE_ID,
  cmi5AllowedStatements,
  cmi5Verdicts,
  decodeCmi5Record,
  emptyCmi5Record,
  readCmi5Launch,
  type Cmi5Record,
  type Cmi5Verdict,
} from '../../lib/lms/cmi5-session.ts';
import type { LmsReport } from '../../lib/lms/types.ts';
import type { XapiStatement } from '../../lib/xapi/statements.ts';
import { sessionStorageOrNull } from '../platform/local-storage.ts';
import type { LmsConnection, LmsConnector } from './connection.ts';

/** An open cmi5 AU session. */
export interface Cmi5Connection extends LmsConnection {
  kind: 'cmi5';
  /** Where the LMS wants the learner sent after terminate (LMS.LaunchData returnURL), or null. */
  returnUrl: string | null;
}

/** This tab's AU session, so a reload or the next page goes on with it: the fetch URL gives its token only once. */
const SESSION_KEY = 'sinergi:cmi5:v1';
interface StoredSession {
  launch: LaunchParameters;
  authToken: string;
  initializedAt: string;
  /** A Passed or Failed statement was sent in this session. */
  judged: boolean;
}

function readStoredSession(): StoredSession | null {
  try {
    const text = sessionStorageOrNull()?.getItem(SESSION_KEY);
    return text ? (JSON.parse(text) as StoredSession) : null;
  } catch {
    return null;
  }
}

function storeSession(session: StoredSession | null): void {
  try {
    const storage = sessionStorageOrNull();
    if (session) storage?.setItem(SESSION_KEY, JSON.stringify(session));
    else storage?.removeItem(SESSION_KEY);
  } catch {
    // Without sessionStorage a reload cannot continue the session; this page still reports.
  }
}

const httpStatus = (error: unknown) => (error as { response?: { status?: number } } | null)?.response?.status;

const failure = (what: string, error: unknown) =>
  new Error(`cmi5: ${what} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });

const sameLaunch = (a: LaunchParameters, b: LaunchParameters) =>
  a.registration === b.registration && a.activityId === b.activityId && a.endpoint === b.endpoint;

/** The xAPI version @xapi/cmi5 speaks, for the requests terminate() makes itself. */
const XAPI_VERSION = '1.0.3';

/** What the last requests of a session may carry in all (the Fetch standard's keepalive limit, 64 KiB), less headers. */
const KEEPALIVE_BYTES = 60 * 1024;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Sends a verdict's cmi5 defined statement through @xapi/cmi5. */
function sendVerdict(cmi5: Cmi5, verdict: Cmi5Verdict) {
  if (verdict.verb === 'completed') return cmi5.complete();
  const score = verdict.score === null ? undefined : { scaled: verdict.score };
  return verdict.verb === 'passed' ? cmi5.pass(score) : cmi5.fail(score);
}

/** The record once a verdict is sent. */
const withVerdict = (record: Cmi5Record, verdict: Cmi5Verdict): Cmi5Record =>
  verdict.verb === 'completed'
    ? { ...record, completed: true }
    : {
        ...record,
        passed: verdict.verb === 'passed',
        judged: { passed: verdict.verb === 'passed', score: verdict.score },
      };

/**
 * The statement @xapi/cmi5 builds for a call (Completed, Passed, Failed, Terminated: the cmi5 category, moveOn,
 * duration, context template), taken from it instead of sent: each call builds its statement and hands it to
 * sendXapiStatement at once.
 */
function built(cmi5: Cmi5, call: (c: Cmi5) => unknown): unknown {
  let statement: unknown;
  const instance = cmi5 as { sendXapiStatement: Cmi5['sendXapiStatement'] };
  instance.sendXapiStatement = (s) => {
    statement = s;
    return Promise.resolve({ data: [] }) as unknown as ReturnType<Cmi5['sendXapiStatement']>;
  };
  try {
    void call(cmi5);
  } finally {
    delete (instance as Partial<typeof instance>).sendXapiStatement;
  }
  if (!statement) throw new Error('cmi5: the statement was not built');
  return statement;
}

const loadCmi5 = async () => (await import('@xapi/cmi5/dist/Cmi5.esm.js')).default;

/** Opens the session: a new one from the launch URL, or this tab's stored one (same launch, or a page without one). */
async function open(): Promise<{ cmi5: Cmi5; session: StoredSession } | null> {
  const launch = readCmi5Launch(location.search);
  const stored = readStoredSession();
  const continued = stored && (!launch || sameLaunch(launch, stored.launch)) ? stored : null;
  if (continued) {
    const cmi5 = new (await loadCmi5())(continued.launch);
    await cmi5.initialize({ authToken: continued.authToken, initializedDate: new Date(continued.initializedAt) });
    return { cmi5, session: continued };
  }
  if (!launch) return null;
  const cmi5 = new (await loadCmi5())(launch);
  await cmi5.initialize();
  const session = {
    launch: cmi5.getLaunchParameters(),
    authToken: cmi5.getAuthToken(),
    initializedAt: cmi5.getInitializedDate().toISOString(),
    judged: false,
  };
  storeSession(session);
  return { cmi5, session };
}

/**
 * Connects to the cmi5 LMS that launched this page: null without a cmi5 launch; rejects when the LMS fails the launch
 * sequence. `siteStatements` gives the learner's statements as the site maps them (toXapiStatements); each report
 * sends those not sent yet. Later failures go to `onError`, never out of report() or terminate().
 */
export const connectCmi5 = (async (
  onError: (error: Error) => void,
  siteStatements?: () => readonly XapiStatement[],
): Promise<Cmi5Connection | null> => {
  const opened = await open();
  if (!opened) return null;
  const { cmi5, session } = opened;
  const { xapi, launchParameters: launch, launchData } = cmi5;
  if (!xapi || !launch) throw new Error('cmi5: the session did not open');
  const stateParams = {
    agent: launch.actor,
    activityId: launch.activityId,
    registration: launch.registration,
    stateId: CMI5_STATE_ID,
  };
  let record: Cmi5Record;
  try {
    record = decodeCmi5Record((await xapi.getState(stateParams)).data);
  } catch (error) {
    if (httpStatus(error) !== 404) throw failure('reading the learner record', error);
    record = emptyCmi5Record();
  }
  let written = JSON.stringify(record);
  const connectedAt = new Date();
  let terminated = false;
  // Read through a call where an await lies between: terminate() may have run meanwhile.
  const ended = () => terminated;
  // The last report asked for, and what is on its way to the LRS now: terminate() sends the rest without waiting.
  let latest: LmsReport | null = null;
  let sendingSiteIds: readonly string[] = [];
  let sendingVerdict: Cmi5Verdict | null = null;
  let queue = Promise.resolve();
  // One call at a time, in order: statements must reach the LRS in the order they were made.
  const serial = (what: string, task: () => Promise<void>) =>
    (queue = queue.then(async () => {
      if (terminated) return;
      try {
        await task();
      } catch (error) {
        onError(failure(what, error));
      }
    }));

  const allowedBatch = (alsoSent: readonly string[] = []) =>
    cmi5AllowedStatements(siteStatements?.() ?? [], {
      launch,
      contextTemplate: launchData.contextTemplate,
      sent: new Set([...record.sent, ...alsoSent]),
      from: connectedAt,
      to: new Date(),
    });

  const sendAllowed = async () => {
    const batch = allowedBatch();
    if (batch.length === 0) return;
    sendingSiteIds = batch.map((b) => b.siteId);
    try {
      await xapi.sendStatements({ statements: batch.map((b) => b.statement) });
    } catch (error) {
      // 409: some were stored before (an answer lost on the way back); send one by one and keep what is there.
      if (httpStatus(error) !== 409) throw error;
      for (const b of batch)
        await xapi.sendStatement({ statement: b.statement }).catch((e: unknown) => {
          if (httpStatus(e) !== 409) throw e;
        });
    } finally {
      sendingSiteIds = [];
    }
    record = { ...record, sent: [...record.sent, ...batch.map((b) => b.siteId)] };
  };

  const verdictsFor = (report: LmsReport, from: Cmi5Record, judgedThisSession: boolean) =>
    cmi5Verdicts({ report, launchData, record: from, judgedThisSession });

  const sendVerdicts = async (report: LmsReport) => {
    for (const verdict of verdictsFor(report, record, session.judged)) {
      if (terminated) return;
      sendingVerdict = verdict;
      try {
        await sendVerdict(cmi5, verdict);
      } finally {
        sendingVerdict = null;
      }
      record = withVerdict(record, verdict);
      if (verdict.verb !== 'completed') {
        session.judged = true;
        // Ended meanwhile (terminate() does not wait): this tab's session is over and stays out of sessionStorage.
        if (!ended()) storeSession(session);
      }
    }
  };

  const saveRecord = async () => {
    const next = JSON.stringify(record);
    if (next === written || terminated) return;
    await xapi.setState({ ...stateParams, state: record });
    written = next;
  };

  /** Sends one request to the LRS that outlives the page (keepalive); resolves once it is answered with success. */
  const sendLast = (method: 'POST' | 'PUT', resource: string, body: string) =>
    fetch(new URL(resource, launch.endpoint.replace(/\/?$/, '/')), {
      method,
      keepalive: true,
      headers: {
        Authorization: `Basic ${session.authToken}`,
        'X-Experience-API-Version': XAPI_VERSION,
        'Content-Type': 'application/json',
      },
      body,
    }).then((response) => {
      if (!response.ok) throw new Error(`${method} ${resource}: ${response.status}`);
    });

  /**
   * Ends the session at once, as the page goes away (pagehide): whatever the last report still calls for (the site's
   * statements, Completed, Passed or Failed) and Terminated in one batch, and the learner's record, in requests made
   * before this returns and kept alive past the page; a request that waited for an answer first would never be made.
   * What is on its way already counts as sent.
   */
  const end = (): Promise<void> => {
    terminated = true;
    storeSession(null);
    let final: Cmi5Record = { ...record, sent: [...record.sent, ...sendingSiteIds] };
    const judgedNow = session.judged || sendingVerdict?.verb === 'passed' || sendingVerdict?.verb === 'failed';
    if (sendingVerdict) final = withVerdict(final, sendingVerdict);
    const defined: unknown[] = [];
    if (latest) {
      for (const verdict of verdictsFor(latest, final, judgedNow)) {
        defined.push(built(cmi5, (c) => sendVerdict(c, verdict)));
        final = withVerdict(final, verdict);
      }
      final = { ...final, suspendData: latest.suspendData, location: latest.location };
    }
    // Terminated must be the session's last statement, whether or not the rest reaches the LMS.
    defined.push(built(cmi5, (c) => c.terminate()));
    // Browsers carry at most 64 KiB of keepalive bodies at once: the site's statements that do not fit wait for the
    // next session (the record does not count them as sent).
    const allowed = allowedBatch(sendingSiteIds);
    const withAllowed = JSON.stringify([...allowed.map((b) => b.statement), ...defined]);
    const withRecord = (sent: readonly string[]) => JSON.stringify({ ...final, sent: [...final.sent, ...sent] });
    const fits = bytes(withAllowed) + bytes(withRecord(allowed.map((b) => b.siteId))) <= KEEPALIVE_BYTES;
    const statements = fits ? withAllowed : JSON.stringify(defined);
    const state = withRecord(fits ? allowed.map((b) => b.siteId) : []);
    const query = new URLSearchParams({
      activityId: launch.activityId,
      agent: JSON.stringify(launch.actor),
      registration: launch.registration,
      stateId: CMI5_STATE_ID,
    });
    const requests = [sendLast('POST', 'statements', statements)];
    if (state !== written) requests.push(sendLast('PUT', `activities/state?${query.toString()}`, state));
    return Promise.all(requests).then(
      () => undefined,
      (error: unknown) => {
        onError(failure('ending the session', error));
      },
    );
  };

  return {
    kind: 'cmi5',
    resume: { suspendData: record.suspendData, location: record.location },
    returnUrl: launchData.returnURL ?? null,
    report: (report) => {
      if (!terminated) latest = report;
      return serial('reporting progress', async () => {
        record = { ...record, suspendData: report.suspendData, location: report.location };
        for (const step of [sendAllowed, () => sendVerdicts(report), saveRecord]) {
          if (terminated) return;
          await step();
        }
      });
    },
    // cmi5 measures the session from Initialized to Terminated itself (result.duration); the bridge's count is not needed.
    terminate: () => {
      if (terminated) return queue;
      try {
        return end();
      } catch (error) {
        onError(failure('ending the session', error));
        return Promise.resolve();
      }
    },
  };
}) satisfies LmsConnector;
