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

  const sendAllowed = async () => {
    const batch = cmi5AllowedStatements(siteStatements?.() ?? [], {
      launch,
      contextTemplate: launchData.contextTemplate,
      sent: new Set(record.sent),
      from: connectedAt,
      to: new Date(),
    });
    if (batch.length === 0) return;
    try {
      await xapi.sendStatements({ statements: batch.map((b) => b.statement) });
    } catch (error) {
      // 409: some were stored before (an answer lost on the way back); send one by one and keep what is there.
      if (httpStatus(error) !== 409) throw error;
      for (const b of batch)
        await xapi.sendStatement({ statement: b.statement }).catch((e: unknown) => {
          if (httpStatus(e) !== 409) throw e;
        });
    }
    record = { ...record, sent: [...record.sent, ...batch.map((b) => b.siteId)] };
  };

  const sendVerdicts = async (report: LmsReport) => {
    for (const verdict of cmi5Verdicts({ report, launchData, record, judgedThisSession: session.judged })) {
      if (verdict.verb === 'completed') {
        await cmi5.complete();
        record = { ...record, completed: true };
        continue;
      }
      const score = verdict.score === null ? undefined : { scaled: verdict.score };
      await (verdict.verb === 'passed' ? cmi5.pass(score) : cmi5.fail(score));
      record = {
        ...record,
        passed: verdict.verb === 'passed',
        judged: { passed: verdict.verb === 'passed', score: verdict.score },
      };
      session.judged = true;
      storeSession(session);
    }
  };

  const saveRecord = async () => {
    const next = JSON.stringify(record);
    if (next === written) return;
    await xapi.setState({ ...stateParams, state: record });
    written = next;
  };

  return {
    kind: 'cmi5',
    resume: { suspendData: record.suspendData, location: record.location },
    returnUrl: launchData.returnURL ?? null,
    report: (report) =>
      serial('reporting progress', async () => {
        record = { ...record, suspendData: report.suspendData, location: report.location };
        await sendAllowed();
        await sendVerdicts(report);
        await saveRecord();
      }),
    // cmi5 measures the session from Initialized to Terminated itself (result.duration); the bridge's count is not needed.
    terminate: () =>
      serial('ending the session', async () => {
        try {
          await saveRecord();
        } finally {
          // Terminated must be the session's last statement, whether or not it reaches the LMS.
          terminated = true;
          storeSession(null);
          await cmi5.terminate();
        }
      }),
  };
}) satisfies LmsConnector;
