import { getCollection, getEntry } from 'astro:content';
import { REVOCATION_LIST } from '../schemas/revocation.ts';
import type { CourseInfo } from '../client/certificate/view.ts';
import { toAnswerKey, type AnswerKey } from '../lib/unit/answer-key.ts';
import { loadCatalog } from './catalog.ts';

/** Each course as the certificate pages print it. */
export async function loadCourseInfos(): Promise<CourseInfo[]> {
  const catalog = await loadCatalog();
  return catalog.courses.map((course) => ({
    id: course.id,
    title: course.title,
    certificateTitle: course.certificate.title,
    signatoryRole: course.certificate.signatoryRole,
    validityMonths: course.certificate.validityMonths,
    modules: course.moduleSummaries.map((m) => ({
      id: m.id,
      title: m.title,
      quiz: m.quiz,
      requireQuiz: m.completion.requireQuiz,
    })),
    ...(course.exam
      ? {
          exam: {
            bank: course.exam.bank,
            attempts: course.exam.attempts,
            wait: course.exam.wait,
            passMark: course.exam.passMark,
          },
        }
      : {}),
  }));
}

/** Units with their published keys, and revoked certificate numbers: what offline verification needs. */
export async function loadVerificationData() {
  const [units, revoked] = await Promise.all([getCollection('units'), getEntry('revoked', REVOCATION_LIST)]);
  return {
    units: units.map((u) => ({ id: u.data.id, name: u.data.name, level: u.data.level, publicKey: u.data.publicKey })),
    revoked: revoked?.data.entries ?? [],
  };
}

/**
 * Current answer keys of every quiz (ids, tags and answers only), for re-grading recorded attempts and item analysis
 * on /satuan, which fetches them from /satuan/kunci.json when the first progress file is dropped. An exam bank is graded
 * with its course's pass mark, as the exam page records it.
 */
export async function loadAnswerKeys(): Promise<AnswerKey[]> {
  const [quizzes, catalog] = await Promise.all([getCollection('quizzes'), loadCatalog()]);
  const examPassMark = new Map(
    catalog.courses.flatMap((c) => (c.exam ? [[c.exam.bank, c.exam.passMark] as const] : [])),
  );
  return quizzes.map((q) => ({ ...toAnswerKey(q.data), passMark: examPassMark.get(q.data.id) ?? q.data.passMark }));
}
