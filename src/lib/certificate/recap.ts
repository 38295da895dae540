import { recapStrings as t } from '../../i18n/recap.ts';
import { seatStrings } from '../../i18n/seats.ts';
import type { Seat } from '../../schemas/common.ts';
import { writeCsv } from '../progress/csv-text.ts';
import type { LearnerProfile, QuizAttempt } from '../../schemas/progress.ts';
import { regradeAttempt, type QuestionGrader, type QuizKey, type RegradedAttempt } from './regrade.ts';
import {
  examOutcome,
  moduleResults,
  type ExamOutcome,
  type ExamRule,
  type ModuleResult,
  type ModuleRule,
  type ProgressView,
} from './results.ts';

/** One dropped file. */
export interface RecapFile {
  readonly name: string;
  readonly text: string;
}

/** Decodes a progress file (the progress codec with its digest bound). */
export type DecodeFile = (
  text: string,
) => Promise<{ ok: true; progress: RecapProgress } | { ok: false; error: string }>;

/** The progress fields the recap reads. */
export interface RecapProgress extends ProgressView {
  readonly profile?: LearnerProfile | undefined;
  readonly seat?: Seat | undefined;
}

/** One member in the recap. */
export interface RecapRow {
  /** Position in the drop, stable id for selection. */
  readonly index: number;
  readonly file: string;
  readonly profile: LearnerProfile | undefined;
  /** The function the member said they serve in. */
  readonly seat: Seat | undefined;
  readonly results: readonly ModuleResult[];
  /** Problems found while re-grading, in Indonesian. */
  readonly problems: readonly string[];
  /** Whether any quiz attempt was hand-edited, or an exam attempt broke its course's attempt policy. */
  readonly forged: boolean;
  /** Every quiz attempt of the file, re-graded, in the file's order. */
  readonly attempts: readonly RegradedAttempt[];
  /** Final exam outcomes by bank (quiz id), re-graded and checked against the attempt policy. */
  readonly exams: Readonly<Record<string, ExamOutcome>>;
}

/** A file that could not be read, with the reason. */
export interface BrokenFile {
  readonly file: string;
  readonly error: string;
}

/** The recap of a drop of progress files. */
export interface Recap {
  readonly rows: readonly RecapRow[];
  readonly broken: readonly BrokenFile[];
}

/** What the recap needs besides the files. */
export interface RecapContext {
  readonly decode: DecodeFile;
  readonly modules: readonly ModuleRule[];
  readonly quizzes: readonly QuizKey[];
  readonly grade: QuestionGrader;
  /** The courses' final exams (bank and attempt policy). */
  readonly exams?: readonly ExamRule[];
}

/** Reads every file (a broken one never stops the others), re-grades every quiz attempt and builds the rows. */
export async function buildRecap(files: readonly RecapFile[], context: RecapContext): Promise<Recap> {
  const rows: RecapRow[] = [];
  const broken: BrokenFile[] = [];
  const keys = new Map(context.quizzes.map((q) => [q.id, q]));
  // Every file's decode starts at once, so that their digests (asynchronous, off the main thread in the browser)
  // overlap instead of each waiting for the one before.
  for (const [index, file] of files.entries()) {
    const decoded = await context.decode(file.text);
    if (!decoded.ok) {
      broken.push({ file: file.name, error: decoded.error });
      continue;
    }
    const { progress } = decoded;
    const problems: string[] = [];
    let forged = false;
    const regraded = new Map<QuizAttempt, RegradedAttempt>();
    for (const attempt of progress.quizAttempts) {
      const r = regradeAttempt(attempt, keys.get(attempt.quizId), context.grade);
      regraded.set(attempt, r);
      if (r.forged) forged = true;
      problems.push(...r.problems.map((p) => t.inQuiz(attempt.quizId, p)));
    }
    const judge = (a: QuizAttempt) => regraded.get(a) ?? regradeAttempt(a, keys.get(a.quizId), context.grade);
    const results = moduleResults(progress, context.modules, judge);
    const exams: Record<string, ExamOutcome> = {};
    for (const exam of context.exams ?? []) {
      const outcome = examOutcome(progress, exam, judge);
      exams[exam.bank] = outcome;
      for (const { attempt, breach } of outcome.breaches) {
        forged = true;
        problems.push((breach === 'too-early' ? t.examTooEarly : t.examBeyondLimit)(attempt.startedAt));
      }
    }
    if (!progress.profile) problems.push(t.noProfile);
    rows.push({
      index,
      file: file.name,
      profile: progress.profile,
      seat: progress.seat,
      results,
      problems: [...new Set(problems)],
      forged,
      attempts: [...regraded.values()],
      exams,
    });
  }
  return { rows, broken };
}

/** Columns the recap can be sorted by. */
export type SortKey = 'name' | 'nrp' | 'unit' | `module:${string}`;

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Rows whose name, NRP, role or unit contain the query (case-insensitive), optionally only flagged ones. */
export function filterRows(rows: readonly RecapRow[], query: string, onlyFlagged = false): RecapRow[] {
  const q = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (onlyFlagged && !row.forged) return false;
    if (!q) return true;
    const p = row.profile;
    return [p?.name, p?.nrp, p?.role, p?.unit, p?.rank, row.file].some((v) => v?.toLowerCase().includes(q));
  });
}

/** Rows sorted by a column; modules sort by state, then score. */
export function sortRows(rows: readonly RecapRow[], key: SortKey, direction: 'asc' | 'desc'): RecapRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (row: RecapRow): string => {
    if (key === 'name') return row.profile?.name ?? '';
    if (key === 'nrp') return row.profile?.nrp ?? row.profile?.role ?? '';
    if (key === 'unit') return row.profile?.unit ?? '';
    const r = row.results.find((x) => x.moduleId === key.slice('module:'.length));
    const rank = { selesai: 2, diragukan: 1, belum: 0 }[r?.state ?? 'belum'];
    return `${rank}-${String(r?.score ?? -1).padStart(3, '0')}`;
  };
  return [...rows].sort((a, b) => sign * collator.compare(value(a), value(b)) || a.index - b.index);
}

/** A course's final exam as a recap column. */
export interface ExamColumn {
  /** Quiz id of the exam bank. */
  readonly bank: string;
  /** Title of the course. */
  readonly course: string;
}

/** A member's final exam: the pass the attempt policy allowed, else how many attempts the file records. */
export interface ExamCell {
  readonly state: keyof typeof t.examStates;
  readonly score: number | null;
  readonly on: string | null;
  readonly attempts: number;
}

/** The exam cell of one member for one course (a forged or disallowed pass never counts: see examOutcome). */
export function examCell(row: RecapRow, bank: string): ExamCell {
  const pass = row.exams[bank]?.pass ?? null;
  const attempts = row.attempts.filter((a) => a.attempt.quizId === bank).length;
  const state = pass ? 'lulus' : attempts > 0 ? 'belum-lulus' : 'belum';
  return { state, score: pass?.score ?? null, on: pass?.on ?? null, attempts };
}

/** The recap as CSV (comma-separated, formula-like cells neutralised by writeCsv), one line per member. */
export function recapToCsv(
  rows: readonly RecapRow[],
  modules: readonly ModuleRule[],
  exams: readonly ExamColumn[] = [],
): string {
  const { csv } = t;
  const header: string[] = [csv.name, csv.idOrRole, csv.rank, csv.unit, seatStrings.recapColumn, csv.file, csv.notes];
  for (const m of modules) header.push(csv.status(m.title), csv.score(m.title), csv.date(m.title));
  for (const e of exams) {
    const title = t.examColumn(e.course);
    header.push(csv.status(title), csv.score(title), csv.date(title));
  }
  const data = rows.map((row) => {
    const p = row.profile;
    const line: (string | number)[] = [
      p?.name ?? '',
      p?.nrp ?? p?.role ?? '',
      p?.rank ?? '',
      p?.unit ?? '',
      row.seat === undefined ? '' : seatStrings.labels[row.seat],
      row.file,
      row.problems.join('; '),
    ];
    for (const m of modules) {
      const r = row.results.find((x) => x.moduleId === m.id);
      line.push(t.states[r?.state ?? 'belum'], r?.score ?? '', r?.completedOn ?? '');
    }
    for (const e of exams) {
      const cell = examCell(row, e.bank);
      line.push(t.examStates[cell.state], cell.score ?? '', cell.on ?? '');
    }
    return line;
  });
  return writeCsv({ fields: header, data });
}
