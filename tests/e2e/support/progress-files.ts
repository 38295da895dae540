// Builds progress (and exported progress files) for the certificate tests and the recap benchmark.
import { createHash } from 'node:crypto';
import { encodeProgressFile } from '../../../src/lib/progress/codec.ts';
import type { Progress, QuizAttempt } from '../../../src/schemas/progress.ts';

export const COURSE = 'sosialisasi-perpol-1-2021';
export const MODULE = 'polmas-tugas-setiap-anggota';
export const LESSONS = [
  'apa-itu-polmas',
  'sembilan-prinsip-polmas',
  'tujuan-dan-pilar-polmas',
  'siapa-pengemban-polmas',
  'sejarah-aturan-polmas',
];
export const nodeDigest = (text: string) => Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

const at = (i: number) => new Date(Date.UTC(2026, 10, 1 + (i % 20), 3, 0, 0)).toISOString();

function attempt(i: number, forged: boolean): QuizAttempt {
  return {
    id: `attempt-${String(i).padStart(4, '0')}`,
    quizId: 'kuis-latihan',
    seed: i,
    startedAt: at(i),
    finishedAt: at(i),
    answers: [{ questionId: 'q1', response: { type: 'truefalse', value: true }, credit: forged ? 0 : 1 }],
    score: forged ? 40 : 100,
    passMark: 70,
    // A forged file claims a pass that its own answers do not earn.
    passed: true,
  };
}

/** A member's progress: every lesson read and the course's module completed. */
export function memberProgress(i: number, options: { name?: string; forged?: boolean } = {}): Progress {
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
    lessons: Object.fromEntries(LESSONS.map((id) => [id, { firstVisitedAt: at(i), lastVisitedAt: at(i) }])),
    quizAttempts: [attempt(i, options.forged ?? false)],
    scenarioRuns: [],
    completions: { modules: { [MODULE]: { completedAt: at(i) } }, courses: { [COURSE]: { completedAt: at(i) } } },
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
