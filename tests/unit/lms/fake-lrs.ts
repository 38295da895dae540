// A cmi5 LMS and its LRS in one small HTTP server, in the test process: the one-time fetch URL, LMS.LaunchData and
// the other State API documents, the learner preferences agent profile and the statements resource, with Basic auth
// from the fetch token, the xAPI version header and CORS as a real LRS on another origin answers.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { isDeepStrictEqual } from 'node:util';

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const PUBLISHER_AU_ID = 'https://sinergi.example.id/kursus/kursus-1/cmi5-au';

/** The launch data an LMS writes before each launch (cmi5 10.0), minus the context template it builds itself. */
export interface LaunchSettings {
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: 'Completed' | 'CompletedAndPassed' | 'Passed' | 'CompletedOrPassed' | 'NotApplicable';
  masteryScore?: number;
  returnURL?: string;
}

export interface RecordedStatement {
  id: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string };
  result?: { score?: { scaled?: number }; success?: boolean; completion?: boolean; duration?: string };
  context?: {
    registration?: string;
    contextActivities?: { category?: { id: string }[]; grouping?: { id: string }[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

export interface FakeLrs {
  readonly origin: string;
  readonly actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  readonly registration: string;
  readonly activityId: string;
  /** The AU's id in the course structure, in every launch's context template. */
  readonly publisherAuId: string;
  /** Every statement stored, in the order received, with the session it arrived in. */
  readonly statements: { session: string; statement: RecordedStatement }[];
  /** Prepares a launch as an LMS does (new session id, new one-time fetch URL) and returns the launch URL's query. */
  launch(settings: LaunchSettings): { search: string; sessionId: string };
  /** Answers the next `count` LRS requests (not the fetch URL) with this status. */
  failNext(status: number, count?: number): void;
  /** Stores the next batch of statements but answers 503, as when the answer is lost on the way back. */
  loseNextAnswer(): void;
  /** From now on, answers each request `ms` milliseconds late, as an LRS across a slow network does. */
  answerLate(ms: number): void;
  /** The stored State API document, parsed. */
  state(stateId: string): unknown;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'access-control-expose-headers': 'ETag, X-Experience-API-Version',
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface FakeLrsOptions {
  /** The AU's id in the course structure (cmi5.xml), which the LMS puts in each launch's context template. */
  publisherAuId?: string;
}

export async function startFakeLrs({ publisherAuId = PUBLISHER_AU_ID }: FakeLrsOptions = {}): Promise<FakeLrs> {
  const actor = {
    objectType: 'Agent' as const,
    name: 'Budi Santoso',
    account: { homePage: 'https://lms.example.go.id', name: 'budi-85061234' },
  };
  const registration = randomUUID();
  const activityId = `https://lms.example.go.id/au/${randomUUID()}`;
  const states = new Map<string, string>();
  const statements: FakeLrs['statements'] = [];
  let failures: { status: number; count: number } = { status: 0, count: 0 };
  let loseAnswer = false;
  let lateBy = 0;
  let session = { id: '', fetchToken: '', authToken: '', fetched: false };

  const store = (statement: RecordedStatement): number => {
    const existing = statements.find((s) => s.statement.id === statement.id);
    if (existing) return isDeepStrictEqual(existing.statement, statement) ? 200 : 409;
    statements.push({ session: session.id, statement });
    return 200;
  };

  /** The status and JSON body of the answer to one request. */
  const answer = async (req: IncomingMessage): Promise<[status: number, json?: unknown]> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'OPTIONS') return [204];
    if (url.pathname === '/fetch') {
      if (req.method !== 'POST') return [405];
      // cmi5 8.2.3: a second request gets an error, still with status 200.
      if (session.fetched || url.searchParams.get('token') !== session.fetchToken) {
        return [200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' }];
      }
      session.fetched = true;
      return [200, { 'auth-token': session.authToken }];
    }
    if (!url.pathname.startsWith('/xapi/')) return [404];
    if (req.headers.authorization !== `Basic ${session.authToken}`) return [401];
    if (!req.headers['x-experience-api-version']) return [400, { error: 'X-Experience-API-Version missing' }];
    if (failures.count > 0) {
      failures = { ...failures, count: failures.count - 1 };
      return [failures.status];
    }
    const resource = url.pathname.slice('/xapi/'.length);
    const text = await body(req);
    if (resource === 'activities/state') {
      const q = url.searchParams;
      const key = [q.get('activityId'), q.get('agent'), q.get('registration'), q.get('stateId')].join('|');
      if (req.method === 'GET') {
        const doc = states.get(key);
        return doc === undefined ? [404] : [200, JSON.parse(doc)];
      }
      if (req.method === 'PUT' || req.method === 'POST') {
        states.set(key, text);
        return [204];
      }
    }
    if (resource === 'agents/profile' && req.method === 'GET') return [404];
    if (resource === 'statements' && req.method === 'POST') {
      const parsed = JSON.parse(text) as RecordedStatement | RecordedStatement[];
      const list = Array.isArray(parsed) ? parsed : [parsed];
      const conflict = list.map(store).includes(409);
      if (loseAnswer) {
        loseAnswer = false;
        return [503];
      }
      return conflict ? [409] : [200, list.map((s) => s.id)];
    }
    return [405];
  };

  const server = createServer((req, res) => {
    const reply = ([status, json]: [number, unknown?]) => {
      res.writeHead(status, {
        ...CORS,
        'x-experience-api-version': '1.0.3',
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    answer(req).then(
      (answered) => {
        setTimeout(() => {
          reply(answered);
        }, lateBy);
      },
      (error: unknown) => {
        reply([500, { error: String(error) }]);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  const stateKey = (stateId: string) => [activityId, JSON.stringify(actor), registration, stateId].join('|');

  return {
    origin,
    actor,
    registration,
    activityId,
    publisherAuId,
    statements,
    launch(settings) {
      session = {
        id: randomUUID(),
        fetchToken: randomUUID(),
        authToken: Buffer.from(randomUUID()).toString('base64'),
        fetched: false,
      };
      const launchData = {
        ...settings,
        contextTemplate: {
          contextActivities: { grouping: [{ id: publisherAuId }] },
          extensions: { [SESSION_ID_EXTENSION]: session.id },
        },
      };
      states.set(stateKey('LMS.LaunchData'), JSON.stringify(launchData));
      const query = new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch?token=${session.fetchToken}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return { search: `?${query.toString()}`, sessionId: session.id };
    },
    failNext(status, count = 1) {
      failures = { status, count };
    },
    loseNextAnswer() {
      loseAnswer = true;
    },
    answerLate(ms) {
      lateBy = ms;
    },
    state(stateId) {
      const doc = states.get(stateKey(stateId));
      return doc === undefined ? undefined : (JSON.parse(doc) as unknown);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
