import { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import type { Diagnostic } from './diagnostic.ts';
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

/** Renders a data path the way an author reads it: `completion.requiredScenarios[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)),
    '',
  );
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
        message: `kolom "${formatPath([...path, key].slice(base.length))}" tidak dikenal`,
        hint: unknownKeyHint(key, allowed),
      }));
    }
    const field = formatPath(path.slice(base.length)) || 'isi berkas';
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      const parent = path.slice(0, -1);
      return [
        {
          file: source.file,
          ...source.locate(parent.length > 0 ? parent : [], { key: true }),
          message: `kolom "${field}" wajib diisi`,
          hint: `tambahkan baris "${String(path.at(-1))}: ..." di ${where}`,
        },
      ];
    }
    return [
      {
        file: source.file,
        ...source.locate(path),
        message: `kolom "${field}" ${issue.message}`,
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
  const close = allowed.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
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
