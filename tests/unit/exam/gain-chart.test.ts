import { describe, expect, it } from 'vitest';
import { gainChartSvg } from '../../../src/lib/exam/gain-chart.ts';

const labels = {
  title: 'Diagram <uji>',
  finding: (n: number) => `Temuan ${n}`,
  before: 'Pra-tes',
  after: 'Ujian akhir',
  percent: (n: number | null) => (n === null ? '–' : `${n}%`),
};

describe('gainChartSvg', () => {
  it('draws two labelled, valued bars per finding, widths proportional to the percent', () => {
    const svg = gainChartSvg(
      [
        { finding: 2, before: 25, after: 100, gain: 75 },
        { finding: 5, before: null, after: 50, gain: null },
      ],
      labels,
    );
    expect(svg.match(/<g>/g)).toHaveLength(2);
    expect(svg).toContain('>Temuan 2<');
    expect(svg).toContain('>25%<');
    expect(svg).toContain('>–<');
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[1]).toBeCloseTo(widths[0] ? widths[0] * 4 : 0, 0);
    expect(widths[2]).toBe(0);
    expect(svg).toContain('role="img" aria-label="Diagram &lt;uji&gt;"');
  });
});
