// Fuzz: 10,000 generated or mutated files go into import. Nothing may throw, and every rejected file must leave the
// stored progress byte for byte as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitImport, prepareImport } from '../../../src/client/progress/import-file.ts';
import { createProgressStore } from '../../../src/client/progress/store.ts';
import { canonicalJson } from '../../../src/lib/progress/canonical-json.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys.ts';
import { ProgressSchema } from '../../../src/schemas/progress.ts';
import { progressArb, timestampArb } from '../progress/arbitraries.ts';
import { rules, sha256, tickingClock } from '../progress/helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const CASES = 10_000;
const now = () => new Date('2026-11-28T06:30:00.000Z');

/** A text mutation: flip, delete or insert a character, or splice a hostile fragment in. */
const mutationArb = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"__proto__":{"x":1},',
      '"constructor":{},',
      ',',
      '{',
      ']',
      '"version":99,',
      'null',
      '\u0000',
    ),
  }),
  fc.record({
    op: fc.constant('field' as const),
    path: fc.constantFrom('app', 'kind', 'version', 'exportedAt', 'digest', 'progress'),
    value: fc.jsonValue(),
  }),
);

type Mutation = { op: string } & Record<string, unknown>;

/**
 * A change deep inside the progress of a file, after which the file is sealed again with a correct digest: these
 * files pass the digest check, so they exercise the version, schema and forbidden-key checks behind it.
 */
const deepMutationArb = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace' as const, 'delete' as const, 'pollute' as const),
  value: fc.jsonValue(),
});
type DeepMutation = typeof deepMutationArb extends fc.Arbitrary<infer T> ? T : never;

type Json = Record<string, unknown> | unknown[];
/** Every object or array inside a value, with its keys. */
function containers(value: unknown, out: Json[] = []): Json[] {
  if (value !== null && typeof value === 'object') {
    out.push(value as Json);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

async function resealed(progress: unknown, mutations: readonly DeepMutation[]): Promise<string> {
  const body = JSON.parse(await encodeProgressFile(progress as never, { now, digest: sha256 })) as Record<
    string,
    unknown
  >;
  for (const m of mutations) {
    const all = containers(body['progress']);
    const target = all[m.pick % all.length];
    if (target === undefined) continue;
    const keys = Object.keys(target);
    const key = keys.length === 0 ? 'extra' : (keys[m.pick % keys.length] ?? 'extra');
    const record = target as Record<string, unknown>;
    if (m.op === 'replace') record[key] = m.value;
    else if (m.op === 'delete') Reflect.deleteProperty(record, key);
    // JSON.parse makes "__proto__" an own key, as it would be in a hostile file.
    else record[key] = JSON.parse('{"__proto__":{"x":1}}');
  }
  const signed = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'digest'));
  body['digest'] = { algorithm: 'SHA-256', value: await sha256(canonicalJson(signed)) };
  return JSON.stringify(body);
}

function mutate(text: string, m: Mutation): string {
  const at = (Number(m['at'] ?? 0) % (text.length + 1)) | 0;
  switch (m.op) {
    case 'flip':
      return text.slice(0, at) + String(m['char']) + text.slice(at + 1);
    case 'delete':
      return text.slice(0, at) + text.slice(at + Number(m['length']));
    case 'insert':
      return text.slice(0, at) + String(m['text']) + text.slice(at);
    default: {
      const data = JSON.parse(text) as Record<string, unknown>;
      data[String(m['path'])] = m['value'];
      return JSON.stringify(data);
    }
  }
}

const fileArb = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(progressArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 })) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.json() },
  {
    weight: 1,
    arbitrary: fc.jsonValue().map((v) => JSON.stringify({ app: 'sinergi', kind: 'progress', version: 1, progress: v })),
  },
  { weight: 1, arbitrary: progressArb.map((p) => ({ unchanged: p })) },
  {
    // Nested arrays, from shallow to far beyond what recursion over them could survive.
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 50_000 })
      .map(
        (levels) =>
          `{"app":"sinergi","kind":"progress","version":1,"exportedAt":"2026-11-28T06:30:00.000Z","digest":{"algorithm":"SHA-256","value":"${'0'.repeat(64)}"},"progress":${'['.repeat(levels)}${']'.repeat(levels)}}`,
      ),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(progressArb, fc.array(deepMutationArb, { minLength: 1, maxLength: 3 }))
      .map(([progress, mutations]) => ({ progress, mutations })),
  },
);

/**
 * The device clock at import: mostly after every generated date, sometimes among them (the generated dates span
 * 2025-2027), so that files holding dates in the device's future are refused too.
 */
const importClockArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(Date.UTC(2028, 0, 1)) },
  { weight: 1, arbitrary: timestampArb.map((t) => Date.parse(t)) },
);

describe('import fuzz', () => {
  it(`survives ${CASES} generated and mutated files; stored progress unchanged on every rejection`, async () => {
    const seed = new FakeStorage();
    createProgressStore({ storage: seed, now: tickingClock(), rules }).dispatch({
      type: 'lesson.visited',
      lessonId: 'b-1',
    });
    const baseline = seed.data.get(PROGRESS_KEY) ?? '';
    let ran = 0;
    let rejected = 0;
    let accepted = 0;
    let sealed = 0;
    const reasons = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fileArb, importClockArb, async (input, importedAt) => {
        ran++;
        let text: string;
        if (typeof input === 'string') text = input;
        else if ('unchanged' in input) text = await encodeProgressFile(input.unchanged, { now, digest: sha256 });
        else if ('mutations' in input) {
          text = await resealed(input.progress, input.mutations);
          sealed++;
        } else {
          const [progress, mutations] = input;
          text = await encodeProgressFile(progress, { now, digest: sha256 });
          for (const m of mutations) {
            try {
              text = mutate(text, m);
            } catch {
              // a "field" mutation on text that is no longer JSON: keep the text as it is
            }
          }
        }
        // Every case starts from the same stored progress, as a learner's device would.
        const storage = new FakeStorage();
        storage.data.set(PROGRESS_KEY, baseline);
        const store = createProgressStore({ storage, now: tickingClock(), rules });
        const before = storage.data.get(PROGRESS_KEY);
        const completedBefore = Object.keys(store.get().completions.modules);
        const prepared = await prepareImport(store, text, { digest: sha256, rules, now: () => new Date(importedAt) });
        if (!prepared.ok) {
          rejected++;
          const reason = prepared.error.slice(0, 24);
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
          expect(prepared.error).toMatch(/\S/);
          expect(storage.data.get(PROGRESS_KEY)).toBe(before);
          return;
        }
        accepted++;
        const after = commitImport(store, prepared);
        for (const id of completedBefore) expect(after.completions.modules[id]).toBeDefined();
        // What an accepted file leaves in storage is valid progress that the next page load reads back.
        expect(ProgressSchema.safeParse(JSON.parse(storage.data.get(PROGRESS_KEY) ?? 'null')).success).toBe(true);
        // ... and holds no date more than a day past this device's clock (the generated dates reach 2027).
        for (const [, date] of (storage.data.get(PROGRESS_KEY) ?? '').matchAll(/"(\d{4}-\d\d-\d\dT[^"]*)"/g)) {
          expect(Date.parse(date ?? '')).toBeLessThanOrEqual(importedAt + 24 * 60 * 60 * 1000);
        }
      }),
      { numRuns: CASES },
    );
    console.log(
      `import fuzz: ${ran} cases (${sealed} resealed after a deep change), ${rejected} rejected, ${accepted} accepted`,
    );
    console.log(`import fuzz rejections by message: ${JSON.stringify(Object.fromEntries(reasons))}`);
    expect(ran).toBe(CASES);
    expect(rejected).toBeGreaterThan(CASES / 2);
    expect(accepted).toBeGreaterThan(0);
    // The resealed files reach the checks behind the digest: the schema and the forbidden keys both refuse some.
    expect([...reasons.keys()].some((r) => r.startsWith('Data progres rusak'))).toBe(true);
    expect([...reasons.keys()].some((r) => r.startsWith('Berkas ditolak demi kea'))).toBe(true);
    // A clock behind the file's dates, and nesting too deep to digest, each have their own message.
    expect([...reasons.keys()].some((r) => r.startsWith('Berkas berisi tanggal di'))).toBe(true);
    expect([...reasons.keys()].some((r) => r.startsWith('Isi berkas bersarang leb'))).toBe(true);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  }, 120_000);
});
