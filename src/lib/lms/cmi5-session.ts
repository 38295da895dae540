// The rules of one cmi5 AU session that need no network: reading the launch URL, the record Sinergi keeps in the
// xAPI State API, which cmi5 defined statements (completed, passed, failed) a report calls for, and the site's own
// statements as "cmi5 allowed" ones. src/client/lms/cmi5.ts does the talking, through @xapi/cmi5.
import type { LaunchData, LaunchParameters } from '@xapi/cmi5';
import { statementId, type XapiStatement } from '../xapi/statements.ts';
import type { LmsReport } from './types.ts';

/** The State API document id under which a package keeps the learner's record (scoped by registration). */
export const CMI5_STATE_ID = 'sinergi.lms.v1';

/** Reads the five launch parameters of cmi5 8.1 from a launch URL's query string; null when one is missing. */
export function readCmi5Launch(search: string): LaunchParameters | null {
  const query = new URLSearchParams(search);
  const [endpoint, fetch, actorJson, registration, activityId] = [
    'endpoint',
    'fetch',
    'actor',
    'registration',
    'activityId',
  ].map((name) => query.get(name));
  if (!endpoint || !fetch || !actorJson || !registration || !activityId) return null;
  try {
    const actor = JSON.parse(actorJson) as LaunchParameters['actor'] | null;
    return typeof actor === 'object' && actor !== null ? { endpoint, fetch, actor, registration, activityId } : null;
  } catch {
    return null;
  }
}

/** What Sinergi keeps in the State API for one registration, beside the progress record itself. */
export interface Cmi5Record {
  suspendData: string | null;
  location: string | null;
  /** Ids of the site's statements already sent as cmi5 allowed statements. */
  sent: string[];
  /** A Completed statement was sent in this registration (cmi5 allows one). */
  completed: boolean;
  /** A Passed statement was sent in this registration (cmi5 allows one; no Failed may follow it). */
  passed: boolean;
  /** The exam result the last Passed or Failed statement reported, so the same result is not reported again. */
  judged: { passed: boolean; score: number | null } | null;
}

export const emptyCmi5Record = (): Cmi5Record => ({
  suspendData: null,
  location: null,
  sent: [],
  completed: false,
  passed: false,
  judged: null,
});

/** The record from a State API document; whatever is missing or malformed takes its empty value. */
export function decodeCmi5Record(doc: unknown): Cmi5Record {
  const empty = emptyCmi5Record();
  if (typeof doc !== 'object' || doc === null) return empty;
  const d = doc as Partial<Record<keyof Cmi5Record, unknown>>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const judged = d.judged as Partial<NonNullable<Cmi5Record['judged']>> | null | undefined;
  return {
    suspendData: text(d.suspendData),
    location: text(d.location),
    sent: Array.isArray(d.sent) ? d.sent.filter((id): id is string => typeof id === 'string') : [],
    completed: d.completed === true,
    passed: d.passed === true,
    judged:
      typeof judged?.passed === 'boolean'
        ? { passed: judged.passed, score: typeof judged.score === 'number' ? judged.score : null }
        : null,
  };
}

/** A cmi5 defined statement a report calls for. */
export type Cmi5Verdict = { verb: 'completed' } | { verb: 'passed' | 'failed'; score: number | null };

export interface VerdictInput {
  readonly report: LmsReport;
  readonly launchData: Pick<LaunchData, 'launchMode' | 'masteryScore'>;
  readonly record: Cmi5Record;
  /** A Passed or Failed statement was already sent in this AU session (cmi5 9.3 allows one of them per session). */
  readonly judgedThisSession: boolean;
}

/**
 * The cmi5 defined statements a report calls for (cmi5 9.3, 10): none outside Normal launch mode; Completed once per
 * registration; Passed once per registration and never below the LMS's masteryScore, which outranks the course's pass
 * mark; Failed only below it, never after Passed, at most one of the two per session, and not twice for one result.
 */
export function cmi5Verdicts({ report, launchData, record, judgedThisSession }: VerdictInput): Cmi5Verdict[] {
  if (launchData.launchMode !== 'Normal') return [];
  const verdicts: Cmi5Verdict[] = [];
  if (report.completed && !record.completed) verdicts.push({ verb: 'completed' });
  const score = report.scoreScaled;
  const mastery = launchData.masteryScore;
  const passed = typeof mastery === 'number' && score !== null ? score >= mastery : report.passed;
  const sameAsLast = record.judged?.passed === passed && record.judged.score === score;
  if (passed !== null && !record.passed && !judgedThisSession && !sameAsLast) {
    verdicts.push({ verb: passed ? 'passed' : 'failed', score });
  }
  return verdicts;
}

/** An xAPI statement sent under the launch's actor and the LMS's context template. */
export type Cmi5Statement = Omit<XapiStatement, 'actor' | 'context'> & {
  readonly actor: LaunchParameters['actor'];
  readonly context: LaunchData['contextTemplate'];
};

export interface AllowedInput {
  readonly launch: Pick<LaunchParameters, 'actor' | 'registration'>;
  readonly contextTemplate: LaunchData['contextTemplate'];
  /** Ids of the site's statements already sent. */
  readonly sent: ReadonlySet<string>;
  /** Timestamps are kept within [from, to]: cmi5 orders a session by timestamp, from Initialized to Terminated. */
  readonly from: Date;
  readonly to: Date;
}

/**
 * The site's statements not sent yet, as "cmi5 allowed" statements (cmi5 9.6): the launch's actor, the registration
 * and every property of the LMS's context template (the session id among them), without the cmi5 category. Their ids
 * are derived from the registration and the site's own id, so a statement sent twice keeps its id.
 */
export function cmi5AllowedStatements(
  site: readonly XapiStatement[],
  { launch, contextTemplate, sent, from, to }: AllowedInput,
): { siteId: string; statement: Cmi5Statement }[] {
  const clamp = (iso: string) => {
    const t = Date.parse(iso);
    return t < from.getTime() ? from.toISOString() : t > to.getTime() ? to.toISOString() : iso;
  };
  return site
    .filter((s) => !sent.has(s.id))
    .map((s) => ({
      siteId: s.id,
      statement: {
        ...s,
        id: statementId(`cmi5|${launch.registration}|${s.id}`),
        actor: launch.actor,
        context: { ...contextTemplate, ...s.context, registration: launch.registration },
        timestamp: clamp(s.timestamp),
      },
    }));
}
