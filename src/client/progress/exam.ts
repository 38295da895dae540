// The exam runner's storage: the attempt in progress lives under its own key so a reload resumes it, and the answer key is fetched
// only once the attempt is submitted.
import { ExamInProgressSchema, type ExamInProgress } from '../../schemas/progress.ts';
import type { ExamKeyFile } from '../../lib/exam/setup.ts';
import { localStorageOrNull } from '../platform/local-storage.ts';

const key = (quizId: string) => `sinergi:ujian:v1:${quizId}`;

/** The attempt in progress of a quiz, if one was kept and still reads as one. */
export function readInProgress(quizId: string): ExamInProgress | null {
  try {
    const text = localStorageOrNull()?.getItem(key(quizId));
    if (!text) return null;
    const parsed = ExamInProgressSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.quizId === quizId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps the attempt in progress (best effort: without storage, a reload starts a new attempt). */
export function writeInProgress(record: ExamInProgress): void {
  try {
    localStorageOrNull()?.setItem(key(record.quizId), JSON.stringify(record));
  } catch {
    // Storage full or refused: the attempt still runs; only resuming after a reload is lost.
  }
}

/** Forgets the attempt in progress once it is recorded. */
export function clearInProgress(quizId: string): void {
  try {
    localStorageOrNull()?.removeItem(key(quizId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** Fetches the answer key (on submit only). */
export async function fetchAnswerKey(url: string): Promise<ExamKeyFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as ExamKeyFile;
}
