// Builds progress (and exported progress files) for the certificate tests and the recap benchmark.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { gradeResponse } from '../../../src/lib/quiz/grade.ts';
import type { Progress, QuizAttempt, QuizResponse } from '../../../src/schemas/progress.ts';
import { QuizSchema, type Question } from '../../../src/schemas/quiz.ts';
import { courseModules, loadCourse, moduleInfo } from './curriculum.ts';
import type { RawQuestion } from './quiz-player.ts';

export const COURSE = 'sosialisasi-perpol-1-2021';
/** The other course: five modules, the longest certificate. */
export const COURSE_TWO = 'transfer-pengetahuan-lintas-fungsi';

export const nodeDigest = (text: string) => Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

const at = (i: number) => new Date(Date.UTC(2026, 10, 1 + (i % 20), 3, 0, 0)).toISOString();

const readQuiz = (quizId: string) =>
  parse(readFileSync(`content/quizzes/${quizId}.yaml`, 'utf8')) as { questions: RawQuestion[] };

/** The quiz of each module of a course, and (with `exam`) its final exam's bank, read from the real content files. */
const courseQuizzes = (course: string, exam: boolean) => {
  const bank = exam ? loadCourse(course).exam?.bank : undefined;
  return [
    ...courseModules(course).flatMap((moduleId) => {
      const quizId = moduleInfo(moduleId).quiz;
      return quizId ? [{ quizId, questions: readQuiz(quizId).questions }] : [];
    }),
    ...(bank ? [{ quizId: bank, questions: readQuiz(bank).questions }] : []),
  ];
};

/** The right response to a question. */
const rightResponse = (q: Question) => response(q, true);

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

/**
 * A passed attempt at each course quiz and (with `exam`) the final exam; a forged one claims the pass with answers that
 * earn nothing.
 */
function attempts(i: number, forged: boolean, course: string, exam: boolean): QuizAttempt[] {
  return courseQuizzes(course, exam).map(({ quizId, questions }) => ({
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

const banks = new Map<string, Question[]>();
/** The questions of a quiz file, parsed as the site parses them. */
function bank(quizId: string): Question[] {
  let questions = banks.get(quizId);
  if (!questions) {
    questions = QuizSchema.parse(parse(readFileSync(`content/quizzes/${quizId}.yaml`, 'utf8'))).questions;
    banks.set(quizId, questions);
  }
  return questions;
}

/** A deterministic number in [0, 1) for a member and a question (an integer hash, no state). */
function chance(i: number, j: number, salt: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(j + 1, 0x85ebca77) ^ Math.imul(salt + 1, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 2 ** 32;
}

/** A wrong response: a wrong option (chosen by `pick`), the other truth value, a reversed order, no match. */
function wrongResponse(q: Question, pick: number): QuizResponse {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const wrong = q.options.filter((o) => !o.correct);
      const id = wrong[Math.floor(pick * wrong.length)]?.id ?? null;
      return q.type === 'single'
        ? { type: 'single', optionId: id }
        : { type: 'multiple', optionIds: id === null ? [] : [id] };
    }
    case 'truefalse':
      return { type: 'truefalse', value: !q.answer };
    case 'ordering':
      return { type: 'ordering', itemIds: q.items.map((it) => it.id).reverse() };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.id, null])) };
  }
}

/** How many exam items one generated attempt draws from the bank. */
export const EXAM_DRAW = 20;

/**
 * A pre-test (every item) and a later final exam (EXAM_DRAW items of the bank, a different slice per member), answered
 * by a member of ability 0.2-0.8 that grows by 0.25 between the two. Two exam items behave as an item analysis should
 * catch: the first is answered right by nearly everyone, the second mostly by the weaker members (strong members get
 * it wrong).
 */
function assessmentAttempts(i: number, course: string): QuizAttempt[] {
  const ability = 0.2 + 0.6 * chance(i, 0, 1);
  const take = (quizId: string, questions: readonly Question[], gain: number, hour: number): QuizAttempt => {
    const answers = questions.map((q, j) => {
      const p =
        quizId.startsWith('ujian-') && j === 0
          ? 0.97
          : quizId.startsWith('ujian-') && j === 1
            ? 1 - ability
            : Math.min(0.98, ability + gain + 0.3 * (chance(0, j, 2) - 0.5));
      const right = chance(i, j, quizId.length) < p;
      const response = right ? rightResponse(q) : wrongResponse(q, chance(i, j, 3));
      return { questionId: q.id, response, credit: gradeResponse(q, response) };
    });
    const score = Math.round((answers.reduce((sum, a) => sum + a.credit, 0) / answers.length) * 100);
    const time = new Date(Date.UTC(2026, 9, 1 + (i % 20), hour, 0, 0)).toISOString();
    return {
      id: `attempt-${String(i).padStart(4, '0')}-${quizId}`,
      quizId,
      seed: i,
      startedAt: time,
      finishedAt: time,
      answers,
      score,
      passMark: 75,
      passed: score >= 75,
    };
  };
  const exam = bank(`ujian-${course}`);
  const start = (i * 7) % exam.length;
  const drawn = [exam[0], exam[1], ...[...exam.slice(2), ...exam.slice(2)].slice(start, start + EXAM_DRAW - 2)].filter(
    (q): q is Question => q !== undefined,
  );
  return [take(`pra-${course}`, bank(`pra-${course}`), 0, 1), take(`ujian-${course}`, drawn, 0.25, 9)];
}

/** A member's progress: every lesson of the course read, every quiz of it passed, every module completed. */
export function memberProgress(
  i: number,
  options: { name?: string; forged?: boolean; course?: string; assessments?: boolean } = {},
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
    quizAttempts: [
      // With generated assessments, the final exam is the generated attempt, not one answered all right.
      ...attempts(i, options.forged ?? false, course, !options.assessments),
      ...(options.assessments ? assessmentAttempts(i, course) : []),
    ],
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

/**
 * Files for /satuan: `total` members of which the first `broken` are unreadable and the next `forged` are forged; with
 * `assessments`, every readable member also took the course's pre-test and final exam.
 */
export async function progressFiles(total: number, broken: number, forged: number, assessments = false) {
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
      text = await encodeProgressFile(memberProgress(i, { forged: i < broken + forged, assessments }), {
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
