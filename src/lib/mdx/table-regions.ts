import { defineHastPlugin, type HastNode, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { ui } from '../../i18n/id.ts';

/** The tags whose text names the tables after them. */
export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Names the scrolling region of each table of one page, in document order. */
export interface RegionNamer {
  /** A heading's text: it names the tables that follow it and have no caption. */
  heading(text: string): void;
  /** The next table's region name: its caption, else the last heading's text, numbered when the page repeats it. */
  table(caption: string | undefined): string;
}

/** A region namer for one page. */
export function createRegionNamer(): RegionNamer {
  let last = '';
  const seen = new Map<string, number>();
  return {
    heading(text) {
      last = text.trim();
    },
    table(caption) {
      const name = (caption === undefined ? last : caption.trim()) || ui.lesson.table;
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      return count === 1 ? name : `${name} (${String(count)})`;
    },
  };
}

/** The properties of the region a table goes in. */
export const regionProperties = (name: string) => ({
  className: ['table-scroll'],
  role: 'region',
  tabIndex: 0,
  ariaLabel: name,
});

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
