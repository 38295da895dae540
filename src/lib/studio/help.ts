import { AUTHOR_COMPONENTS, findAuthorComponent } from '../content/mdx-components.ts';
import type { FileTypeDoc } from '../guide/file-types.ts';
import type { FieldDoc } from '../guide/field-docs.ts';

/** The file types as the studio needs them: the reference page's field lists (documentFileTypes). */
export type StudioFileTypes = readonly Pick<FileTypeDoc, 'id' | 'name' | 'fields'>[];

/** Which file type (FILE_TYPES id) a path is, as the checker reads it; list files hold a YAML list of items. */
const PATH_TYPES: readonly { test: RegExp; id: string; list?: boolean }[] = [
  { test: /^modules\/[^/]+\/index\.mdx$/, id: 'modul' },
  { test: /^modules\/[^/]+\/[^/]+\.mdx$/, id: 'pelajaran' },
  { test: /^content\/quizzes\/[^/]+\.ya?ml$/, id: 'kuis' },
  { test: /^content\/scenarios\/[^/]+\.ya?ml$/, id: 'skenario' },
  { test: /^content\/courses\/[^/]+\.ya?ml$/, id: 'kursus' },
  { test: /^content\/glossary\/[^/]+\.ya?ml$/, id: 'istilah' },
  { test: /^content\/functions\/[^/]+\.ya?ml$/, id: 'fungsi' },
  { test: /^content\/seats\.ya?ml$/, id: 'jalur', list: true },
  { test: /^content\/kit\/templates\/[^/]+\.ya?ml$/, id: 'templat' },
  { test: /^content\/kit\/cards\/[^/]+\.ya?ml$/, id: 'kartu-saku' },
  { test: /^content\/legal\/references\.ya?ml$/, id: 'rujukan', list: true },
  { test: /^content\/legal\/sources\.ya?ml$/, id: 'sumber', list: true },
  { test: /^content\/units\.ya?ml$/, id: 'satuan', list: true },
  { test: /^content\/revoked\.ya?ml$/, id: 'dicabut', list: true },
];

/** The fields of the file at `path`, and whether its items are a top-level list; undefined for other files. */
export function fieldsFor(
  types: StudioFileTypes,
  path: string,
): { fields: readonly FieldDoc[]; list: boolean } | undefined {
  const match = PATH_TYPES.find((t) => t.test.test(path));
  const type = match && types.find((t) => t.id === match.id);
  return type ? { fields: type.fields, list: match.list ?? false } : undefined;
}

interface LineShape {
  /** Columns (0-based) of the `- ` list markers at the start of the line. */
  readonly dashes: readonly number[];
  /** Column of the line's content after its indentation and list markers. */
  readonly content: number;
  /** The key the line starts with (`key:`), if any. */
  readonly key?: string;
}

function shapeOf(line: string): LineShape | null {
  const match = /^( *)((?:- +)*)(.*)$/.exec(line);
  if (!match) return null;
  const indent = (match[1] ?? '').length;
  const markers = match[2] ?? '';
  const rest = match[3] ?? '';
  if (rest.trim() === '' && markers === '') return null;
  if (rest.startsWith('#')) return null;
  const dashes: number[] = [];
  for (const m of markers.matchAll(/- +/g)) dashes.push(indent + m.index);
  const key = /^([\w-]+):(?:\s|$)/.exec(rest)?.[1];
  return { dashes, content: indent + markers.length, ...(key === undefined ? {} : { key }) };
}

/**
 * The field path (as FieldDoc paths are written: `questions[].options[].`) of the mapping that holds column `column`
 * on line `index`, from the indentation and list markers of the lines above. `lines[0..index-1]` are the YAML lines
 * above (for MDX, the frontmatter's lines only).
 */
export function yamlParentPath(lines: readonly string[], index: number, column: number, markers: readonly number[]) {
  const segments: string[] = [];
  // What we look for the parent of: a key at a column, or a list item whose marker is at a column.
  const at: { kind: 'key' | 'item'; col: number } = { kind: 'key', col: column };
  const enterItems = (dashes: readonly number[]) => {
    for (const dash of [...dashes].reverse()) {
      segments.unshift('[]');
      at.kind = 'item';
      at.col = dash;
    }
  };
  enterItems(markers);
  for (let i = index - 1; i >= 0; i--) {
    const shape = shapeOf(lines[i] ?? '');
    if (!shape) continue;
    if (at.kind === 'key') {
      if (shape.content > at.col) continue;
      if (shape.content === at.col) {
        if (shape.dashes.length > 0) enterItems(shape.dashes);
        continue;
      }
    } else {
      if (shape.dashes.includes(at.col) || shape.content > at.col) continue;
      if (shape.content === at.col && shape.key === undefined) continue;
    }
    if (shape.key === undefined) break;
    segments.unshift(shape.key);
    at.kind = 'key';
    at.col = shape.content;
    enterItems(shape.dashes);
  }
  return segments.reduce((path, s) => (s === '[]' ? `${path}[]` : `${path}${path ? '.' : ''}${s}`), '');
}

/** What the cursor is on in a YAML line: a key being written, or the value of a key. */
export type YamlPlace =
  | { readonly kind: 'key'; readonly parent: string; readonly word: string; readonly from: number }
  | { readonly kind: 'value'; readonly field: string; readonly word: string; readonly from: number };

/**
 * Where the cursor is in YAML text (`lines`, 0-based line `index`, 0-based `column`): the parent path and the
 * partial key, or the field and the partial value. `from` is the column where the partial word starts.
 */
export function yamlPlace(lines: readonly string[], index: number, column: number, list: boolean): YamlPlace | null {
  const before = (lines[index] ?? '').slice(0, column);
  const keyMatch = /^( *)((?:- +)*)([\w-]*)$/.exec(before);
  const valueMatch = /^( *)((?:- +)*)([\w-]+):\s+["']?([\w-]*)$/.exec(before);
  const match = keyMatch ?? valueMatch;
  if (!match) return null;
  const indent = (match[1] ?? '').length;
  const markers = [...(match[2] ?? '').matchAll(/- +/g)].map((m) => indent + m.index);
  const content = indent + (match[2] ?? '').length;
  let parent = yamlParentPath(lines, index, content, markers);
  if (list) parent = parent.replace(/^\[\]\.?/, '');
  const join = (key: string) => `${parent}${parent && !parent.endsWith('.') ? '.' : ''}${key}`;
  if (keyMatch) {
    const word = keyMatch[3] ?? '';
    return { kind: 'key', parent: parent === '' ? '' : `${parent}.`, word, from: column - word.length };
  }
  const word = match[4] ?? '';
  return { kind: 'value', field: join(match[3] ?? ''), word, from: column - word.length };
}

/** One completion: the text to insert, a short label of its kind, and the Indonesian description. */
export interface HelpOption {
  readonly label: string;
  readonly detail: string;
  readonly info: string;
}

const variantNote = (f: FieldDoc) => (f.variant ? ` (untuk ${f.variant})` : '');

/** Field names allowed at `parent` (a FieldDoc path prefix ending in "." or ""), each once. */
export function keyOptions(fields: readonly FieldDoc[], parent: string): HelpOption[] {
  const seen = new Map<string, HelpOption>();
  for (const f of fields) {
    if (!f.path.startsWith(parent)) continue;
    const rest = f.path.slice(parent.length);
    if (!/^[\w-]+$/.test(rest) || seen.has(rest)) continue;
    seen.set(rest, {
      label: rest,
      detail: `${f.required ? 'wajib' : 'pilihan'}; ${f.type}`,
      info: `${f.description}${variantNote(f)}`,
    });
  }
  return [...seen.values()];
}

/** Allowed values of a field that is a fixed choice. */
export function valueOptions(fields: readonly FieldDoc[], field: string): HelpOption[] {
  const values = new Set(fields.filter((f) => f.path === field).flatMap((f) => f.values ?? []));
  const description = fields.find((f) => f.path === field)?.description ?? '';
  return [...values].map((value) => ({ label: value, detail: field, info: description }));
}

/** The documentation of the key written on line `index` (0-based), for hover help, or null. */
export function keyHelp(
  lines: readonly string[],
  index: number,
  column: number,
  fields: readonly FieldDoc[],
  list: boolean,
): { field: FieldDoc; from: number; to: number } | null {
  const line = lines[index] ?? '';
  const match = /^( *)((?:- +)*)([\w-]+):/.exec(line);
  if (!match) return null;
  const from = (match[1] ?? '').length + (match[2] ?? '').length;
  const key = match[3] ?? '';
  if (column < from || column > from + key.length) return null;
  const place = yamlPlace(lines, index, from + key.length, list);
  if (place?.kind !== 'key') return null;
  const field = fields.find((f) => f.path === `${place.parent}${key}`);
  return field ? { field, from, to: from + key.length } : null;
}

/** Text of a field's hover help: its kind, whether it is required, its default and its description. */
export function describeField(field: FieldDoc): string {
  return [
    `${field.path}: ${field.type}`,
    `${field.required ? 'Wajib' : 'Pilihan'}${field.defaultValue === undefined ? '' : `; bawaan ${field.defaultValue}`}${variantNote(field)}.`,
    field.description,
  ]
    .filter(Boolean)
    .join('\n');
}

/** What the cursor is on in an MDX body: a component name after `<`, or an attribute inside a component's tag. */
export type MdxPlace =
  | { readonly kind: 'component'; readonly word: string; readonly from: number }
  | { readonly kind: 'attribute'; readonly component: string; readonly word: string; readonly from: number }
  | {
      readonly kind: 'attributeValue';
      readonly component: string;
      readonly attribute: string;
      readonly word: string;
      readonly from: number;
    };

/** Reads the text before the cursor on its line (`before`) of an MDX body. */
export function mdxPlace(before: string): MdxPlace | null {
  const name = /<([A-Z]?[A-Za-z]*)$/.exec(before);
  if (name) return { kind: 'component', word: name[1] ?? '', from: before.length - (name[1] ?? '').length };
  const tag = /<([A-Z][A-Za-z]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s+(?:([\w-]*)|([\w-]+)="([^"]*))$/.exec(before);
  if (!tag) return null;
  const component = tag[1] ?? '';
  if (tag[4] !== undefined) {
    const word = tag[5] ?? '';
    return { kind: 'attributeValue', component, attribute: tag[4], word, from: before.length - word.length };
  }
  const word = tag[3] ?? '';
  return { kind: 'attribute', component, word, from: before.length - word.length };
}

/** Completions for an MDX place: author components, their attributes, or an attribute's allowed values. */
export function mdxOptions(place: MdxPlace): HelpOption[] {
  if (place.kind === 'component') {
    return AUTHOR_COMPONENTS.map((c) => ({
      label: c.name,
      detail: c.wraps ? `<${c.name} ...>...</${c.name}>` : `<${c.name} ... />`,
      info: describeComponent(c.name),
    }));
  }
  const component = findAuthorComponent(place.component);
  if (!component) return [];
  if (place.kind === 'attribute') {
    return component.props.map((p) => ({
      label: p.name,
      detail: p.required ? 'wajib' : 'pilihan',
      info: p.description,
    }));
  }
  const prop = component.props.find((p) => p.name === place.attribute);
  return (prop?.values ?? []).map((value) => ({
    label: value,
    detail: prop?.name ?? '',
    info: prop?.description ?? '',
  }));
}

/** Hover text of an author component: what it is for and its attributes. */
export function describeComponent(name: string): string {
  const component = findAuthorComponent(name);
  if (!component) return '';
  return [
    component.description,
    ...component.props.map(
      (p) =>
        `${p.name}${p.required ? ' (wajib)' : ''}: ${p.description}${p.values ? ` Nilai: ${p.values.join(', ')}.` : ''}`,
    ),
  ].join('\n');
}

/** The author component whose name is under column `column` of `line`, for hover help, or null. */
export function componentAt(line: string, column: number): { name: string; from: number; to: number } | null {
  for (const m of line.matchAll(/<\/?([A-Z][A-Za-z]*)/g)) {
    const name = m[1] ?? '';
    const from = m.index + m[0].length - name.length;
    if (column >= from && column <= from + name.length && findAuthorComponent(name)) {
      return { name, from, to: from + name.length };
    }
  }
  return null;
}

/** The frontmatter's line range (0-based, exclusive end: the closing `---` line), or null when there is none. */
export function frontmatterLines(lines: readonly string[]): { from: number; to: number } | null {
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return end === -1 ? { from: 1, to: lines.length } : { from: 1, to: end };
}
