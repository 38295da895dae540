import type { ContentFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { positionAt } from './mask.ts';

/** The parts of an MDX syntax tree node the checker reads (satteri's mdast, with positions). */
export interface MdxTree {
  readonly type: string;
  readonly position?: { readonly start: { readonly line: number; readonly column: number } };
  readonly value?: unknown;
  readonly url?: string;
  readonly alt?: string | null;
  readonly name?: string | null;
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly children?: readonly MdxTree[];
}

/**
 * Parses and compiles an MDX body: returns its syntax tree, or throws an error whose message is
 * `line:column: reason`, the form satteri's errors take (explainCompileError reads it). The build and the CLI use
 * satteri (satteri-parser.ts); the studio's browser checker uses @mdx-js/mdx (src/client/studio/mdx-compiler.ts),
 * and tests/content/mdx-parser-parity.test.ts keeps the two giving the checker the same messages at the same places.
 */
export type MdxParser = (source: string) => MdxTree;

/** Every node of a tree, depth first. */
export function* walkTree(node: MdxTree): Generator<MdxTree> {
  yield node;
  for (const child of node.children ?? []) yield* walkTree(child);
}

/** Start line and column of a node (1:1 when the compiler gave none). */
export function nodeStart(node: MdxTree): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** HTML elements that never have content: written `<img ... />` in MDX. */
const VOID_ELEMENTS = new Set(['img', 'br', 'hr', 'input', 'source', 'wbr']);

/** A `{...}` the page can show without running author code: a comment, or a plain string, number or boolean. */
const LITERAL =
  /^\s*(?:\/\*[\s\S]*?\*\/\s*)*(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`$]*`|-?\d+(?:\.\d+)?|true|false)?\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;

/** `<Tag a="x" b=value`: an attribute value without quotes, after any well-written attributes. */
const UNQUOTED_ATTRIBUTE =
  /^<[A-Za-z][\w.]*(?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s+([\w-]+)\s*=\s*([^\s"'{>/][^\s>/]*)/;

/** The MDX text with its frontmatter replaced by empty lines, so the compiler's lines are the file's lines. */
export function bodyInPlace(text: string): string | null {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) return null;
  return [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
}

/** Turns one error of the MDX compiler into an Indonesian message at the line and column it names. */
export function explainCompileError(file: string, source: string, error: unknown): Diagnostic {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+:[\w-]+)\))?$/.exec(text);
  const line = Number(match?.[1] ?? 1);
  const column = Number(match?.[2] ?? 1);
  const reason = match?.[3] ?? text;
  const at = (message: string, hint: string, col = column): Diagnostic => ({ file, line, column: col, message, hint });
  const lineText = source.split('\n')[line - 1] ?? '';
  const fromColumn = lineText.slice(column - 1);

  const unclosed = /^Expected a closing tag for `<([^>`]+)>`/.exec(reason);
  if (unclosed) {
    const name = unclosed[1] ?? '';
    if (VOID_ELEMENTS.has(name)) {
      return at(`tag <${name}> tidak ditutup`, `akhiri dengan garis miring: <${name} ... />`);
    }
    return at(
      `komponen <${name}> dibuka tetapi tidak ditutup`,
      `tambahkan </${name}> di baris tersendiri setelah isinya, atau tulis <${name} ... /> bila tanpa isi`,
    );
  }
  const mismatched =
    /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]+)>` \((\d+):/.exec(reason);
  if (mismatched) {
    return at(
      `tag penutup </${mismatched[1] ?? ''}> tidak cocok dengan <${mismatched[2] ?? ''}> di baris ${mismatched[3] ?? ''}`,
      `tutup dengan </${mismatched[2] ?? ''}>, dengan ejaan yang sama persis`,
    );
  }
  if (/^Unexpected closing slash|^Unexpected closing tag/.test(reason)) {
    return at('tag penutup tanpa tag pembuka', 'hapus tag penutup ini, atau tambahkan tag pembukanya di atas');
  }
  if (reason.includes('to create a comment in MDX')) {
    return at('komentar HTML <!-- --> tidak bisa dipakai di MDX', 'tulis catatan sebagai {/* catatan */}');
  }
  if (reason.startsWith('Unexpected character after `<`') || reason.includes('before name')) {
    const unquoted = UNQUOTED_ATTRIBUTE.exec(fromColumn);
    if (unquoted) {
      const [, name = '', value = ''] = unquoted;
      return at(
        `nilai atribut ${name} tanpa tanda kutip`,
        `tulis ${name}="${value}"`,
        column + unquoted[0].length - value.length,
      );
    }
    return at(
      'tanda "<" di sini dibaca sebagai awal komponen',
      'untuk tanda kurang dari, tulis "kurang dari" atau &lt;; untuk komponen, tulis <NamaKomponen ...>',
    );
  }
  if (/expected a corresponding closing brace for `\{`/.test(reason)) {
    return at(
      'kurung kurawal "{" tidak ditutup',
      'untuk kurung kurawal biasa tulis \\{ dan \\}; catatan ditulis {/* catatan */}',
    );
  }
  if (/Could not parse (expression|import\/exports)/.test(reason)) {
    return at(
      'isi kurung kurawal {...} dibaca sebagai kode dan tidak sah',
      'untuk kurung kurawal biasa tulis \\{ dan \\}; catatan ditulis {/* catatan */}',
    );
  }
  if (/Unexpected (?:character|end of file) .*attribute/.test(reason)) {
    return at('atribut komponen tidak lengkap', 'tulis atribut sebagai nama="nilai", lalu tutup tag dengan > atau />');
  }
  return at(
    'penulisan MDX tidak sah di sini',
    `periksa tanda <, {, } dan tag komponen di baris ini (pesan penyusun MDX: ${reason})`,
  );
}

/** Import sources of an `import ... from "x"` block. */
function importSources(code: string): { source: string; offset: number }[] {
  return [...code.matchAll(/\bfrom\s*(["'])([^"']+)\1|^\s*import\s*(["'])([^"']+)\3/gm)].map((m) => ({
    source: m[2] ?? m[4] ?? '',
    offset: m.index,
  }));
}

function resolveRelative(file: string, source: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const seg of source.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The package a bare import names: `@scope/name` or `name`. */
function packageOf(source: string): string {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? source);
}

/** Problems the compiler accepts but the page build or render stops on: imports of missing files, `{code}` in prose. */
function treeErrors(file: string, tree: MdxTree, fileSize?: (path: string) => number | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const node of walkTree(tree)) {
    const start = nodeStart(node);
    if (node.type === 'mdxjsEsm' && fileSize && typeof node.value === 'string') {
      for (const { source, offset } of importSources(node.value)) {
        if (source.includes(':')) continue;
        const relative = source.startsWith('.') || source.startsWith('/');
        const path = relative
          ? source.startsWith('/')
            ? source.slice(1)
            : resolveRelative(file, source)
          : `node_modules/${packageOf(source)}/package.json`;
        if (fileSize(path) !== undefined) continue;
        const pos = positionAt(node.value, offset);
        out.push({
          file,
          line: start.line + pos.line - 1,
          column: pos.line === 1 ? start.column + pos.column - 1 : pos.column,
          message: `berkas yang diimpor "${source}" tidak ada`,
          hint: 'komponen penulis (Callout, Term, Quiz, ...) dipakai tanpa import: hapus baris import ini, atau perbaiki alamat berkasnya',
        });
      }
    }
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && typeof node.value === 'string') {
      if (!LITERAL.test(node.value)) {
        out.push({
          file,
          ...start,
          message: `{${node.value.trim()}} di teks dibaca sebagai kode dan halamannya gagal dibuat`,
          hint: 'ganti dengan teks sebenarnya; untuk kurung kurawal biasa tulis \\{ dan \\}, untuk catatan {/* catatan */}',
        });
      }
    }
    for (const attribute of node.attributes ?? []) {
      const value = attribute.value as { type?: string; value?: unknown } | undefined;
      if (value?.type === 'mdxJsxAttributeValueExpression' && typeof value.value === 'string') {
        if (!LITERAL.test(value.value)) {
          out.push({
            file,
            ...start,
            message: `<${node.name ?? ''} ${attribute.name ?? ''}={${value.value}}>: nilai atribut dibaca sebagai kode`,
            hint: `tulis nilainya di antara tanda kutip: ${attribute.name ?? ''}="..."`,
          });
        }
      }
    }
  }
  return out;
}

/**
 * Compiles an MDX file with the given parser (the build's: satteri, through @astrojs/markdown-satteri) and
 * reports what the build would stop on, in Indonesian at the file's own line and column: syntax errors (unclosed
 * component, HTML comment, unquoted attribute, stray `<` or `{`), imports of files that do not exist, and `{code}` in
 * prose or attributes, which compiles but fails when the page is rendered. Returns the syntax tree for the other
 * checks when the file compiles.
 */
export function compileMdxFile(
  file: ContentFile,
  parse: MdxParser,
  fileSize?: (path: string) => number | undefined,
): { errors: Diagnostic[]; tree: MdxTree | null } {
  const source = bodyInPlace(file.text);
  if (source === null) return { errors: [], tree: null };
  let tree: MdxTree;
  try {
    tree = parse(source);
  } catch (error) {
    return { errors: [explainCompileError(file.path, source, error)], tree: null };
  }
  return { errors: treeErrors(file.path, tree, fileSize), tree };
}
