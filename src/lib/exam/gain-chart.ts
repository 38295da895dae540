import { escapeHtml as esc } from '../html/escape-html.ts';
import type { FindingGain } from './gain.ts';

/** Texts the chart prints (from the i18n dictionary). */
export interface GainChartLabels {
  readonly title: string;
  readonly finding: (n: number) => string;
  readonly before: string;
  readonly after: string;
  readonly percent: (n: number | null) => string;
}

const WIDTH = 320;
const LABEL = 64;
const BAR = 14;
const GAP = 4;
const GROUP = 2 * BAR + GAP + 22;

/**
 * A horizontal grouped bar chart as SVG markup: per finding, the pre-test bar above the final-exam bar, each named
 * and valued in text (not by colour alone). Scales to its container; the table beside it carries the same numbers.
 */
export function gainChartSvg(rows: readonly FindingGain[], labels: GainChartLabels): string {
  const plot = WIDTH - LABEL - 40;
  const height = rows.length * GROUP + 8;
  const bar = (y: number, value: number | null, kind: 'before' | 'after') => {
    const w = value === null ? 0 : Math.max(1, (value / 100) * plot);
    const name = kind === 'before' ? labels.before : labels.after;
    return (
      `<text x="0" y="${y + BAR - 3}" class="gain-axis">${esc(name)}</text>` +
      `<rect x="${LABEL}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" class="gain-${kind}" />` +
      `<text x="${(LABEL + w + 4).toFixed(1)}" y="${y + BAR - 3}" class="gain-value">${esc(labels.percent(value))}</text>`
    );
  };
  const groups = rows
    .map((row, i) => {
      const y = i * GROUP + 4;
      return (
        `<g><text x="0" y="${y + 12}" class="gain-finding">${esc(labels.finding(row.finding))}</text>` +
        bar(y + 16, row.before, 'before') +
        bar(y + 16 + BAR + GAP, row.after, 'after') +
        '</g>'
      );
    })
    .join('');
  return (
    `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(labels.title)}" ` +
    `xmlns="http://www.w3.org/2000/svg" class="gain-chart">${groups}</svg>`
  );
}
