// The site's two MDX hast plugins for unified-based compilers (@mdx-js/mdx's `rehypePlugins`), over the same
// numbering and naming as the Sätteri plugins the build runs (source-notes.ts, table-regions.ts): the studio's
// browser compiler cannot load Sätteri, and its preview must show the same table regions and source notes.
import { CITATION_COMPONENT, createCitationCounter, notesSection } from './source-notes.ts';
import { createRegionNamer, HEADINGS, regionProperties } from './table-regions.ts';

/** The parts of a hast node these plugins read and change (plain objects, as unified hands them over). */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const tagOf = (node: Node) =>
  node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' ? node.name : undefined;
const textOf = (node: Node): string =>
  node.type === 'text' && typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join('');

/** Visits every node in document order; `visit` may replace the node in its parent's list by returning another. */
function walk(node: Node, visit: (node: Node) => Node | undefined): void {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Node;
    const replaced = visit(child);
    if (replaced) children[i] = replaced;
    walk(child, visit);
  }
}

/** rehype plugin: each table in its own labelled, focusable scrolling region (as tableRegions). */
export function rehypeTableRegions() {
  return (tree: Node): void => {
    const namer = createRegionNamer();
    walk(tree, (node) => {
      const tag = tagOf(node);
      if (tag && HEADINGS.includes(tag)) namer.heading(textOf(node));
      if (tag !== 'table') return undefined;
      const caption = node.children?.find((child) => tagOf(child) === 'caption');
      const name = namer.table(caption ? textOf(caption) : undefined);
      return { type: 'element', tagName: 'div', properties: regionProperties(name), children: [node] } as Node;
    });
  };
}

/** rehype plugin: every <Sumber> numbered, and the page ended by its source notes (as sourceNotes). */
export function rehypeSourceNotes() {
  return (tree: Node): void => {
    const counter = createCitationCounter();
    walk(tree, (node) => {
      if (
        (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') ||
        node.name !== CITATION_COMPONENT
      ) {
        return undefined;
      }
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const { n, at } = counter.cite(typeof id === 'string' ? id : '');
      node.attributes = [
        ...(node.attributes ?? []),
        { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
        { type: 'mdxJsxAttribute', name: 'at', value: String(at) },
      ];
      return undefined;
    });
    if (counter.notes().length > 0) (tree.children ??= []).push(notesSection(counter.notes()));
  };
}
