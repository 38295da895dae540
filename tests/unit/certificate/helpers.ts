import { webcrypto } from 'node:crypto';
import type { Digest } from '../../../src/lib/certificate/digest.ts';
import type { CertificatePayload } from '../../../src/lib/certificate/payload.ts';
import type { Question } from '../../../src/schemas/quiz.ts';

/** The one question of the re-grading tests' quizzes: a true/false statement that is true. */
export const trueStatement: Question = {
  id: 'q1',
  type: 'truefalse',
  prompt: 'Soal',
  explanation: 'Penjelasan',
  source: 'Perpol 1/2021',
  answer: true,
};

export const subtle = webcrypto.subtle as unknown as SubtleCrypto;
export const digest: Digest = (bytes) => webcrypto.subtle.digest('SHA-256', bytes);

export const samplePayload: CertificatePayload = {
  v: 1,
  no: 'SNG-20261128-7K3QX9',
  c: 'sosialisasi-perpol-1-2021',
  n: 'Ni Luh Putu Ayu Wédari',
  k: 'a',
  id: '87050123',
  p: 'Bripka',
  u: 'Polsek Contoh',
  m: [
    ['polmas-tugas-setiap-anggota', '2026-11-20', 90],
    ['kemitraan', '2026-11-28', null],
  ],
  i: '2026-11-28',
  x: '2028-11-28',
};
