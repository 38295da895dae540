import { mdxToJs } from 'satteri';
import { sourceNotes } from '../../lib/mdx/source-notes.ts';
import { tableRegions } from '../../lib/mdx/table-regions.ts';

/**
 * Compiles an MDX file (frontmatter included) in the browser with the compiler and the hast plugins the site's build
 * uses (satteri, as astro.config.mjs runs it: table regions, numbered source notes), to the body of a function that
 * takes the JSX runtime (`new Function(code)({ ...runtime })`) and returns `{ default: MDXContent }`. `path` names the
 * file to the plugins. A syntax error rejects with the compiler's `line:column: reason` message.
 */
export async function compileMdxToJs(source: string, path: string): Promise<string> {
  const result = await mdxToJs(source, {
    outputFormat: 'function-body',
    hastPlugins: [tableRegions, sourceNotes],
    fileURL: new URL(path, 'file:///'),
  });
  return result.code;
}
