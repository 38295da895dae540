// The exam runner's storage: the attempt in progress lives under its own key so a reload resumes it, and the answer key is fetched
// only once the attempt is submitted.
import { attemptsToRestore } from '../../lib/exam/in-progress.ts';
import { ExamInProgressSchema, type ExamInProgress, type Progress } from '../../schemas/progress.ts';
import type { ExamKeyFile } from '../../lib/exam/setup.ts';
import { localStorageOrNull } from '../platform/local-storage.ts';

const PREFIX = 'sinergi:ujian:v1:';
const key = (quizId: string) => `${PREFIX}${quizId}`;

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

/** Every attempt in progress kept on this device (for the export file). */
export function readAllInProgress(): ExamInProgress[] {
  try {
    const storage = localStorageOrNull();
    if (!storage) return [];
    const quizIds = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
      .filter((name) => name.startsWith(PREFIX))
      .map((name) => name.slice(PREFIX.length));
    return quizIds.flatMap((quizId) => readInProgress(quizId) ?? []);
  } catch {
    return [];
  }
}

/** Keeps the imported attempts in progress this device should resume (after the file's progress is merged in). */
export function restoreInProgress(imported: readonly ExamInProgress[], progress: Progress): void {
  for (const attempt of attemptsToRestore(imported, { progress, local: readInProgress })) writeInProgress(attempt);
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
