// Builds progress (and exported progress files) for the certificate tests and the recap benchmark.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { encodeProgressFile } from '../../../src/lib/progress/codec.ts';
import type { Progress, QuizAttempt, QuizResponse } from '../../../src/schemas/progress.ts';
import { courseModules, loadCourse, moduleInfo } from './curriculum.ts';
import type { RawQuestion } from './quiz-player.ts';

export const COURSE = 'sosialisasi-perpol-1-2021';
/** The other course: five modules, the longest certificate. */
export const COURSE_TWO = 'transfer-pengetahuan-lintas-fungsi';

export const nodeDigest = (text: string) => Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

const at = (i: number) => new Date(Date.UTC(2026, 10, 1 + (i % 20), 3, 0, 0)).toISOString();

const readQuiz = (quizId: string) =>
  parse(readFileSync(`content/quizzes/${quizId}.yaml`, 'utf8')) as { questions: RawQuestion[] };

/** The quiz of each module of a course, and its final exam's bank, read from the real content files. */
const courseQuizzes = (course: string) => {
  const bank = loadCourse(course).exam?.bank;
  return [
    ...courseModules(course).flatMap((moduleId) => {
      const quizId = moduleInfo(moduleId).quiz;
      return quizId ? [{ quizId, questions: readQuiz(quizId).questions }] : [];
    }),
    ...(bank ? [{ quizId: bank, questions: readQuiz(bank).questions }] : []),
  ];
};

function response(q: RawQuestion, right: boolean): QuizResponse {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: right ? (q.options?.find((o) => o.correct)?.id ?? null) : null };
    case 'multiple':
      return { type: 'multiple', optionIds: right ? (q.options ?? []).filter((o) => o.correct).map((o) => o.id) : [] };
    case 'truefalse':
      return { type: 'truefalse', value: right ? (q.answer ?? null) : null };
    case 'ordering':
      return { type: 'ordering', itemIds: right ? (q.items ?? []).map((it) => it.id) : [] };
    case 'matching':
      return {
        type: 'matching',
        matches: Object.fromEntries((q.pairs ?? []).map((pair) => [pair.id, right ? pair.id : null])),
      };
  }
}

/** A passed attempt at each course quiz and the final exam; a forged one claims the pass with answers that earn nothing. */
function attempts(i: number, forged: boolean, course: string): QuizAttempt[] {
  return courseQuizzes(course).map(({ quizId, questions }) => ({
    id: `attempt-${String(i).padStart(4, '0')}-${quizId}`,
    quizId,
    seed: i,
    startedAt: at(i),
    finishedAt: at(i),
    answers: questions.map((q) => ({ questionId: q.id, response: response(q, !forged), credit: 1 })),
    score: 100,
    passMark: 70,
    passed: true,
  }));
}

/** A member's progress: every lesson of the course read, every quiz of it passed, every module completed. */
export function memberProgress(
  i: number,
  options: { name?: string; forged?: boolean; course?: string } = {},
): Progress {
  const course = options.course ?? COURSE;
  const modules = courseModules(course);
  return {
    version: 1,
    createdAt: at(i),
    updatedAt: at(i),
    profile: {
      name: options.name ?? `Anggota Uji ${String(i).padStart(4, '0')}`,
      kind: 'anggota',
      nrp: String(87050000 + i),
      rank: 'Bripka',
      unit: i % 2 === 0 ? 'Polsek Contoh Utara' : 'Polsek Contoh Selatan',
    },
    lessons: Object.fromEntries(
      modules
        .flatMap((id) => moduleInfo(id).lessons)
        .map((id) => [id, { firstVisitedAt: at(i), lastVisitedAt: at(i) }]),
    ),
    quizAttempts: attempts(i, options.forged ?? false, course),
    scenarioRuns: [],
    completions: {
      modules: Object.fromEntries(modules.map((id) => [id, { completedAt: at(i) }])),
      courses: { [course]: { completedAt: at(i) } },
    },
    log: [],
  };
}

const BROKEN = [
  () => '{"app":"sinergi","kind":"progress","version":1,', // cut off
  () => 'bukan json sama sekali',
  () => JSON.stringify({ hello: 'world' }),
  () => JSON.stringify({ app: 'sinergi', kind: 'progress', version: 99, digest: 'x', progress: {} }),
];

/** Files for /satuan: `total` members of which the first `broken` are unreadable and the next `forged` are forged. */
export async function progressFiles(total: number, broken: number, forged: number) {
  const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
  for (let i = 0; i < total; i++) {
    let text: string;
    if (i < broken) {
      if (i % 3 === 2) {
        // A valid export whose content was edited afterwards without fixing the digest.
        const good = JSON.parse(
          await encodeProgressFile(memberProgress(i), { now: () => new Date(), digest: nodeDigest }),
        ) as {
          progress: Progress;
        };
        text = JSON.stringify({
          ...good,
          progress: { ...good.progress, profile: { ...good.progress.profile, name: 'X' } },
        });
      } else text = BROKEN[i % BROKEN.length]?.() ?? '';
    } else {
      text = await encodeProgressFile(memberProgress(i, { forged: i < broken + forged }), {
        now: () => new Date('2026-11-28T00:00:00Z'),
        digest: nodeDigest,
      });
    }
    files.push({
      name: `progres-${String(i).padStart(4, '0')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }
  return files;
}
