// SCORM 1.2 (`API`) and SCORM 2004 4th edition (`API_1484_11`) runtime adapters, written against the ADL run-time
// environment books: API discovery through the frames and opener, one session per launch, the data-model elements
// and vocabularies of each edition.
import { iso8601Duration, scorm12Timespan } from '../../lib/lms/time.ts';
import type { LmsReport } from '../../lib/lms/types.ts';
import type { LmsConnection, LmsConnector } from './connection.ts';

/** The SCORM 1.2 API object an LMS puts on a window (RTE 3.3). */
interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 API object (RTE 3.1). */
interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

/** Frames to climb before giving up, as in ADL's discovery algorithm. */
const MAX_DEPTH = 500;

function apiOn(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    // A frame of another origin: its API cannot be used from here anyway.
    return undefined;
  }
}

function climb(start: Window, name: string): unknown {
  let win: Window = start;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const api = apiOn(win, name);
    if (api) return api;
    if (win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

/** ADL's API discovery: this window and its parents, then the opener and its parents. */
export function findApi(name: 'API' | 'API_1484_11', from: Window = window): unknown {
  const found = climb(from, name);
  if (found) return found;
  const opener = apiOn(from.top ?? from, 'opener') as Window | null | undefined;
  return opener ? climb(opener, name) : undefined;
}

/** SCORM 1.2's calls under the names SCORM 2004 gave them: the same calls, renamed in the newer edition. */
function renamed(api: Scorm12Api): Scorm2004Api {
  return {
    Initialize: () => api.LMSInitialize(''),
    Terminate: () => api.LMSFinish(''),
    GetValue: (element) => api.LMSGetValue(element),
    SetValue: (element, value) => api.LMSSetValue(element, value),
    Commit: () => api.LMSCommit(''),
    GetLastError: () => api.LMSGetLastError(),
    GetErrorString: (code) => api.LMSGetErrorString(code),
  };
}

/** The calls of a report: values are set only when they change, and the first "false" of a report goes to `onError`
 * with the LMS's error code and text once the report is done. */
interface Calls {
  set(element: string, value: string): void;
  /** Commits what was set. */
  flush(): void;
  /** Sets the last values (session time, exit), commits and ends the session. */
  end(last: Record<string, string>): void;
}

function tracked(api: Scorm2004Api, onError: (error: Error) => void): Calls {
  const sent = new Map<string, string>();
  let error: Error | undefined;
  const check = (ok: string, what: string) => {
    if (ok === 'true' || error) return;
    const code = api.GetLastError();
    error = new Error(`${what}: ${code} ${api.GetErrorString(code)}`);
  };
  const set = (element: string, value: string) => {
    if (sent.get(element) === value) return;
    check(api.SetValue(element, value), `SetValue(${element})`);
    if (!error) sent.set(element, value);
  };
  const deliver = () => {
    if (error) onError(error);
    error = undefined;
  };
  return {
    set,
    flush() {
      check(api.Commit(''), 'Commit');
      deliver();
    },
    end(last) {
      for (const [element, value] of Object.entries(last)) set(element, value);
      check(api.Commit(''), 'Commit');
      check(api.Terminate(''), 'Terminate');
      deliver();
    },
  };
}

const score100 = (scaled: number) => String(Math.round(scaled * 10000) / 100);

/** SCORM 1.2 cmi.core.lesson_status: not done -> incomplete; done -> passed/failed by the exam, else completed. */
export function scorm12Status(report: Pick<LmsReport, 'completed' | 'passed'>): string {
  if (!report.completed) return 'incomplete';
  if (report.passed === true) return 'passed';
  if (report.passed === false) return 'failed';
  return 'completed';
}

function scorm12(api: Scorm2004Api, onError: (error: Error) => void): LmsConnection {
  const calls = tracked(api, onError);
  return {
    kind: 'scorm12',
    resume: {
      suspendData: api.GetValue('cmi.suspend_data') || null,
      location: api.GetValue('cmi.core.lesson_location') || null,
    },
    report(report) {
      calls.set('cmi.core.lesson_status', scorm12Status(report));
      if (report.scoreScaled !== null) {
        calls.set('cmi.core.score.min', '0');
        calls.set('cmi.core.score.max', '100');
        calls.set('cmi.core.score.raw', score100(report.scoreScaled));
      }
      calls.set('cmi.core.lesson_location', report.location.slice(0, 255));
      calls.set('cmi.suspend_data', report.suspendData);
      calls.flush();
      return Promise.resolve();
    },
    terminate(seconds) {
      // Suspend, so the LMS keeps suspend_data for the next launch (RTE 3.4.4: cmi.core.exit).
      calls.end({ 'cmi.core.session_time': scorm12Timespan(seconds), 'cmi.core.exit': 'suspend' });
      return Promise.resolve();
    },
  };
}

function scorm2004(api: Scorm2004Api, onError: (error: Error) => void): LmsConnection {
  const calls = tracked(api, onError);
  // A first launch has no suspend data or location yet; reading them is then an error the LMS may log (403).
  const resumed = api.GetValue('cmi.entry') === 'resume';
  return {
    kind: 'scorm2004',
    resume: {
      suspendData: resumed ? api.GetValue('cmi.suspend_data') || null : null,
      location: resumed ? api.GetValue('cmi.location') || null : null,
    },
    report(report) {
      calls.set('cmi.completion_status', report.completed ? 'completed' : 'incomplete');
      calls.set('cmi.success_status', report.passed === null ? 'unknown' : report.passed ? 'passed' : 'failed');
      if (report.scoreScaled !== null) {
        calls.set('cmi.score.scaled', String(report.scoreScaled));
        calls.set('cmi.score.min', '0');
        calls.set('cmi.score.max', '100');
        calls.set('cmi.score.raw', score100(report.scoreScaled));
      }
      calls.set('cmi.location', report.location);
      calls.set('cmi.suspend_data', report.suspendData);
      for (const item of report.interactions) {
        const n = `cmi.interactions.${api.GetValue('cmi.interactions._count') || '0'}`;
        calls.set(`${n}.id`, item.id);
        calls.set(`${n}.type`, item.type);
        calls.set(`${n}.timestamp`, item.timestamp);
        calls.set(`${n}.weighting`, String(item.weighting));
        calls.set(`${n}.learner_response`, item.learnerResponse);
        calls.set(`${n}.result`, item.result);
        calls.set(`${n}.description`, item.description);
      }
      calls.flush();
      return Promise.resolve();
    },
    terminate(seconds) {
      // Suspend keeps the attempt open with its suspend_data: the learner's record and the exam's attempt history.
      calls.end({ 'cmi.session_time': iso8601Duration(seconds), 'cmi.exit': 'suspend' });
      return Promise.resolve();
    },
  };
}

/** Connects through `api`, as found on a window: null without one; rejects when its Initialize fails. */
function initialized(
  api: Scorm2004Api | undefined,
  make: (api: Scorm2004Api, onError: (error: Error) => void) => LmsConnection,
  onError: (error: Error) => void,
): Promise<LmsConnection | null> {
  if (!api) return Promise.resolve(null);
  if (api.Initialize('') !== 'true') return Promise.reject(new Error(`Initialize: ${api.GetLastError()}`));
  return Promise.resolve(make(api, onError));
}

/** SCORM 2004, through `API_1484_11`. */
export const connectScorm2004: LmsConnector = (onError) =>
  initialized(findApi('API_1484_11') as Scorm2004Api | undefined, scorm2004, onError);

/** SCORM 1.2, through `API`. */
export const connectScorm12: LmsConnector = (onError) => {
  const api = findApi('API') as Scorm12Api | undefined;
  return initialized(api && renamed(api), scorm12, onError);
};
