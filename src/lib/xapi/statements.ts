import { v5 as uuidV5 } from 'uuid';
import type { Progress, ProgressRules, QuizAttempt, QuizResponse, ScenarioRun } from '../../schemas/progress.ts';
import { compareTimestamps } from '../progress/clock.ts';

/** An xAPI 1.0.3 statement, as far as Sinergi writes them. */
export interface XapiStatement {
  readonly id: string;
  readonly actor: {
    readonly objectType: 'Agent';
    readonly name: string;
    readonly account: { readonly homePage: string; readonly name: string };
  };
  readonly verb: { readonly id: string; readonly display: Record<string, string> };
  readonly object: {
    readonly objectType: 'Activity';
    readonly id: string;
    readonly definition: { readonly type: string; readonly name: Record<string, string> };
  };
  readonly result?: {
    readonly score?: { readonly scaled: number; readonly raw?: number; readonly min?: number; readonly max?: number };
    readonly success?: boolean;
    readonly completion?: boolean;
    readonly response?: string;
    readonly extensions?: Record<string, unknown>;
  };
  readonly context?: { readonly platform: string; readonly language: string };
  readonly timestamp: string;
  readonly version: '1.0.3';
}

/** What the mapping needs besides the progress. */
export interface XapiOptions {
  /** Site URL, e.g. "https://sinergi.example.id"; every activity id is an IRI under it. */
  readonly siteUrl: string;
  readonly rules: ProgressRules;
  /** Display titles of quizzes and scenarios by id (the id is used when absent). */
  readonly titles?: { readonly quizzes?: Record<string, string>; readonly scenarios?: Record<string, string> };
}

const ADL = 'http://adlnet.gov/expapi';
const verbs = {
  experienced: { id: `${ADL}/verbs/experienced`, display: { 'en-US': 'experienced', 'id-ID': 'membaca' } },
  answered: { id: `${ADL}/verbs/answered`, display: { 'en-US': 'answered', 'id-ID': 'menjawab' } },
  passed: { id: `${ADL}/verbs/passed`, display: { 'en-US': 'passed', 'id-ID': 'lulus' } },
  failed: { id: `${ADL}/verbs/failed`, display: { 'en-US': 'failed', 'id-ID': 'belum lulus' } },
  completed: { id: `${ADL}/verbs/completed`, display: { 'en-US': 'completed', 'id-ID': 'menyelesaikan' } },
} as const;
const types = {
  lesson: `${ADL}/activities/lesson`,
  interaction: `${ADL}/activities/cmi.interaction`,
  assessment: `${ADL}/activities/assessment`,
  simulation: `${ADL}/activities/simulation`,
  module: `${ADL}/activities/module`,
  course: `${ADL}/activities/course`,
};

/** Namespace of Sinergi's statement ids (a fixed random UUID; changing it would change every exported id). */
const STATEMENT_NAMESPACE = '6d2675d8-3fa9-4b6e-afc7-d1d9960bec69';

/**
 * A name-based UUID (RFC 4122 version 5) derived from a key, so exporting twice gives the same statement ids and a
 * learning record store can tell duplicates apart.
 */
export function statementId(key: string): string {
  return uuidV5(key, STATEMENT_NAMESPACE);
}

/** The learner's response as the xAPI interaction response patterns write it. */
export function responseText(response: QuizResponse): string {
  switch (response.type) {
    case 'single':
      return response.optionId ?? '';
    case 'multiple':
      return response.optionIds.join('[,]');
    case 'truefalse':
      return response.value === null ? '' : String(response.value);
    case 'ordering':
      return response.itemIds.join('[,]');
    case 'matching':
      return Object.entries(response.matches)
        .filter((e): e is [string, string] => e[1] !== null)
        .map(([left, right]) => `${left}[.]${right}`)
        .join('[,]');
  }
}

/** Maps the learner's progress to xAPI 1.0.3 statements: lessons experienced, answers, quiz results, scenario
 * and module/course completions. The actor is an account on the site: the NRP for an officer, else the name. */
export function toXapiStatements(progress: Progress, options: XapiOptions): XapiStatement[] {
  const site = options.siteUrl.replace(/\/+$/, '');
  const profile = progress.profile;
  const actor = {
    objectType: 'Agent' as const,
    name: profile?.name ?? 'Peserta Sinergi',
    account: { homePage: `${site}/`, name: profile?.nrp ?? profile?.name ?? 'peserta-tanpa-profil' },
  };
  const context = { platform: 'Sinergi', language: 'id-ID' };
  const name = (text: string) => ({ 'id-ID': text });
  const activity = (id: string, type: string, title: string) => ({
    objectType: 'Activity' as const,
    id,
    definition: { type, name: name(title) },
  });
  const out: XapiStatement[] = [];
  const push = (key: string, s: Omit<XapiStatement, 'id' | 'actor' | 'version' | 'context'>) => {
    out.push({ id: statementId(`${actor.account.name}|${key}`), actor, ...s, context, version: '1.0.3' });
  };

  const lessonTitle = new Map<string, { module: string; title: string }>();
  for (const m of options.rules.modules) {
    m.lessons.forEach((id, i) => lessonTitle.set(id, { module: m.id, title: `${m.title}, pelajaran ${i + 1}` }));
  }
  for (const [lessonId, visit] of Object.entries(progress.lessons)) {
    const where = lessonTitle.get(lessonId);
    const iri = where ? `${site}/modul/${where.module}/${lessonId}/` : `${site}/pelajaran/${lessonId}`;
    push(`lesson|${lessonId}|${visit.firstVisitedAt}`, {
      verb: verbs.experienced,
      object: activity(iri, types.lesson, where?.title ?? lessonId),
      timestamp: visit.firstVisitedAt,
    });
  }

  const quizTitle = (id: string) => options.titles?.quizzes?.[id] ?? id;
  const sortedAttempts: QuizAttempt[] = [...progress.quizAttempts].sort((a, b) =>
    compareTimestamps(a.finishedAt, b.finishedAt),
  );
  for (const attempt of sortedAttempts) {
    const quizIri = `${site}/kuis/${attempt.quizId}`;
    for (const answer of attempt.answers) {
      push(`answer|${attempt.id}|${answer.questionId}`, {
        verb: verbs.answered,
        object: activity(
          `${quizIri}/${answer.questionId}`,
          types.interaction,
          `${quizTitle(attempt.quizId)}: ${answer.questionId}`,
        ),
        result: {
          score: { scaled: answer.credit },
          success: answer.credit === 1,
          response: responseText(answer.response),
        },
        timestamp: attempt.finishedAt,
      });
    }
    push(`attempt|${attempt.id}`, {
      verb: attempt.passed ? verbs.passed : verbs.failed,
      object: activity(quizIri, types.assessment, quizTitle(attempt.quizId)),
      result: {
        score: { scaled: attempt.score / 100, raw: attempt.score, min: 0, max: 100 },
        success: attempt.passed,
        completion: true,
      },
      timestamp: attempt.finishedAt,
    });
  }

  const finished: ScenarioRun[] = progress.scenarioRuns.filter((r) => r.endingId !== undefined);
  for (const run of finished) {
    push(`run|${run.id}`, {
      verb: verbs.completed,
      object: activity(
        `${site}/skenario/${run.scenarioId}`,
        types.simulation,
        options.titles?.scenarios?.[run.scenarioId] ?? run.scenarioId,
      ),
      result: {
        completion: true,
        response: run.endingId ?? '',
        extensions: {
          [`${site}/xapi/ekstensi/penilaian`]: run.rating ?? null,
          [`${site}/xapi/ekstensi/skor`]: run.scores,
          [`${site}/xapi/ekstensi/jalur`]: run.path.map((s) => `${s.nodeId}:${s.choiceId}`),
        },
      },
      timestamp: run.finishedAt ?? run.startedAt,
    });
  }

  for (const [moduleId, c] of Object.entries(progress.completions.modules)) {
    const title = options.rules.modules.find((m) => m.id === moduleId)?.title ?? moduleId;
    push(`module|${moduleId}`, {
      verb: verbs.completed,
      object: activity(`${site}/modul/${moduleId}/`, types.module, title),
      result: { completion: true },
      timestamp: c.completedAt,
    });
  }
  for (const [courseId, c] of Object.entries(progress.completions.courses)) {
    const title = options.rules.courses.find((x) => x.id === courseId)?.title ?? courseId;
    push(`course|${courseId}`, {
      verb: verbs.completed,
      object: activity(`${site}/kursus/${courseId}/`, types.course, title),
      result: { completion: true },
      timestamp: c.completedAt,
    });
  }
  return out;
}
