// The site's two MDX hast plugins for Sätteri, the compiler the build runs (astro.config.mjs). Their numbering and
// naming live in source-notes.ts and table-regions.ts, free of Sätteri, so the studio's browser compiler runs the same
// rules through rehype.ts.
import { defineHastPlugin, type HastNode, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { CITATION_COMPONENT, citationAttribute, createCitationCounter, notesSection } from './source-notes.ts';
import { createRegionNamer, HEADINGS, regionProperties } from './table-regions.ts';

type CitationElement = Extract<HastNode, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>;

const idOf = (node: CitationElement): string => {
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof id?.value === 'string' ? id.value : '';
};

/**
 * A Sätteri hast plugin: every `<Sumber id="S10" />` of a page gets its note number (`n`) and its place among that
 * note's citations (`at`), and the page ends with a "Sumber" section listing each cited source once, as `<Sumber>`
 * notes with links back to every citation. Numbering happens at build time, so the page needs no script.
 */
export const sourceNotes: HastPluginEntry = () => {
  // State of one document: the factory runs once per compile.
  const counter = createCitationCounter();
  const visit = (node: CitationElement, ctx: HastVisitorContext) => {
    const { n, at } = counter.cite(idOf(node));
    ctx.replaceNode(node, {
      ...node,
      attributes: [...node.attributes, citationAttribute('n', n), citationAttribute('at', at)],
    });
  };
  const filter = [CITATION_COMPONENT];
  return defineHastPlugin({
    name: 'sinergi:source-notes',
    mdxJsxTextElement: { filter, visit },
    mdxJsxFlowElement: { filter, visit },
    after(root, ctx) {
      if (counter.notes().length === 0) return;
      ctx.appendChild(root, notesSection(counter.notes()));
    },
  });
};

/** A node's tag: an HTML element's (Markdown tables, headings) or an MDX JSX element's (`<table>` written in MDX). */
const tagOf = (node: HastNode): string | null | undefined =>
  node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' ? node.name : undefined;

/**
 * A Sätteri hast plugin: every table of a lesson goes into its own scrolling region, so that a wide table scrolls
 * sideways by itself while the page reflows at 320 px (WCAG 1.4.10). The region is focusable, so a keyboard can scroll
 * it, and named by the table's caption, else by the heading before it (numbered when a page repeats a name).
 */
export const tableRegions: HastPluginEntry = () => {
  // State of one document: the factory runs once per compile.
  const namer = createRegionNamer();
  const visit = (node: Extract<HastNode, { children: unknown }>, ctx: HastVisitorContext) => {
    if (tagOf(node) !== 'table') {
      namer.heading(ctx.textContent(node));
      return;
    }
    const caption = node.children.find((child) => tagOf(child) === 'caption');
    const name = namer.table(caption ? ctx.textContent(caption) : undefined);
    ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: regionProperties(name), children: [] });
  };
  const filter = [...HEADINGS, 'table'];
  return defineHastPlugin({
    name: 'sinergi:table-regions',
    element: { filter, visit },
    mdxJsxFlowElement: { filter, visit },
  });
};
