import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/documents.ts';
import {
  buildSearchIndex,
  loadSearchIndex,
  searchIndex,
  serializeSearchIndex,
} from '../../../src/lib/search/lunr-index.ts';

const word = fc.constantFrom(
  'mitra',
  'kemitraan',
  'warga',
  'desa',
  'patroli',
  'lalu',
  'lintas',
  'yang',
  'Bhabin',
  'ronda',
);
const text = fc.array(word, { maxLength: 8 }).map((ws) => ws.join(' '));
const docs = fc.uniqueArray(
  fc.record({ ref: fc.stringMatching(/^[a-z]{1,8}$/), title: text, alias: text, body: text }),
  { selector: (d: SearchDocument) => d.ref, maxLength: 12 },
);

describe('serialized index (property)', () => {
  it('load(serialize(index)) answers every query exactly like the index', () => {
    fc.assert(
      fc.property(docs, text, (documents, query) => {
        const index = buildSearchIndex(documents);
        const loaded = loadSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(index))));
        expect(searchIndex(loaded, query)).toEqual(searchIndex(index, query));
      }),
      { numRuns: 60 },
    );
  });

  it('every hit is one of the indexed records', () => {
    fc.assert(
      fc.property(docs, text, (documents, query) => {
        const known = new Set(documents.map((d) => d.ref));
        for (const hit of searchIndex(buildSearchIndex(documents), query)) expect(known.has(hit.ref)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
