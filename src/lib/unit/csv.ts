import { unitAnalysisStrings as t } from '../../i18n/unit-analysis.ts';
import { writeCsv } from '../progress/csv-text.ts';
import type { CourseAnalysis } from './analysis.ts';
import type { GroupBy, GroupResult } from './groups.ts';
import type { ItemStats } from './item-stats.ts';
import { FINDINGS, type MasteryShare } from './mastery.ts';

const percent = (s: MasteryShare | undefined) =>
  s?.share === null || s === undefined ? '' : Math.round(s.share * 100);
/**
 * A statistic rounded to two decimals, or empty when there is none. A number, not text: writeCsv neutralises text that
 * starts with "-" as a formula, which would turn a negative discrimination into text.
 */
const decimal = (value: number | null) => (value === null ? '' : Math.round(value * 100) / 100);

/** Per course and finding: members who master it and members assessed, before and after. */
export function findingsCsv(analyses: readonly CourseAnalysis[]): string {
  const { csv } = t;
  return writeCsv({
    fields: [
      csv.course,
      csv.finding,
      csv.beforeMasters,
      csv.beforeAssessed,
      csv.beforePercent,
      csv.afterMasters,
      csv.afterAssessed,
      csv.afterPercent,
    ],
    data: analyses.flatMap((a) =>
      FINDINGS.map((f) => {
        const before = a.before.get(f);
        const after = a.after.get(f);
        return [
          a.course.title,
          f,
          before?.masters ?? 0,
          before?.assessed ?? 0,
          percent(before),
          after?.masters ?? 0,
          after?.assessed ?? 0,
          percent(after),
        ];
      }),
    ),
  });
}

/** Per course and member: each finding mastered or not, before and after (empty where not assessed). */
export function memberFindingsCsv(analyses: readonly CourseAnalysis[]): string {
  const { csv } = t;
  const mark = (value: boolean | null | undefined) => (value === true ? csv.yes : value === false ? csv.no : '');
  return writeCsv({
    fields: [
      csv.course,
      csv.name,
      csv.idOrRole,
      csv.unit,
      ...FINDINGS.flatMap((f) => [csv.memberFinding(f, csv.beforeShort), csv.memberFinding(f, csv.afterShort)]),
    ],
    data: analyses.flatMap((a) =>
      a.members.map(({ row, before, after }) => [
        a.course.title,
        row.profile?.name ?? row.file,
        row.profile?.nrp ?? row.profile?.role ?? '',
        row.profile?.unit ?? '',
        ...FINDINGS.flatMap((f) => [mark(before?.get(f)), mark(after?.get(f))]),
      ]),
    ),
  });
}

/** Option frequencies as one cell: "a 50% (benar); b 30%; c 10%; kosong 1". */
export function optionSummary(stats: ItemStats): string {
  if (!stats.options) return '';
  const label = (id: string) => (id === 'true' ? t.trueOption : id === 'false' ? t.falseOption : id);
  const parts = stats.options.map(
    (o) => `${label(o.id)} ${String(Math.round(o.share * 100))}%${o.correct ? ` ${t.correctMark}` : ''}`,
  );
  if (stats.skipped > 0) parts.push(`${t.skipped} ${String(stats.skipped)}`);
  return parts.join('; ');
}

/** Why an item is flagged, in Indonesian. */
export const flagText = (stats: ItemStats) => stats.flags.map((f) => t.flag[f]).join('; ');

/** Every item of every analysed quiz with its statistics and flags. */
export function itemsCsv(analyses: readonly CourseAnalysis[]): string {
  const { csv } = t;
  return writeCsv({
    fields: [
      csv.course,
      csv.quiz,
      csv.question,
      csv.type,
      csv.module,
      csv.findings,
      csv.level,
      csv.answers,
      csv.facility,
      csv.discrimination,
      csv.options,
      csv.flags,
    ],
    data: analyses.flatMap((a) =>
      a.items.flatMap(({ key, stats }) =>
        stats.map((s) => [
          a.course.title,
          key.id,
          s.question.id,
          s.question.type,
          s.question.module ?? '',
          (s.question.findings ?? []).join(' '),
          s.question.level ?? '',
          s.answers,
          decimal(s.facility),
          decimal(s.discrimination),
          optionSummary(s),
          flagText(s),
        ]),
      ),
    ),
  });
}

/** Results per group of every course, for each way of grouping shown. */
export function groupsCsv(
  tables: readonly { readonly course: string; readonly by: GroupBy; readonly groups: readonly GroupResult[] }[],
): string {
  const { csv } = t;
  return writeCsv({
    fields: [
      csv.course,
      csv.groupKind,
      csv.group,
      csv.members,
      csv.courseDone,
      csv.examTaken,
      csv.examPassed,
      csv.examMean,
    ],
    data: tables.flatMap(({ course, by, groups }) =>
      groups.map((g) => [
        course,
        by === 'function' ? t.groupsByFunction : t.groupsByUnit,
        g.group ?? (by === 'function' ? t.noFunction : t.noUnit),
        g.members,
        g.courseDone,
        g.examTaken,
        g.examPassed,
        g.examMean ?? '',
      ]),
    ),
  });
}
