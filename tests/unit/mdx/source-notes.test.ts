import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sourceNotes } from '../../../src/lib/mdx/satteri-plugins.ts';
import { createCitationCounter } from '../../../src/lib/mdx/source-notes.ts';

describe('createCitationCounter', () => {
  it('numbers sources by first citation; a source cited again points to the same note', () => {
    const counter = createCitationCounter();
    expect(['S10', 'S22', 'S10', 'S10', 'S5'].map((id) => counter.cite(id))).toEqual([
      { n: 1, at: 1 },
      { n: 2, at: 1 },
      { n: 1, at: 2 },
      { n: 1, at: 3 },
      { n: 3, at: 1 },
    ]);
    expect(counter.notes()).toEqual([
      { id: 'S10', n: 1, uses: 3 },
      { id: 'S22', n: 2, uses: 1 },
      { id: 'S5', n: 3, uses: 1 },
    ]);
  });
});

const compile = async (source: string) =>
  (
    await mdxToJs(source, {
      hastPlugins: [sourceNotes],
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    })
  ).code;

describe('sourceNotes', () => {
  it('numbers each <Sumber> in document order and ends the page with one note per source', async () => {
    const code = await compile(
      ['## Angka', '', 'Satu.<Sumber id="S10" /> Dua.<Sumber id="S22" />', '', 'Tiga.<Sumber id="S10" />'].join('\n'),
    );
    const citations = [...code.matchAll(/_jsx\(Sumber, \{([^}]*)\}/g)].map((m) =>
      (m[1] ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(citations).toEqual([
      'id: "S10", n: "1", at: "1"',
      'id: "S22", n: "2", at: "1"',
      'id: "S10", n: "1", at: "2"',
      'id: "S10", n: "1", uses: "2"',
      'id: "S22", n: "2", uses: "1"',
    ]);
    expect(code).toMatch(/_components\.section, \{\s*class: "catatan-sumber",\s*"aria-labelledby": "catatan-sumber"/);
    expect(code).toContain(String.raw`<h2 id=\"catatan-sumber\">Catatan sumber</h2>`);
  });

  it('adds nothing to a page that cites no source', async () => {
    expect(await compile('Tanpa sumber.')).not.toContain('catatan-sumber');
  });
});
