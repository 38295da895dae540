import { seatStrings } from '../../i18n/seats.ts';
import type { RecapRow } from '../certificate/recap.ts';
import { examAttempt, type CourseAssessment } from './analysis.ts';

/** How members are grouped: by the function they serve in, or by their unit. */
export type GroupBy = 'function' | 'unit';

/** The group a member's row falls in: the label of the function they named (`seat`), or their unit. */
function groupOf(row: RecapRow, by: GroupBy): string | null {
  if (by === 'unit') return row.profile?.unit ?? null;
  return row.seat === undefined ? null : seatStrings.labels[row.seat];
}

/** Completion and final-exam results of one group for one course. */
export interface GroupResult {
  /** Function label or unit name; null for members who have not filled it in. */
  readonly group: string | null;
  readonly members: number;
  /** Members with every module of the course complete ("selesai"). */
  readonly courseDone: number;
  /** Members with an exam attempt that survives re-grading. */
  readonly examTaken: number;
  /** Members whose latest counted exam attempt passed. */
  readonly examPassed: number;
  /** Mean score of those attempts (percent, rounded), null when nobody took the exam. */
  readonly examMean: number | null;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Results per group, groups in alphabetical order and members without a group last. */
export function groupResults(rows: readonly RecapRow[], course: CourseAssessment, by: GroupBy): GroupResult[] {
  const groups = new Map<string | null, RecapRow[]>();
  for (const row of rows) {
    const group = groupOf(row, by);
    const list = groups.get(group);
    if (list) list.push(row);
    else groups.set(group, [row]);
  }
  const order = (a: string | null, b: string | null) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : collator.compare(a, b);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a, b))
    .map(([group, members]) => {
      const exams = course.exam
        ? members.flatMap((row) => {
            const exam = course.exam && examAttempt(row, course.exam.id);
            return exam ? [exam] : [];
          })
        : [];
      return {
        group,
        members: members.length,
        courseDone: members.filter((row) =>
          course.moduleIds.every((id) => row.results.find((r) => r.moduleId === id)?.state === 'selesai'),
        ).length,
        examTaken: exams.length,
        examPassed: exams.filter((e) => e.passed).length,
        examMean: exams.length === 0 ? null : Math.round(exams.reduce((sum, e) => sum + e.score, 0) / exams.length),
      };
    });
}
