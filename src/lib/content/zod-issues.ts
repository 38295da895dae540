import { z } from 'astro/zod';
import type { Diagnostic } from './diagnostic.ts';
import { likelyMeant } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar (baris-baris berawalan "- ")',
  object: 'kumpulan kolom',
};

/** Indonesian wording for zod issues that the schema does not word itself; passed to `safeParse`. */
export function indonesianError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'wajib diisi' : `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'tidak boleh kosong';
      if (issue.origin === 'array') return `harus berisi minimal ${String(issue.minimum)} butir`;
      return `minimal ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `paling banyak ${String(issue.maximum)} butir`;
      if (issue.origin === 'string') return `paling panjang ${String(issue.maximum)} huruf`;
      return `maksimal ${String(issue.maximum)}`;
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return 'formatnya tidak sesuai';
    case 'unrecognized_keys':
      return 'berisi kolom yang tidak dikenal';
    default:
      return undefined;
  }
}

/** List items named by their id (`simpul "awal"`): ids an author chose and can find in the file. */
const BY_ID: Record<string, string> = { nodes: 'simpul', questions: 'pertanyaan', choices: 'pilihan', scores: 'skor' };
/** List items named by their place, counted from 1 (`pilihan ke-1`). */
const BY_PLACE: Record<string, string> = {
  options: 'pilihan',
  items: 'butir',
  pairs: 'pasangan',
  objectives: 'tujuan',
};

/**
 * Names the place of a data path the way an author reads the file: `simpul "awal", kolom "ending.debrief"`,
 * `pilihan ke-1, kolom "text"`, `kolom "completion.requiredScenarios" butir ke-2`, never `nodes[4]` or `options[0]`.
 */
export function describeField(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  let keys: string[] = [];
  let current = data;
  for (const seg of path) {
    current =
      current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[seg] : undefined;
    if (typeof seg !== 'number') {
      keys.push(String(seg));
      continue;
    }
    const list = keys.pop() ?? '';
    const id = (current as { id?: unknown } | undefined)?.id;
    const byId = BY_ID[list];
    const byPlace = BY_PLACE[list] ?? (byId ? byId : undefined);
    const owner = keys.length > 0 ? `kolom "${keys.join('.')}", ` : '';
    if (byId && typeof id === 'string') parts.push(`${owner}${byId} "${id}"`);
    else if (byPlace) parts.push(`${owner}${byPlace} ke-${String(seg + 1)}`);
    else parts.push(`kolom "${[...keys, list].join('.')}" butir ke-${String(seg + 1)}`);
    keys = [];
  }
  if (keys.length > 0) parts.push(`kolom "${keys.join('.')}"`);
  return parts.length > 0 ? parts.join(', ') : 'isi berkas';
}

/** Turns zod issues about `data` into located diagnostics; `base` prefixes the path (e.g. a list index). */
export function issuesToDiagnostics(
  source: YamlSource,
  issues: readonly Issue[],
  schema: Schema,
  data: unknown,
  base: readonly PropertyKey[] = [],
  where = 'frontmatter',
): Diagnostic[] {
  return issues.flatMap((issue): Diagnostic[] => {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schemaAt(schema, issue.path));
      return issue.keys.map((key) => ({
        file: source.file,
        ...source.locate([...path, key], { key: true }),
        message: `${describeField([...issue.path, key], data)} tidak dikenal`,
        hint: unknownKeyHint(key, allowed),
      }));
    }
    const field = describeField(issue.path, data);
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      const parent = path.slice(0, -1);
      return [
        {
          file: source.file,
          ...source.locate(parent.length > 0 ? parent : [], { key: true }),
          message: `${field} wajib diisi`,
          hint: `tambahkan baris "${String(path.at(-1))}: ..." di ${where}`,
        },
      ];
    }
    return [
      {
        file: source.file,
        ...source.locate(path),
        message: `${field} ${issue.message}`,
        hint: valueHint(issue),
      },
    ];
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const seg of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[seg];
  }
  return current;
}

function valueHint(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `ubah nilainya menjadi ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return 'pilih salah satu nilai yang disebutkan, dengan ejaan yang sama persis';
    case 'too_small':
    case 'too_big':
      return 'sesuaikan nilainya dengan batas yang disebutkan';
    default:
      return 'perbaiki nilainya sesuai contoh di Panduan Pelatih (/pelatih/)';
  }
}

function unknownKeyHint(key: string, allowed: readonly string[]): string {
  const close = likelyMeant(key, allowed);
  if (close) return `mungkin maksud Anda "${close}"?`;
  return allowed.length > 0 ? `hapus kolom ini; kolom yang boleh: ${allowed.join(', ')}` : 'hapus kolom ini';
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let guard = 0; current && guard < 10; guard++) {
    const def = current._zod.def as { type: string; innerType?: Schema };
    if (
      (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') &&
      def.innerType
    ) {
      current = def.innerType;
    } else break;
  }
  return current;
}

/** The sub-schema at a data path, looking through optional/default wrappers, arrays and objects. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current = unwrap(schema);
  for (const seg of path) {
    if (!current) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
    if (def.type === 'object' && def.shape) current = unwrap(def.shape[String(seg)]);
    else if (def.type === 'array' && def.element) current = unwrap(def.element);
    else return undefined;
  }
  return current;
}

function allowedKeys(schema: Schema | undefined): string[] {
  const def = schema?._zod.def as { type?: string; shape?: Record<string, Schema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
