// The cmi5 rules (Quartz, sections 9 and 10) an AU's statements must keep, as a checker that lists every breach.
import xapiValidation from 'xapi-validation';
import {
  SESSION_ID_EXTENSION,
  PUBLISHER_AU_ID,
  type FakeLrs,
  type LaunchSettings,
  type RecordedStatement,
} from './fake-lrs.ts';

// A CommonJS module that sets `exports.default`: Vitest's interop imports that function, Node's own ESM loader (which
// Playwright's runs on) imports the exports object around it.
const validate = (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;

const ADL = 'http://adlnet.gov/expapi/verbs/';
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

export const verbOf = (s: RecordedStatement) => s.verb.id.replace(ADL, '');

export interface SessionExpectation {
  activityId: string;
  registration: string;
  sessionId: string;
  actor: unknown;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number | undefined;
  /** The AU's id in cmi5.xml, which the LMS's context template groups every statement under. */
  publisherAuId?: string;
}

/** Every breach of the cmi5 rules within one AU session, as sentences; an empty list when there is none. */
export function cmi5SessionBreaches(session: readonly RecordedStatement[], x: SessionExpectation): string[] {
  const out: string[] = [];
  const isDefined = (s: RecordedStatement) => s.object.id === x.activityId && DEFINED.includes(verbOf(s));
  session.forEach((s, i) => {
    const at = `statement ${i} (${verbOf(s)})`;
    for (const problem of validate(s)) out.push(`${at}: not valid xAPI: ${JSON.stringify(problem)}`);
    if (s.context?.registration !== x.registration) out.push(`${at}: registration missing`);
    if (s.context?.extensions?.[SESSION_ID_EXTENSION] !== x.sessionId) out.push(`${at}: session id missing`);
    if (!s.context?.contextActivities?.grouping?.some((a) => a.id === (x.publisherAuId ?? PUBLISHER_AU_ID))) {
      out.push(`${at}: the context template's publisher id grouping is missing`);
    }
    if (JSON.stringify(s.actor) !== JSON.stringify(x.actor)) out.push(`${at}: not the launch actor`);
    const categories = (s.context?.contextActivities?.category ?? []).map((a) => a.id);
    if (!isDefined(s)) {
      if (categories.includes(CMI5_CATEGORY)) out.push(`${at}: an allowed statement with the cmi5 category`);
      return;
    }
    if (!categories.includes(CMI5_CATEGORY)) out.push(`${at}: cmi5 category missing`);
    const judged = s.result?.success !== undefined || s.result?.completion !== undefined;
    if (judged !== categories.includes(MOVE_ON_CATEGORY)) out.push(`${at}: moveOn category wrong`);
    if (verbOf(s) !== 'initialized' && !s.result?.duration) out.push(`${at}: result.duration missing`);
    const score = s.result?.score?.scaled;
    if (x.masteryScore !== undefined && score !== undefined) {
      if (verbOf(s) === 'passed' && score < x.masteryScore) out.push(`${at}: passed below the masteryScore`);
      if (verbOf(s) === 'failed' && score >= x.masteryScore) out.push(`${at}: failed at or above the masteryScore`);
    }
  });
  const verbs = session.filter(isDefined).map(verbOf);
  const first = session.at(0);
  const last = session.at(-1);
  if (first && verbOf(first) !== 'initialized') out.push('the first statement is not Initialized');
  if (last && verbOf(last) !== 'terminated') out.push('the last statement is not Terminated');
  for (const verb of DEFINED) {
    if (verbs.filter((v) => v === verb).length > 1) out.push(`${verb} sent more than once in the session`);
  }
  if (verbs.includes('passed') && verbs.includes('failed')) out.push('both Passed and Failed in one session');
  if (x.launchMode !== 'Normal' && verbs.some((v) => ['completed', 'passed', 'failed'].includes(v))) {
    out.push(`completed, passed or failed in ${x.launchMode} mode`);
  }
  const times = session.map((s) => Date.parse(s.timestamp));
  const [start = 0, end = 0] = [times.at(0), times.at(-1)];
  if (times.some((t) => t < start)) out.push('a statement is timestamped before Initialized');
  if (times.some((t) => t > end)) out.push('a statement is timestamped after Terminated');
  return out;
}

/** One launch's statements as the fake LRS stored them, and their breaches of the rules within a session. */
export function storedSession(lrs: FakeLrs, sessionId: string, settings: LaunchSettings) {
  const statements = () => lrs.statements.filter((s) => s.session === sessionId).map((s) => s.statement);
  const breaches = () =>
    cmi5SessionBreaches(statements(), {
      activityId: lrs.activityId,
      registration: lrs.registration,
      sessionId,
      actor: lrs.actor,
      launchMode: settings.launchMode,
      masteryScore: settings.masteryScore,
      publisherAuId: lrs.publisherAuId,
    });
  return { statements, breaches };
}

/** Breaches of the rules that hold across the sessions of one registration. */
export function cmi5RegistrationBreaches(all: readonly RecordedStatement[], activityId: string): string[] {
  const verbs = all.filter((s) => s.object.id === activityId).map(verbOf);
  const out: string[] = [];
  if (verbs.filter((v) => v === 'completed').length > 1) out.push('Completed more than once in the registration');
  if (verbs.filter((v) => v === 'passed').length > 1) out.push('Passed more than once in the registration');
  const passedAt = verbs.indexOf('passed');
  if (passedAt >= 0 && verbs.slice(passedAt).includes('failed')) out.push('Failed after Passed');
  return out;
}
