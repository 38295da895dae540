// Exam attempts in progress in the export file: carried with their own digest, read back, left out when unreadable,
// ignored by the file's own digest (so an older Sinergi still reads the file), and restored by a clear policy.
import { describe, expect, it } from 'vitest';
import { attemptIdOf, attemptsToRestore } from '../../../src/lib/exam/in-progress.ts';
import { canonicalJson } from '../../../src/lib/progress/canonical-json.ts';
import { decodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import type { ExamInProgress } from '../../../src/schemas/progress.ts';
import { attempt, sha256, tickingClock } from './helpers.ts';

const now = () => new Date('2026-11-28T07:10:00.000Z');
const progress = createEmptyProgress(tickingClock());
const running: ExamInProgress = {
  quizId: 'ujian-akhir',
  seed: 42,
  startedAt: '2026-11-28T07:00:00.000Z',
  deadline: '2026-11-28T07:30:00.000Z',
  answers: [
    { questionId: 'q1', response: { type: 'single', optionId: 'b' }, credit: 0 },
    { questionId: 'q2', response: { type: 'truefalse', value: false }, credit: 0 },
  ],
};
const decode = (text: string) => decodeProgressFile(text, { digest: sha256 });
const encode = (examsInProgress: ExamInProgress[]) =>
  encodeProgressFile(progress, { now, digest: sha256, examsInProgress });

describe('exam attempts in progress in the progress file', () => {
  it('are written in their own section and read back with their seed, start, deadline and answers', async () => {
    const text = await encode([running]);
    const file = JSON.parse(text) as { examsInProgress: { attempts: unknown[]; digest: { value: string } } };
    expect(file.examsInProgress.attempts).toEqual([running]);
    expect(file.examsInProgress.digest.value).toMatch(/^[0-9a-f]{64}$/);
    expect(await decode(text)).toMatchObject({ ok: true, progress, examsInProgress: [running], unreadableExams: 0 });
  });

  it('are absent from a file with none, and an older file reads with none', async () => {
    const text = await encode([]);
    expect(text).not.toContain('examsInProgress');
    expect(await decode(text)).toMatchObject({ ok: true, examsInProgress: [], unreadableExams: 0 });
  });

  it('leave the file digest as it was, so a Sinergi that predates them still reads the file', async () => {
    const file = JSON.parse(await encode([running])) as Record<string, unknown> & { digest: { value: string } };
    const { app, kind, version, exportedAt, progress: p } = file;
    expect(await sha256(canonicalJson({ app, kind, version, exportedAt, progress: p }))).toBe(file.digest.value);
  });

  it('refuse a section changed after export, saying which part', async () => {
    const file = JSON.parse(await encode([running])) as { examsInProgress: { attempts: ExamInProgress[] } };
    // More time: the deadline moved by an hour.
    const [first] = file.examsInProgress.attempts;
    if (first) first.deadline = '2026-11-28T08:30:00.000Z';
    const result = await decode(JSON.stringify(file));
    expect(result.ok ? 'ok' : `${result.reason}: ${result.error}`).toMatchInlineSnapshot(
      `"digest: Sidik SHA-256 bagian "ujian yang sedang berjalan" tidak cocok: isinya berubah atau rusak setelah diekspor. Ekspor ulang dari perangkat asal."`,
    );
    const unsealed = JSON.parse(await encode([running])) as Record<string, unknown>;
    unsealed['examsInProgress'] = { attempts: [running] };
    expect(await decode(JSON.stringify(unsealed))).toMatchObject({ ok: false, reason: 'digest' });
  });

  it('leave out, and count, an attempt this version cannot read (a newer Sinergi wrote it); the rest imports', async () => {
    const newer = { ...running, quizId: 'pre-tes', pausedAt: '2026-11-28T07:05:00.000Z' } as ExamInProgress;
    expect(await decode(await encode([running, newer]))).toMatchObject({
      ok: true,
      progress,
      examsInProgress: [running],
      unreadableExams: 1,
    });
  });
});

describe('which imported attempts in progress a device resumes', () => {
  const none = () => null;
  it('resumes an attempt the device does not have', () => {
    expect(attemptsToRestore([running], { progress, local: none })).toEqual([running]);
  });

  it('drops an attempt already recorded as finished', () => {
    const finished = { ...progress, quizAttempts: [attempt({ id: attemptIdOf(running), quizId: running.quizId })] };
    expect(attemptsToRestore([running], { progress: finished, local: none })).toEqual([]);
  });

  it('leaves another attempt of the same exam running here alone', () => {
    const other = { ...running, seed: 9, answers: [] };
    expect(attemptsToRestore([running], { progress, local: () => other })).toEqual([]);
  });

  it('takes the same attempt from the file only when it has more answers', () => {
    const fewer = { ...running, answers: running.answers.slice(0, 1) };
    expect(attemptsToRestore([running], { progress, local: () => fewer })).toEqual([running]);
    expect(attemptsToRestore([fewer], { progress, local: () => running })).toEqual([]);
  });
});
