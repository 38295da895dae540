import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableRegions } from '../../../src/lib/mdx/satteri-plugins.ts';

const table = (head: string) => `| ${head} | b |\n|---|---|\n| 1 | 2 |\n`;

/** The opening tag of each table's region, in order. */
const regions = (html: string) => html.match(/<div[^>]*>(?=<table)/g) ?? [];

describe('tableRegions', () => {
  it('puts each table in a focusable region named by the heading before it, numbered when repeated', async () => {
    const { html } = await markdownToHtml(
      `## Titik serah terima\n\n${table('a')}\n${table('c')}\n### Lain\n\n${table('e')}`,
      {
        hastPlugins: [tableRegions],
      },
    );
    expect(regions(html)).toEqual([
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Titik serah terima">',
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Titik serah terima (2)">',
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Lain">',
    ]);
    expect(html).toContain('<table>\n<thead>\n<tr>\n<th>a</th>');
  });

  it('names a table before any heading "Tabel"', async () => {
    const { html } = await markdownToHtml(table('a'), { hastPlugins: [tableRegions] });
    expect(regions(html)).toEqual(['<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel">']);
  });

  it('in MDX, names a table by its caption first, and reads author components inside a heading', async () => {
    const source = [
      '## Dasar <Term id="polmas">Polmas</Term>',
      '',
      table('a'),
      '<table>',
      '  <caption>Jadwal patroli</caption>',
      '  <tr><td>1</td></tr>',
      '</table>',
    ].join('\n');
    const { code } = await mdxToJs(source, {
      hastPlugins: [tableRegions],
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    });
    expect(code).toContain(String.raw`aria-label=\"Dasar Polmas\"><table>`);
    expect(code).toContain(String.raw`aria-label=\"Jadwal patroli\"><table><caption>Jadwal patroli</caption>`);
  });
});
