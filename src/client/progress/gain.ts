// /progres: the learner's own gain per finding of the study, pre-test against final exam, as a chart and a table.
import { examUi as e } from '../../i18n/exam.ts';
import { gainByFinding, scoreByFinding, type FindingGain } from '../../lib/exam/gain.ts';
import { gainChartSvg } from '../../lib/exam/gain-chart.ts';
import { loadProgress } from './api.ts';
import type { QuizAttempt } from '../../schemas/progress.ts';

/** One course's pre-test and exam bank, with the findings of each question (no answers), embedded at build time. */
export interface GainCourse {
  readonly id: string;
  readonly title: string;
  readonly pretest: { readonly id: string; readonly questions: { id: string; findings?: number[] }[] };
  readonly exam: { readonly id: string; readonly questions: { id: string; findings?: number[] }[] };
}

const latest = (attempts: readonly QuizAttempt[]) =>
  [...attempts].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt)).at(-1);

function table(course: GainCourse, rows: readonly FindingGain[]): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'table-scroll';
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', e.tableCaption(course.title));
  const t = document.createElement('table');
  const caption = t.createCaption();
  caption.textContent = e.tableCaption(course.title);
  const head = t.createTHead().insertRow();
  // Short cells (the finding's number, the exam as "Ujian") keep the table within a 320 px screen.
  for (const text of [e.findingHeader, e.before, e.afterShort, e.gain]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(row.finding);
    tr.append(th);
    for (const text of [e.percentOrDash(row.before), e.percentOrDash(row.after), e.gainPoints(row.gain)]) {
      tr.insertCell().textContent = text;
    }
  }
  wrap.append(t);
  return wrap;
}

/** Fills the section from the progress on this device. */
export function mountGain(): void {
  const root = document.getElementById('kemajuan-temuan');
  const data = document.getElementById('gain-courses');
  if (!root || !data) return;
  const courses = JSON.parse(data.textContent) as GainCourse[];
  const progress = loadProgress();
  const out: HTMLElement[] = [];
  for (const course of courses) {
    const pre = progress.quizAttempts.find((a) => a.quizId === course.pretest.id);
    const exam = latest(progress.quizAttempts.filter((a) => a.quizId === course.exam.id));
    if (!pre && !exam) continue;
    const rows = gainByFinding(
      pre ? scoreByFinding(pre, course.pretest.questions) : [],
      exam ? scoreByFinding(exam, course.exam.questions) : [],
    );
    const h = document.createElement('h3');
    h.textContent = course.title;
    const figure = document.createElement('figure');
    // Built from numbers and escaped texts only (gainChartSvg escapes every label).
    figure.innerHTML = gainChartSvg(rows, {
      title: e.chartLabel(course.title),
      finding: e.finding,
      before: e.before,
      after: e.after,
      percent: e.percentOrDash,
    });
    out.push(h, figure, table(course, rows));
  }
  if (out.length > 0) root.querySelector('[data-gain-none]')?.setAttribute('hidden', '');
  root.querySelector('[data-gain-list]')?.replaceChildren(...out);
}
