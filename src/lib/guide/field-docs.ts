import { z } from 'astro/zod';
import { findFieldDoc, type ObjectLiteralDocs } from './jsdoc.ts';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  discriminator?: string;
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: Schema;
  valueType?: Schema;
}

/** One field of a file type, as the guide lists it. */
export interface FieldDoc {
  /** Path as an author reads it: `completion.requiredScenarios`, `questions[].options[].text`. */
  readonly path: string;
  /** Nesting depth (0 for top-level fields). */
  readonly depth: number;
  readonly required: boolean;
  /** The kind of value, in Indonesian, e.g. "angka bulat 0–100", "daftar teks". */
  readonly type: string;
  /** Default when omitted, as YAML, if any. */
  readonly defaultValue?: string;
  /** The field's JSDoc in the schema source. */
  readonly description: string;
  /** For a variant of a union (e.g. `type: single`), which variant this field belongs to. */
  readonly variant?: string;
}

const def = (schema: Schema): Def => schema._zod.def;

function unwrap(schema: Schema): { inner: Schema; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (let guard = 0; guard < 10; guard++) {
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault') {
      if (d.type !== 'nullable') required = false;
      if (d.type === 'default') defaultValue = d.defaultValue;
      if (!d.innerType) break;
      inner = d.innerType;
    } else if (d.type === 'pipe' && d.in) inner = d.in;
    else break;
  }
  return defaultValue === undefined ? { inner, required } : { inner, required, defaultValue };
}

function bounds(schema: Schema, unit = ''): string {
  try {
    const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
    const min = (json['minimum'] ?? json['minItems']) as number | undefined;
    const rawMax = (json['maximum'] ?? json['maxItems']) as number | undefined;
    const max = rawMax !== undefined && rawMax < Number.MAX_SAFE_INTEGER ? rawMax : undefined;
    if (min !== undefined && max !== undefined) return ` ${String(min)}–${String(max)}${unit}`;
    if (min !== undefined && min > 0) return `, minimal ${String(min)}${unit}`;
    if (min === 0 && !unit) return ', 0 atau lebih';
    if (max !== undefined) return `, paling banyak ${String(max)}${unit}`;
    return '';
  } catch {
    return '';
  }
}

/** Describes a value's kind in Indonesian. */
function typeLabel(schema: Schema): string {
  const d = def(schema);
  switch (d.type) {
    case 'string': {
      const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { pattern?: string; format?: string };
      if (json.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'id (huruf kecil, angka, tanda hubung)';
      if (json.format === 'uri') return 'alamat web';
      if (json.pattern) return `teks berpola ${json.pattern}`;
      return 'teks';
    }
    case 'number': {
      const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { type?: string };
      return `${json.type === 'integer' ? 'bilangan bulat' : 'angka'}${bounds(schema)}`;
    }
    case 'boolean':
      return 'true atau false';
    case 'enum':
      return `salah satu: ${Object.values(d.entries ?? {}).join(', ')}`;
    case 'literal':
      return `tepat ${(d.values ?? []).map((v) => JSON.stringify(v)).join(' / ')}`;
    case 'array': {
      const element = d.element ? unwrap(d.element).inner : undefined;
      const of = element ? typeLabel(element) : 'butir';
      return `daftar ${of}${bounds(schema, ' butir')}`;
    }
    case 'object':
      return 'kumpulan kolom';
    case 'union': {
      const labels = [...new Set((d.options ?? []).map((o) => typeLabel(unwrap(o).inner)))];
      const by = d.discriminator ? ` (bentuknya menurut ${d.discriminator})` : '';
      return `${labels.join(' atau ')}${by}`;
    }
    case 'record':
      return 'pasangan nama: nilai';
    default:
      return d.type;
  }
}

function variantName(option: Schema, discriminator: string | undefined): string | undefined {
  if (!discriminator) return undefined;
  const field = def(option).shape?.[discriminator];
  const values = field ? def(unwrap(field).inner).values : undefined;
  return values ? `${discriminator}: ${values.map(String).join(' / ')}` : undefined;
}

/** Object schemas reachable as the value itself or as list items, with their union variants. */
function objectsOf(schema: Schema): { object: Schema; variant?: string; list: boolean }[] {
  const d = def(schema);
  if (d.type === 'object') return [{ object: schema, list: false }];
  if (d.type === 'array' && d.element) return objectsOf(unwrap(d.element).inner).map((o) => ({ ...o, list: true }));
  if (d.type === 'union') {
    return (d.options ?? []).flatMap((option) => {
      const variant = variantName(unwrap(option).inner, d.discriminator);
      return objectsOf(unwrap(option).inner).map((o) => (variant ? { ...o, variant } : o));
    });
  }
  return [];
}

/** Lists every field of an object schema, nested fields after their parent, with their JSDoc. */
export function describeFields(
  schema: Schema,
  literals: readonly ObjectLiteralDocs[],
  prefix = '',
  depth = 0,
  variant?: string,
): FieldDoc[] {
  const shape = def(unwrap(schema).inner).shape ?? {};
  const keys = Object.keys(shape);
  const literalValues = new Map(
    keys.flatMap((key) => {
      const field = shape[key];
      const value = field ? def(unwrap(field).inner) : undefined;
      return value?.type === 'literal' && value.values?.length === 1 ? [[key, String(value.values[0])] as const] : [];
    }),
  );
  return keys.flatMap((key) => {
    const field = shape[key];
    if (!field) return [];
    const { inner, required, defaultValue } = unwrap(field);
    const path = `${prefix}${key}`;
    const own: FieldDoc = {
      path,
      depth,
      required,
      type: typeLabel(inner),
      description: findFieldDoc(literals, keys, key, literalValues) ?? '',
      ...(defaultValue === undefined ? {} : { defaultValue: JSON.stringify(defaultValue) }),
      ...(variant ? { variant } : {}),
    };
    const nested = objectsOf(inner).flatMap((o) =>
      describeFields(o.object, literals, `${path}${o.list ? '[]' : ''}.`, depth + 1, o.variant ?? variant),
    );
    return [own, ...nested];
  });
}
