import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import {
  cmi5AllowedStatements,
  cmi5Verdicts,
  decodeCmi5Record,
  emptyCmi5Record,
  readCmi5Launch,
  type VerdictInput,
} from '../../../src/lib/lms/cmi5-session.ts';
import type { LmsReport } from '../../../src/lib/lms/types.ts';
import { statementId, type XapiStatement } from '../../../src/lib/xapi/statements.ts';

const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.go.id', name: '42' } };
const params = {
  endpoint: 'https://lrs.example.go.id/xapi/',
  fetch: 'https://lms.example.go.id/fetch/abc',
  actor: JSON.stringify(actor),
  registration: '4f2a3c9e-8d0b-4c61-9a57-1f4be0c7d2aa',
  activityId: 'https://lms.example.go.id/au/1',
};

describe('readCmi5Launch', () => {
  it('reads the five launch parameters, the actor as JSON', () => {
    expect(readCmi5Launch(`?${new URLSearchParams(params).toString()}`)).toEqual({ ...params, actor });
  });

  it('is null when one is missing or the actor is not a JSON object', () => {
    const noFetch = new URLSearchParams(params);
    noFetch.delete('fetch');
    expect(readCmi5Launch(`?${noFetch.toString()}`)).toBeNull();
    expect(readCmi5Launch(`?${new URLSearchParams({ ...params, actor: '{oops' }).toString()}`)).toBeNull();
    expect(readCmi5Launch(`?${new URLSearchParams({ ...params, actor: '"budi"' }).toString()}`)).toBeNull();
    expect(readCmi5Launch('')).toBeNull();
  });
});

describe('decodeCmi5Record', () => {
  it('keeps what is well formed and empties the rest', () => {
    const record = { ...emptyCmi5Record(), suspendData: 's1.x', sent: ['a'], completed: true };
    expect(decodeCmi5Record(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(decodeCmi5Record('garbage')).toEqual(emptyCmi5Record());
    expect(decodeCmi5Record({ sent: [1, 'b'], passed: 'yes', judged: { passed: true, score: 'x' } })).toEqual({
      ...emptyCmi5Record(),
      sent: ['b'],
      judged: { passed: true, score: null },
    });
  });
});

const report = (over: Partial<LmsReport>): LmsReport => ({
  completed: false,
  passed: null,
  scoreScaled: null,
  location: '',
  suspendData: '',
  interactions: [],
  ...over,
});
const verdicts = (over: Partial<VerdictInput>) =>
  cmi5Verdicts({
    report: report({}),
    launchData: { launchMode: 'Normal' },
    record: emptyCmi5Record(),
    judgedThisSession: false,
    ...over,
  });

describe('cmi5Verdicts', () => {
  it('calls for Completed once per registration', () => {
    expect(verdicts({ report: report({ completed: true }) })).toEqual([{ verb: 'completed' }]);
    expect(
      verdicts({ report: report({ completed: true }), record: { ...emptyCmi5Record(), completed: true } }),
    ).toEqual([]);
  });

  it("judges by the LMS's masteryScore when there is one, else by the course's own result", () => {
    const exam = report({ passed: false, scoreScaled: 0.75 });
    expect(verdicts({ report: exam, launchData: { launchMode: 'Normal', masteryScore: 0.7 } })).toEqual([
      { verb: 'passed', score: 0.75 },
    ]);
    expect(verdicts({ report: exam })).toEqual([{ verb: 'failed', score: 0.75 }]);
    expect(verdicts({ report: report({ passed: true, scoreScaled: null }) })).toEqual([
      { verb: 'passed', score: null },
    ]);
  });

  it('sends no Passed after Passed, one judgement per session, and not the same result twice', () => {
    const pass = report({ passed: true, scoreScaled: 0.9 });
    const fail = report({ passed: false, scoreScaled: 0.4 });
    expect(verdicts({ report: fail, record: { ...emptyCmi5Record(), passed: true } })).toEqual([]);
    expect(verdicts({ report: pass, judgedThisSession: true })).toEqual([]);
    const judged = { ...emptyCmi5Record(), judged: { passed: false, score: 0.4 } };
    expect(verdicts({ report: fail, record: judged })).toEqual([]);
    expect(verdicts({ report: report({ passed: false, scoreScaled: 0.5 }), record: judged })).toEqual([
      { verb: 'failed', score: 0.5 },
    ]);
    expect(verdicts({ report: pass, record: judged })).toEqual([{ verb: 'passed', score: 0.9 }]);
  });

  it('calls for nothing in Browse or Review mode', () => {
    const all = report({ completed: true, passed: true, scoreScaled: 1 });
    expect(verdicts({ report: all, launchData: { launchMode: 'Browse' } })).toEqual([]);
    expect(verdicts({ report: all, launchData: { launchMode: 'Review' } })).toEqual([]);
  });
});

describe('cmi5AllowedStatements', () => {
  const site = (id: string, timestamp: string): XapiStatement => ({
    id,
    actor: {
      objectType: 'Agent',
      name: 'Budi',
      account: { homePage: 'https://sinergi.example.id/', name: '85061234' },
    },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'id-ID': 'membaca' } },
    object: {
      objectType: 'Activity',
      id: 'https://sinergi.example.id/modul/a/a-1/',
      definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'id-ID': 'A 1' } },
    },
    context: { platform: 'Sinergi', language: 'id-ID' },
    timestamp,
    version: '1.0.3',
  });
  const contextTemplate = {
    contextActivities: { grouping: [{ id: 'https://sinergi.example.id/kursus/k/cmi5-au' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
  };
  const input = {
    launch: { actor, registration: params.registration },
    contextTemplate,
    sent: new Set(['old']),
    from: new Date('2026-12-02T10:00:00.000Z'),
    to: new Date('2026-12-02T11:00:00.000Z'),
  };

  it('sends the new ones under the launch actor, the registration and the context template, without the cmi5 category', () => {
    const out = cmi5AllowedStatements(
      [site('old', '2026-12-02T10:30:00.000Z'), site('new', '2026-12-02T10:30:00.000Z')],
      input,
    );
    expect(out.map((o) => o.siteId)).toEqual(['new']);
    const [{ statement } = { statement: undefined }] = out;
    expect(statement).toMatchObject({
      id: statementId(`cmi5|${params.registration}|new`),
      actor,
      context: { ...contextTemplate, registration: params.registration, platform: 'Sinergi', language: 'id-ID' },
      timestamp: '2026-12-02T10:30:00.000Z',
    });
    expect(validate(statement)).toEqual([]);
  });

  it('keeps timestamps within the session, Initialized to Terminated', () => {
    const out = cmi5AllowedStatements(
      [site('early', '2026-11-30T08:00:00.000Z'), site('late', '2026-12-03T08:00:00.000Z')],
      input,
    );
    expect(out.map((o) => o.statement.timestamp)).toEqual(['2026-12-02T10:00:00.000Z', '2026-12-02T11:00:00.000Z']);
  });
});
