import { mdxToJs, mdxToMdast } from 'satteri';
import type { MdxParser, MdxTree } from './mdx-compile.ts';

/**
 * The MDX parser of the build and the CLI: satteri, the compiler the site's pages go through
 * (@astrojs/markdown-satteri). Compiling to JS as well as parsing catches what only the compile step refuses.
 */
export const satteriParser: MdxParser = (source) => {
  mdxToJs(source);
  return mdxToMdast(source) as MdxTree;
};
