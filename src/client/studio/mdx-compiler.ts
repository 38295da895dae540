// The MDX compiler of the studio, in the browser. The site's build compiles MDX with satteri, whose browser build
// (@bruits/satteri-wasm32-wasi) npm installs only where the CPU is "wasm32", i.e. never from this lockfile on a PC, and
// which needs a shared WebAssembly memory, so a cross-origin-isolated page; the studio uses @mdx-js/mdx instead.
// tests/content/mdx-parser-parity.test.ts runs the checker with both on every MDX fixture and asserts the same
// messages at the same line and column.
import { compile, createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { MdxParser, MdxTree } from '../../lib/content/mdx-compile.ts';
import { bodyInPlace } from '../../lib/content/mdx-compile.ts';
import { rehypeSourceNotes, rehypeTableRegions } from '../../lib/mdx/rehype.ts';

interface CompilerMessage {
  readonly reason?: string;
  readonly line?: number;
  readonly column?: number;
  readonly source?: string;
  readonly ruleId?: string;
}

const processor = createProcessor({ format: 'mdx' });

/** 0-based offset of a 1-based line and column in `source`. */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = source.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** 1-based line and column of a 0-based offset. */
function placeOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** The first `{` before `end` that is never closed (a `\{` is text, not a brace). */
function unclosedBrace(source: string, end: number): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < end; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '{') open.push(i);
    else if (source[i] === '}') open.pop();
  }
  return open[0];
}

/**
 * An error of @mdx-js/mdx as satteri words and places it, `line:column: reason (source:rule)`, which
 * explainCompileError reads. Where the two compilers differ, satteri's convention is kept: an unclosed tag is placed
 * at its opening tag, an unclosed `{` at the brace, a character that cannot start a tag name at its `<`, and an
 * attribute value without quotes is reported as satteri does, at the `<` of its tag (explainCompileError then points
 * at the value). tests/content/mdx-parser-parity.test.ts checks every case against satteri.
 */
function asSatteriError(error: unknown, source: string): Error {
  const message = error as CompilerMessage;
  const reason = message.reason ?? (error instanceof Error ? error.message : String(error));
  const rule = message.source && message.ruleId ? ` (${message.source}:${message.ruleId})` : '';
  const unclosedTag = /^Expected a closing tag for `<[^>`]*>` \((\d+):(\d+)/.exec(reason);
  let line = message.line ?? Number(unclosedTag?.[1] ?? 1);
  let column = message.column ?? Number(unclosedTag?.[2] ?? 1);
  let text = reason;
  const at = (offset: number) => ({ line, column } = placeOf(source, offset));
  const offset = offsetOf(source, line, column);
  if (/expected a corresponding closing brace for `\{`/.test(reason)) {
    const brace = unclosedBrace(source, offset);
    if (brace !== undefined) at(brace);
  } else if (/before name/.test(reason) && source[offset - 1] === '<') at(offset - 1);
  else if (/before attribute value/.test(reason)) {
    const tag = source.lastIndexOf('<', offset);
    if (tag !== -1) {
      at(tag);
      text = 'Unexpected character after `<`, expected a valid JSX tag';
    }
  }
  return new Error(`${String(line)}:${String(column)}: ${text}${rule}`);
}

/**
 * The checker's MDX parser in the browser (see MdxParser): parses the body to its mdast and runs the compiler's
 * transforms on a copy, so whatever the compile step refuses is refused here too.
 */
export const mdxJsParser: MdxParser = (source) => {
  try {
    const tree = processor.parse(source);
    // The transforms change the tree they are given; the checker reads the parsed one.
    processor.runSync(structuredClone(tree) as never);
    return tree as unknown as MdxTree;
  } catch (error) {
    throw asSatteriError(error, source);
  }
};

/**
 * Compiles an MDX file (frontmatter included: it is replaced by empty lines, so line numbers stay the file's) to the
 * body of a JavaScript function, `outputFormat: 'function-body'`: evaluate it with @mdx-js/mdx's `run(code,
 * { ...runtime, baseUrl })`, where `runtime` is `react/jsx-runtime`, and render its `default` export with the author
 * components passed as `components`; the site's table-region and source-note plugins run. `path` names the file in errors. Rejects with an Error whose message is
 * `line:column: reason` for a file that does not compile.
 */
export async function compileMdxToJs(source: string, path: string): Promise<string> {
  const body = bodyInPlace(source) ?? source;
  try {
    // The site's hast plugins, as the build runs them: tables in labelled regions, numbered <Sumber> and source notes.
    // GFM (tables, strikethrough, autolinks) is on in satteri, the build's compiler.
    const remarkPlugins = [remarkGfm];
    const rehypePlugins = [rehypeTableRegions, rehypeSourceNotes];
    return String(
      await compile({ value: body, path }, { outputFormat: 'function-body', remarkPlugins, rehypePlugins }),
    );
  } catch (error) {
    throw asSatteriError(error, body);
  }
}
