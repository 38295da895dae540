import { defineHastPlugin, type HastNode, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { ui } from '../../i18n/id.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

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
  let heading = '';
  const seen = new Map<string, number>();
  const visit = (node: Extract<HastNode, { children: unknown }>, ctx: HastVisitorContext) => {
    if (tagOf(node) !== 'table') {
      heading = ctx.textContent(node).trim();
      return;
    }
    const caption = node.children.find((child) => tagOf(child) === 'caption');
    const name = (caption ? ctx.textContent(caption).trim() : heading) || ui.lesson.table;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    ctx.wrapNode(node, {
      type: 'element',
      tagName: 'div',
      properties: {
        className: ['table-scroll'],
        role: 'region',
        tabIndex: 0,
        ariaLabel: count === 1 ? name : `${name} (${count})`,
      },
      children: [],
    });
  };
  const filter = [...HEADINGS, 'table'];
  return defineHastPlugin({
    name: 'sinergi:table-regions',
    element: { filter, visit },
    mdxJsxFlowElement: { filter, visit },
  });
};
