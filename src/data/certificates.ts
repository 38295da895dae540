import { getCollection } from 'astro:content';
import type { CourseInfo } from '../client/certificate/view.ts';
import type { QuizKey } from '../lib/certificate/regrade.ts';
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
  const [units, revoked] = await Promise.all([getCollection('units'), getCollection('revoked')]);
  return {
    units: units.map((u) => ({ id: u.data.id, name: u.data.name, level: u.data.level, publicKey: u.data.publicKey })),
    revoked: revoked.map((r) => r.data),
  };
}

/** Current answer keys of every quiz, for re-grading recorded attempts on /satuan. */
export async function loadQuizKeys(): Promise<QuizKey[]> {
  const [quizzes, catalog] = await Promise.all([getCollection('quizzes'), loadCatalog()]);
  // An exam bank is graded with its course's pass mark, as the exam page records it.
  const examPassMark = new Map(
    catalog.courses.flatMap((c) => (c.exam ? [[c.exam.bank, c.exam.passMark] as const] : [])),
  );
  return quizzes.map((q) => ({ ...q.data, passMark: examPassMark.get(q.data.id) ?? q.data.passMark }));
}
