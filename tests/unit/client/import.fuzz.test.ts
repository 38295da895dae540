// Fuzz: 10,000 generated or mutated files go into import. Nothing may throw, and every rejected file must leave the
// stored progress byte for byte as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitImport, prepareImport } from '../../../src/client/import-file.ts';
import { createProgressStore } from '../../../src/client/progress-store.ts';
import { encodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys.ts';
import { progressArb } from '../progress/arbitraries.ts';
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
    await fc.assert(
      fc.asyncProperty(fileArb, async (input) => {
        ran++;
        let text: string;
        if (typeof input === 'string') text = input;
        else if ('unchanged' in input) text = await encodeProgressFile(input.unchanged, { now, digest: sha256 });
        else {
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
        const prepared = await prepareImport(store, text, { digest: sha256, rules });
        if (!prepared.ok) {
          rejected++;
          expect(prepared.error).toMatch(/\S/);
          expect(storage.data.get(PROGRESS_KEY)).toBe(before);
          return;
        }
        accepted++;
        const after = commitImport(store, prepared);
        for (const id of completedBefore) expect(after.completions.modules[id]).toBeDefined();
      }),
      { numRuns: CASES },
    );
    console.log(`import fuzz: ${ran} cases, ${rejected} rejected, ${accepted} accepted`);
    expect(ran).toBe(CASES);
    expect(rejected).toBeGreaterThan(CASES / 2);
    expect(accepted).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  }, 120_000);
});
