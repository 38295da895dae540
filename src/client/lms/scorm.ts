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

/** Calls that return "true"/"false" and the error behind a "false". */
interface Calls {
  set(element: string, value: string): void;
  commit(): void;
  finish(): void;
  failure(): Error | undefined;
}

/** Sets values only when they change, and keeps the first error of a report. */
function tracked(
  setValue: (element: string, value: string) => string,
  lastError: () => { code: string; text: string },
  commit: () => string,
  finish: () => string,
): Calls {
  const sent = new Map<string, string>();
  let error: Error | undefined;
  const check = (ok: string, what: string) => {
    if (ok === 'true' || error) return;
    const { code, text } = lastError();
    error = new Error(`${what}: ${code} ${text}`);
  };
  return {
    set(element, value) {
      if (sent.get(element) === value) return;
      check(setValue(element, value), `SetValue(${element})`);
      if (!error) sent.set(element, value);
    },
    commit: () => {
      check(commit(), 'Commit');
    },
    finish: () => {
      check(finish(), 'Terminate');
    },
    failure() {
      const e = error;
      error = undefined;
      return e;
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

function scorm12(api: Scorm12Api, onError: (error: Error) => void): LmsConnection {
  const calls = tracked(
    (e, v) => api.LMSSetValue(e, v),
    () => {
      const code = api.LMSGetLastError();
      return { code, text: api.LMSGetErrorString(code) };
    },
    () => api.LMSCommit(''),
    () => api.LMSFinish(''),
  );
  const done = () => {
    const error = calls.failure();
    if (error) onError(error);
  };
  return {
    kind: 'scorm12',
    resume: {
      suspendData: api.LMSGetValue('cmi.suspend_data') || null,
      location: api.LMSGetValue('cmi.core.lesson_location') || null,
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
      calls.commit();
      done();
      return Promise.resolve();
    },
    terminate(seconds) {
      calls.set('cmi.core.session_time', scorm12Timespan(seconds));
      // Suspend, so the LMS keeps suspend_data for the next launch (RTE 3.4.4: cmi.core.exit).
      calls.set('cmi.core.exit', 'suspend');
      calls.commit();
      calls.finish();
      done();
      return Promise.resolve();
    },
  };
}

function scorm2004(api: Scorm2004Api, onError: (error: Error) => void): LmsConnection {
  const calls = tracked(
    (e, v) => api.SetValue(e, v),
    () => {
      const code = api.GetLastError();
      return { code, text: api.GetErrorString(code) };
    },
    () => api.Commit(''),
    () => api.Terminate(''),
  );
  const done = () => {
    const error = calls.failure();
    if (error) onError(error);
  };
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
      calls.commit();
      done();
      return Promise.resolve();
    },
    terminate(seconds) {
      calls.set('cmi.session_time', iso8601Duration(seconds));
      // Suspend keeps the attempt open with its suspend_data: the learner's record and the exam's attempt history.
      calls.set('cmi.exit', 'suspend');
      calls.commit();
      calls.finish();
      done();
      return Promise.resolve();
    },
  };
}

/** SCORM 2004: null without `API_1484_11`; rejects when Initialize fails. */
export const connectScorm2004: LmsConnector = (onError) => {
  const api = findApi('API_1484_11') as Scorm2004Api | undefined;
  if (!api) return Promise.resolve(null);
  if (api.Initialize('') !== 'true') {
    return Promise.reject(new Error(`Initialize: ${api.GetLastError()}`));
  }
  return Promise.resolve(scorm2004(api, onError));
};

/** SCORM 1.2: null without `API`; rejects when LMSInitialize fails. */
export const connectScorm12: LmsConnector = (onError) => {
  const api = findApi('API') as Scorm12Api | undefined;
  if (!api) return Promise.resolve(null);
  if (api.LMSInitialize('') !== 'true') {
    return Promise.reject(new Error(`LMSInitialize: ${api.LMSGetLastError()}`));
  }
  return Promise.resolve(scorm12(api, onError));
};
