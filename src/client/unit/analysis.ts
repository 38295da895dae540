// /satuan/: what the unit's members learned (mastery per finding before and after, as a chart and a table), the item
// analysis of the pre-test and final exam for trainers, and completion and exam results per function or unit.
import { unitAnalysisStrings as t } from '../../i18n/unit-analysis.ts';
import type { Recap } from '../../lib/certificate/recap.ts';
import { escapeHtml as esc } from '../../lib/html/escape-html.ts';
import { analyseCourse, type CourseAnalysis, type CourseAssessment } from '../../lib/unit/analysis.ts';
import type { AnswerKey } from '../../lib/unit/answer-key.ts';
import { findingsCsv, flagText, groupsCsv, itemsCsv, memberFindingsCsv, optionSummary } from '../../lib/unit/csv.ts';
import { findingsChartSvg } from '../../lib/unit/findings-chart.ts';
import { groupResults, type GroupBy, type GroupResult } from '../../lib/unit/groups.ts';
import type { ItemStats } from '../../lib/unit/item-stats.ts';
import { FINDINGS, type MasteryShare } from '../../lib/unit/mastery.ts';
import { downloadCsv } from '../platform/download.ts';

/** A course as the page data lists it: the analysis's course, with its pre-test and exam named by quiz id. */
export type CourseAssessmentIds = Omit<CourseAssessment, 'pretest' | 'exam'> & {
  readonly pretest?: string | undefined;
  readonly exam?: string | undefined;
};

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const percent = (s: MasteryShare | undefined) =>
  s?.share == null ? t.notAssessed : t.share(s.masters, s.assessed, Math.round(s.share * 100));
const decimal = (value: number | null) => (value === null ? '–' : value.toFixed(2).replace('.', ','));
const gain = (before: MasteryShare | undefined, after: MasteryShare | undefined) =>
  before?.share == null || after?.share == null
    ? '–'
    : t.points(Math.round(after.share * 100) - Math.round(before.share * 100));

function findingsHtml(a: CourseAnalysis): string {
  const rows = FINDINGS.map((f) => {
    const before = a.before.get(f);
    const after = a.after.get(f);
    return `<tr><th scope="row"><a href="/tentang/#temuan-${String(f)}">${esc(t.findingLabel(f))}</a></th><td>${esc(percent(before))}</td><td>${esc(percent(after))}</td><td>${esc(gain(before, after))}</td></tr>`;
  }).join('');
  return `<figure class="chart">${findingsChartSvg(a.course.title, a.before, a.after)}</figure>
<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(t.tableCaption(a.course.title))}"><table>
<caption>${esc(t.tableCaption(a.course.title))}</caption>
<thead><tr><th scope="col">${esc(t.finding)}</th><th scope="col">${esc(t.before)}</th><th scope="col">${esc(t.after)}</th><th scope="col">${esc(t.gain)}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function itemRowHtml(s: ItemStats): string {
  const flagged = s.flags.length > 0;
  return `<tr class="${flagged ? 'flagged' : ''}" data-flagged="${String(flagged)}"><th scope="row">${esc(s.question.id)}</th><td>${esc(s.question.module ?? '')}</td><td>${esc((s.question.findings ?? []).join(', '))}</td><td>${String(s.answers)}</td><td>${decimal(s.facility)}</td><td>${decimal(s.discrimination)}</td><td>${esc(optionSummary(s))}</td><td>${flagged ? `<strong>${esc(flagText(s))}</strong>` : ''}</td></tr>`;
}

function itemsHtml(a: CourseAnalysis): string {
  return a.items
    .map(({ key, stats }) => {
      const caption = t.itemsCaption(key.title);
      const body = stats.some((s) => s.answers > 0)
        ? `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(caption)}"><table>
<caption>${esc(caption)}</caption>
<thead><tr><th scope="col">${esc(t.question)}</th><th scope="col">${esc(t.module)}</th><th scope="col">${esc(t.finding)}</th><th scope="col">${esc(t.answers)}</th><th scope="col">${esc(t.facility)}</th><th scope="col">${esc(t.discrimination)}</th><th scope="col">${esc(t.options)}</th><th scope="col">${esc(t.flags)}</th></tr></thead>
<tbody>${stats.map(itemRowHtml).join('')}</tbody></table></div>`
        : `<p>${esc(caption)}: ${esc(t.noItems)}</p>`;
      return body;
    })
    .join('');
}

function groupsHtml(course: string, by: GroupBy, groups: readonly GroupResult[]): string {
  const title = t.groupsCaption(by === 'function' ? t.groupsByFunction : t.groupsByUnit, course);
  const rows = groups
    .map(
      (g) =>
        `<tr><th scope="row">${esc(g.group ?? (by === 'function' ? t.noFunction : t.noUnit))}</th><td>${String(g.members)}</td><td>${String(g.courseDone)}</td><td>${String(g.examTaken)}</td><td>${String(g.examPassed)}</td><td>${g.examMean === null ? '–' : String(g.examMean)}</td></tr>`,
    )
    .join('');
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(title)}"><table>
<caption>${esc(title)}</caption>
<thead><tr><th scope="col">${esc(t.group)}</th><th scope="col">${esc(t.members)}</th><th scope="col">${esc(t.courseDone)}</th><th scope="col">${esc(t.examTaken)}</th><th scope="col">${esc(t.examPassed)}</th><th scope="col">${esc(t.examMean)}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** The courses with their pre-test and exam keys, as far as the fetched keys know them. */
function assessments(courses: readonly CourseAssessmentIds[], keys: readonly AnswerKey[]): CourseAssessment[] {
  const byId = new Map(keys.map((k) => [k.id, k]));
  return courses.map((c) => ({
    id: c.id,
    title: c.title,
    moduleIds: c.moduleIds,
    pretest: c.pretest === undefined ? undefined : byId.get(c.pretest),
    exam: c.exam === undefined ? undefined : byId.get(c.exam),
  }));
}

/** Wires the analysis sections and returns the function that fills them for a recap. */
export function mountUnitAnalysis(
  courses: readonly CourseAssessmentIds[],
): (recap: Recap, keys: readonly AnswerKey[]) => void {
  let analyses: CourseAnalysis[] = [];
  let groupTables: { course: string; by: GroupBy; groups: GroupResult[] }[] = [];
  const exports: [string, string, () => string][] = [
    ['unit-csv-findings', 'temuan-satuan.csv', () => findingsCsv(analyses)],
    ['unit-csv-members', 'temuan-per-anggota.csv', () => memberFindingsCsv(analyses)],
    ['unit-csv-items', 'analisis-butir.csv', () => itemsCsv(analyses)],
    ['unit-csv-groups', 'hasil-per-kelompok.csv', () => groupsCsv(groupTables)],
  ];
  for (const [id, name, text] of exports) {
    $(id).addEventListener('click', () => {
      downloadCsv(name, text());
    });
  }
  $<HTMLInputElement>('unit-items-flagged').addEventListener('change', (e) => {
    $('unit-items').classList.toggle('only-flagged', (e.target as HTMLInputElement).checked);
  });
  $('unit-print-analysis').addEventListener('click', () => {
    const main = $('isi');
    $('unit-sheets').innerHTML = '';
    main.classList.add('print-analysis');
    window.addEventListener(
      'afterprint',
      () => {
        main.classList.remove('print-analysis');
      },
      { once: true },
    );
    window.print();
  });

  return (recap, keys) => {
    analyses = assessments(courses, keys).map((course) => analyseCourse(recap.rows, course));
    const taken = analyses.filter((a) => a.members.length > 0);
    const byFunction = recap.rows.some((row) => row.seat !== undefined);
    const ways: GroupBy[] = byFunction ? ['function', 'unit'] : ['unit'];
    groupTables = analyses.flatMap((a) =>
      ways.map((by) => ({ course: a.course.title, by, groups: groupResults(recap.rows, a.course, by) })),
    );
    const courseBlock = (a: CourseAnalysis, body: string) => `<h3>${esc(a.course.title)}</h3>${body}`;
    $('unit-findings').innerHTML =
      taken.length === 0 ? `<p>${esc(t.noAssessment)}</p>` : taken.map((a) => courseBlock(a, findingsHtml(a))).join('');
    $('unit-items').innerHTML = taken.map((a) => courseBlock(a, itemsHtml(a))).join('');
    $('unit-groups').innerHTML = analyses
      .map((a) =>
        courseBlock(
          a,
          groupTables
            .filter((g) => g.course === a.course.title)
            .map((g) => groupsHtml(g.course, g.by, g.groups))
            .join(''),
        ),
      )
      .join('');
    $('unit-analysis').hidden = false;
  };
}
