import type { ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import type { MdxComponents } from '../../components/studio/preview-components.tsx';
import { compileMdxToJs } from './mdx-compiler.ts';

/** A compiled MDX file: its content as a React component taking the author components. */
export type MdxContent = ComponentType<{ components: MdxComponents }>;

/**
 * Compiles an MDX file in the browser (compileMdxToJs: the site's compiler and hast plugins) and runs the result with
 * React's JSX runtime. Rejects with the compiler's error on a syntax mistake.
 */
export async function evaluateMdx(source: string, path: string): Promise<MdxContent> {
  const code = await compileMdxToJs(source, path);
  // The compiled module is a function body reading the JSX runtime from its first argument (satteri's "function-body").
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(code) as (rt: typeof runtime) => { default: MdxContent };
  return run(runtime).default;
}
