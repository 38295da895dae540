import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';

/** A parsed YAML text that can map a data path back to a line and column of the original file. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** Locates a data path (keys and indices); `key` points at the key rather than its value. */
  readonly locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => { line: number; column: number };
}

/**
 * Parses YAML that starts at `lineOffset` lines into `file` (0 for a .yaml file, 1 for MDX frontmatter).
 * Returns the source, or the syntax errors located in the file.
 */
export function parseYamlSource(
  file: string,
  text: string,
  lineOffset = 0,
): { source: YamlSource; errors: [] } | { source: null; errors: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      source: null,
      errors: doc.errors.map((error) => {
        const pos = lineCounter.linePos(errorOffset(text, error.code, error.message, error.pos[0]));
        return {
          file,
          line: pos.line + lineOffset,
          column: pos.col,
          message: `YAML tidak valid: ${describeYamlError(error.code, error.message)}`,
          hint: yamlHint(error.code, error.message),
        };
      }),
    };
  }
  const toPos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return {
    errors: [],
    source: {
      file,
      data: doc.toJS({ maxAliasCount: 100 }) as unknown,
      locate: (path, options) => toPos(findOffset(doc, path, options?.key ?? false)),
    },
  };
}

/** An unclosed quote is reported at the end of the text; point at the line that opens it instead. */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  const quote = /closing (["'])/.exec(message)?.[1];
  if (code !== 'MISSING_CHAR' || !quote) return offset;
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.split(quote).length % 2 === 0) return start + line.indexOf(quote);
    start += line.length + 1;
  }
  return offset;
}

function findOffset(doc: Document, path: readonly PropertyKey[], wantKey: boolean): number {
  let node: Node | null = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return offset;
      const keyNode = pair.key as Node;
      if (last && wantKey) return keyNode.range?.[0] ?? offset;
      node = (pair.value as Node | null) ?? keyNode;
      offset = node.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return offset;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'ada kolom yang ditulis dua kali';
    case 'MISSING_CHAR':
      return message.includes('quote') ? 'tanda kutip dibuka tetapi tidak ditutup' : 'ada tanda baca yang kurang';
    case 'BAD_INDENT':
      return 'indentasi atau tanda baca tidak sesuai';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'sebuah kunci tidak diakhiri titik dua atau tanda kutip tidak ditutup';
    case 'TAB_AS_INDENT':
      return 'indentasi memakai tab';
    default:
      return message.split('\n')[0] ?? message;
  }
}

function yamlHint(code: string, message: string): string {
  if (code === 'MISSING_CHAR' && message.includes('quote'))
    return 'tambahkan tanda kutip penutup di akhir nilai pada baris ini';
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'hapus salah satu baris kolom yang sama';
    case 'TAB_AS_INDENT':
      return 'ganti tab dengan dua spasi';
    default:
      return 'periksa titik dua setelah nama kolom, indentasi dua spasi, dan tanda kutip yang berpasangan';
  }
}
