import type { LearnerProfile } from '../../schemas/progress.ts';
import { rawVerificationCode } from './code.ts';
import type { Digest } from './digest.ts';
import { checkEligibility } from './eligibility.ts';
import { expiryDate } from './expiry.ts';
import { certificateNumber } from './number.ts';
import { EXAM_LINE_ID, PAYLOAD_VERSION, type CertificatePayload } from './payload.ts';
import type { ExamOutcome, ModuleResult } from './results.ts';

/** The course facts a certificate needs. */
export interface CertificateCourse {
  readonly id: string;
  readonly modules: readonly string[];
  readonly validityMonths?: number | undefined;
  /** Whether the course has a final exam; its line follows the modules on the certificate. */
  readonly hasExam?: boolean | undefined;
}

/** The outcome when no exam attempt was given: nothing passed. */
const NO_EXAM: ExamOutcome = { pass: null, breaches: [], forgedAttempts: 0 };

/** A certificate ready to print: its payload and verification code. */
export interface IssuedCertificate {
  readonly payload: CertificatePayload;
  /** Verification code without dashes. */
  readonly code: string;
}

/** Why a certificate cannot be issued yet. */
export type IssueProblem =
  | { readonly reason: 'profile' }
  | { readonly reason: 'incomplete'; readonly missing: readonly string[]; readonly examMissing: boolean };

/**
 * Issues the certificate of a completed course. Deterministic: the same progress gives the same number, payload and
 * code; the date of issue is the course completion date, so printing again later changes nothing. With a final exam,
 * `exam` is its outcome: the exam must be passed, and its score and date are printed after the modules.
 */
export async function issueCertificate(
  course: CertificateCourse,
  profile: LearnerProfile | undefined,
  results: readonly ModuleResult[],
  digest: Digest,
  exam?: ExamOutcome,
): Promise<{ ok: true; certificate: IssuedCertificate } | ({ ok: false } & IssueProblem)> {
  const eligibility = checkEligibility(course.modules, results, course.hasExam ? (exam ?? NO_EXAM) : undefined);
  if (!eligibility.eligible) {
    return { ok: false, reason: 'incomplete', missing: eligibility.missing, examMissing: eligibility.examMissing };
  }
  if (!profile) return { ok: false, reason: 'profile' };
  const kind = profile.kind === 'anggota' ? 'a' : 'm';
  const idOrRole = kind === 'a' ? (profile.nrp ?? '') : (profile.role ?? 'Mitra masyarakat');
  if (idOrRole === '') return { ok: false, reason: 'profile' };
  const { completedOn } = eligibility;
  const no = await certificateNumber({ kind, idOrRole, name: profile.name, courseId: course.id, completedOn }, digest);
  const payload: CertificatePayload = {
    v: PAYLOAD_VERSION,
    no,
    c: course.id,
    n: profile.name,
    k: kind,
    id: idOrRole,
    ...(profile.rank ? { p: profile.rank } : {}),
    ...(profile.unit ? { u: profile.unit } : {}),
    m: [
      ...course.modules.map((id) => {
        const r = results.find((x) => x.moduleId === id);
        return [id, r?.completedOn ?? completedOn, r?.score ?? null] as const;
      }),
      // The exam's line: the pass date and score (the sheet titles it "Ujian akhir").
      ...(course.hasExam && exam?.pass ? [[EXAM_LINE_ID, exam.pass.on, exam.pass.score] as const] : []),
    ],
    i: completedOn,
    x: expiryDate(completedOn, course.validityMonths),
  };
  return { ok: true, certificate: { payload, code: await rawVerificationCode(payload, digest) } };
}
