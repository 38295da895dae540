import { unitAnalysisStrings as t } from '../../i18n/unit-analysis.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { FINDINGS, type MasteryShare } from './mastery.ts';

/** Bar colours: both reach at least 4.5:1 on white, so the bars and the values next to them read for everyone. */
export const CHART_COLORS = { before: '#5f6b76', after: '#0b3d6b', text: '#14171a' } as const;

const WIDTH = 340;
const LABEL = 74;
const VALUE = 100;
const BAR = 16;
const ROW = 2 * BAR + 18;
const TOP = 34;

const percentOf = (s: MasteryShare | undefined) => (s?.share == null ? null : Math.round(s.share * 100));
const valueText = (s: MasteryShare | undefined) => {
  const p = percentOf(s);
  return p === null || !s ? t.notAssessed : `${String(p)}% (${String(s.masters)}/${String(s.assessed)})`;
};

/**
 * The share of members who master each finding before and after, as an SVG of horizontal bar pairs: a text label per
 * finding, the value (percent and members) written next to each bar, a legend, and an aria-label that says every value
 * (the page also gives the same figures as a table).
 */
export function findingsChartSvg(
  course: string,
  before: ReadonlyMap<number, MasteryShare>,
  after: ReadonlyMap<number, MasteryShare>,
): string {
  const span = WIDTH - LABEL - VALUE;
  const height = TOP + FINDINGS.length * ROW;
  const label = t.chartLabel(
    course,
    FINDINGS.map((f) => t.chartPart(f, valueText(before.get(f)), valueText(after.get(f)))).join(' '),
  );
  const bar = (s: MasteryShare | undefined, y: number, color: string) => {
    const p = percentOf(s);
    const w = p === null ? 0 : Math.max(1, (p / 100) * span);
    return `${p === null ? '' : `<rect x="${String(LABEL)}" y="${String(y)}" width="${w.toFixed(1)}" height="${String(BAR)}" fill="${color}"/>`}<text x="${(LABEL + w + 4).toFixed(1)}" y="${String(y + BAR - 4)}">${escapeHtml(valueText(s))}</text>`;
  };
  const rows = FINDINGS.map((f, i) => {
    const y = TOP + i * ROW;
    return `<text x="0" y="${String(y + BAR + 4)}" font-weight="600">${escapeHtml(t.findingLabel(f))}</text>${bar(before.get(f), y, CHART_COLORS.before)}${bar(after.get(f), y + BAR + 2, CHART_COLORS.after)}`;
  }).join('');
  const legend = `<rect x="0" y="6" width="12" height="12" fill="${CHART_COLORS.before}"/><text x="16" y="16">${escapeHtml(t.before)}</text><rect x="170" y="6" width="12" height="12" fill="${CHART_COLORS.after}"/><text x="186" y="16">${escapeHtml(t.after)}</text>`;
  return `<svg class="findings-chart" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${String(WIDTH)} ${String(height)}" font-size="12" fill="${CHART_COLORS.text}" xmlns="http://www.w3.org/2000/svg">${legend}${rows}</svg>`;
}
