import { z } from 'astro/zod';

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
  getter?: () => Schema;
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
  /** The field's Indonesian description, given in the schema with `.describe()`; empty when it has none. */
  readonly description: string;
  /** For a variant of a union (e.g. `type: single`), which variant this field belongs to. */
  readonly variant?: string;
  /** The values it allows, when it is a fixed choice (an enum, a literal or true/false): what an editor completes. */
  readonly values?: readonly string[];
}

const def = (schema: Schema): Def => schema._zod.def;

interface Unwrapped {
  inner: Schema;
  required: boolean;
  defaultValue?: unknown;
  /** The Indonesian description of the outermost layer that has one. */
  description?: string;
  /** The recursive (`z.lazy`) schema the value goes through, if any. */
  lazy?: Schema;
}

/** Looks through optional, default, pipe and lazy layers to the value's own schema. */
function unwrap(schema: Schema): Unwrapped {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  let description: string | undefined;
  let lazy: Schema | undefined;
  for (let guard = 0; guard < 10; guard++) {
    description ??= z.globalRegistry.get(inner)?.description;
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault') {
      if (d.type !== 'nullable') required = false;
      if (d.type === 'default') defaultValue = d.defaultValue;
      if (!d.innerType) break;
      inner = d.innerType;
    } else if (d.type === 'pipe' && d.in) inner = d.in;
    else if (d.type === 'lazy' && d.getter) {
      lazy ??= inner;
      inner = d.getter();
    } else break;
  }
  return {
    inner,
    required,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    ...(description === undefined ? {} : { description }),
    ...(lazy ? { lazy } : {}),
  };
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

/** The values a fixed choice allows (enum entries, literals, true and false), or undefined for any other kind. */
function choices(schema: Schema): string[] | undefined {
  const d = def(schema);
  if (d.type === 'enum') return Object.values(d.entries ?? {}).map(String);
  if (d.type === 'literal') return (d.values ?? []).map(String);
  if (d.type === 'boolean') return ['true', 'false'];
  return undefined;
}

/** Describes a value's kind in Indonesian. */
function typeLabel(schema: Schema): string {
  const d = def(schema);
  switch (d.type) {
    case 'string': {
      const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { pattern?: string; format?: string };
      if (json.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'id (huruf kecil, angka, tanda hubung)';
      if (json.format === 'uri') return 'alamat web';
      if (json.format === 'date') return 'tanggal TTTT-BB-HH';
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
function objectsOf(schema: Schema, lazies: ReadonlySet<Schema>): { object: Schema; variant?: string; list: boolean }[] {
  const d = def(schema);
  if (d.type === 'object') return [{ object: schema, list: false }];
  if (d.type === 'array' && d.element) {
    const element = unwrap(d.element);
    // A recursive schema (a scenario guard's `all: [...]`) is listed once, where it first appears.
    if (element.lazy && lazies.has(element.lazy)) return [];
    return objectsOf(element.inner, lazies).map((o) => ({ ...o, list: true }));
  }
  if (d.type === 'union') {
    return (d.options ?? []).flatMap((option) => {
      const variant = variantName(unwrap(option).inner, d.discriminator);
      return objectsOf(unwrap(option).inner, lazies).map((o) => (variant ? { ...o, variant } : o));
    });
  }
  return [];
}

/**
 * Lists every field of an object schema, nested fields after their parent, with the Indonesian description the
 * schema gives it (`.describe()`), so the guide shows exactly what the checker accepts and cannot drift from it.
 */
export function describeFields(
  schema: Schema,
  prefix = '',
  depth = 0,
  variant?: string,
  lazies: ReadonlySet<Schema> = new Set(),
): FieldDoc[] {
  const shape = def(unwrap(schema).inner).shape ?? {};
  return Object.entries(shape).flatMap(([key, field]) => {
    const { inner, required, defaultValue, description, lazy } = unwrap(field);
    const path = `${prefix}${key}`;
    const values = choices(inner);
    const own: FieldDoc = {
      path,
      depth,
      required,
      type: typeLabel(inner),
      description: description ?? '',
      ...(defaultValue === undefined ? {} : { defaultValue: JSON.stringify(defaultValue) }),
      ...(variant ? { variant } : {}),
      ...(values ? { values } : {}),
    };
    const within = lazy ? new Set([...lazies, lazy]) : lazies;
    const nested = objectsOf(inner, within).flatMap((o) =>
      describeFields(o.object, `${path}${o.list ? '[]' : ''}.`, depth + 1, o.variant ?? variant, within),
    );
    return [own, ...nested];
  });
}
