import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { evaluateMdx } from '../../../src/client/studio/evaluate-mdx.ts';
import { rehypeSourceNotes, rehypeTableRegions } from '../../../src/lib/mdx/rehype.ts';
import { sourceNotes, tableRegions } from '../../../src/lib/mdx/satteri-plugins.ts';

// The rehype plugins (for the studio's @mdx-js/mdx compiler) do what the Sätteri plugins the build runs do: the same
// region names and the same citation and note numbers, on the same page.

const SOURCE = [
  '## Titik serah terima',
  '',
  'Satu <Sumber id="S10" /> dua <Sumber id="S1" /> tiga <Sumber id="S10" />.',
  '',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '',
  '| c | d |\n|---|---|\n| 3 | 4 |',
  '',
  '<table>',
  '  <caption>Jadwal patroli</caption>',
  '  <tr><td>1</td></tr>',
  '</table>',
  '',
  '<Callout>',
  '  Lagi <Sumber id="S1" />.',
  '</Callout>',
].join('\n');

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Region names, citations and notes of a hast tree, in document order. */
function marks(tree: Node): string[] {
  const out: string[] = [];
  const attr = (node: Node, name: string) => {
    const value = node.attributes?.find((a) => a.name === name)?.value;
    return typeof value === 'string' ? value : '';
  };
  const walk = (node: Node) => {
    if (node.type === 'element' && node.properties?.role === 'region')
      out.push(`region ${String(node.properties.ariaLabel)}`);
    if (node.name === 'Sumber') {
      out.push(
        node.attributes?.some((a) => a.name === 'uses')
          ? `note ${attr(node, 'id')} ${attr(node, 'n')} ${attr(node, 'uses')}`
          : `cite ${attr(node, 'id')} ${attr(node, 'n')} ${attr(node, 'at')}`,
      );
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

type Content = Awaited<ReturnType<typeof evaluateMdx>>;

/** Region names, citations and notes of a compiled page, rendered with stand-ins for the components. */
function pageMarks(Content: Content): string[] {
  const Sumber = (p: { id: string; n: string; at?: string; uses?: string }) =>
    createElement('i', { 'data-mark': p.uses ? `note ${p.id} ${p.n} ${p.uses}` : `cite ${p.id} ${p.n} ${p.at ?? ''}` });
  const Callout = (p: { children: unknown }) => createElement('aside', null, p.children as never);
  const html = renderToStaticMarkup(createElement(Content as never, { components: { Sumber, Callout } }));
  return [...html.matchAll(/aria-label="([^"]*)"|data-mark="([^"]*)"/g)].map((m) =>
    m[1] === undefined ? (m[2] ?? '') : `region ${m[1]}`,
  );
}

/** The page as the build makes it: Sätteri with the site's hast plugins (astro.config.mjs). */
async function buildPage(): Promise<Content> {
  const { code } = await mdxToJs(SOURCE, { outputFormat: 'function-body', hastPlugins: [tableRegions, sourceNotes] });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return (new Function(code) as (rt: typeof runtime) => { default: Content })(runtime).default;
}

describe('rehypeTableRegions and rehypeSourceNotes', () => {
  it('name the regions and number the citations and notes as the build plugins do', async () => {
    const tree = structuredClone(mdxToHast(SOURCE)) as Node;
    rehypeTableRegions()(tree);
    rehypeSourceNotes()(tree);
    const expected = pageMarks(await buildPage());
    expect(expected).toContain('region Titik serah terima (2)');
    expect(expected).toContain('note S10 1 2');
    expect(marks(tree)).toEqual(expected);
    // The studio's browser compiler (@mdx-js/mdx with these plugins) gives the page the build gives.
    expect(pageMarks(await evaluateMdx(SOURCE, 'modules/01-x/01-y.mdx'))).toEqual(expected);
  });
});
