import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { functionDocument, glossaryDocument, type SearchDocument } from '../../../src/lib/search/documents.ts';
import {
  buildSearchIndex,
  loadSearchIndex,
  searchIndex,
  serializeSearchIndex,
} from '../../../src/lib/search/lunr-index.ts';
import { FunctionCardSchema, GlossaryTermSchema } from '../../../src/schemas/index.ts';

const contentDir = (name: string) => join(import.meta.dirname, '../../../content', name);
const readAll = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as unknown);

const glossary = buildSearchIndex(
  readAll(contentDir('glossary')).map((t) => glossaryDocument(GlossaryTermSchema.parse(t))),
);
const functions = buildSearchIndex(
  readAll(contentDir('functions')).map((c) => functionDocument(FunctionCardSchema.parse(c))),
);
const refs = (hits: readonly { ref: string }[]) => hits.map((h) => h.ref);

describe('glossary index (real content)', () => {
  it('finds a term by its alias', () => {
    expect(refs(searchIndex(glossary, 'Bhabin'))[0]).toBe('bhabinkamtibmas');
    expect(refs(searchIndex(glossary, 'DDS'))[0]).toBe('sambang');
  });

  it('finds entries about "mitra" from any affixed form: kemitraan, bermitra, mitra', () => {
    for (const query of ['kemitraan', 'bermitra', 'mitra']) {
      const found = refs(searchIndex(glossary, query));
      expect(found, query).toContain('kemitraan');
      expect(found, query).toContain('fkpm'); // Forum Kemitraan Polisi Masyarakat
    }
  });

  it('ranks the term itself above entries that only mention it in their definition', () => {
    const found = refs(searchIndex(glossary, 'kemitraan'));
    expect(found[0]).toBe('kemitraan');
    expect(found.indexOf('strategi-polmas')).toBeGreaterThan(0);
  });

  it('matches the last word as a prefix while the user is typing', () => {
    expect(refs(searchIndex(glossary, 'Bhab'))[0]).toBe('bhabinkamtibmas');
  });

  it('returns nothing for an empty query or one made only of stop words', () => {
    expect(searchIndex(glossary, '')).toEqual([]);
    expect(searchIndex(glossary, 'yang dan  ')).toEqual([]);
  });
});

describe('function index (real content)', () => {
  it('surfaces Lantas for a question in plain Indonesian', () => {
    expect(refs(searchIndex(functions, 'siapa yang menangani kecelakaan'))[0]).toBe('lantas');
  });

  it('finds a card by a keyword', () => {
    expect(refs(searchIndex(functions, 'narkoba'))[0]).toBe('resnarkoba');
  });

  it('finds the card that names a route to Binmas, such as the nota dinas', () => {
    expect(refs(searchIndex(functions, 'nota dinas'))[0]).toBe('lantas');
  });
});

describe('field boosts (fixtures)', () => {
  const docs: SearchDocument[] = [
    { ref: 'in-body', title: 'Forum warga', alias: '', body: 'Tempat membahas patroli dan ronda malam.' },
    { ref: 'in-alias', title: 'Siskamling', alias: 'ronda', body: 'Sistem keamanan lingkungan.' },
    { ref: 'in-title', title: 'Ronda', alias: '', body: 'Jaga malam bergiliran oleh warga.' },
  ];
  const index = buildSearchIndex(docs);

  it('ranks title above alias above body', () => {
    expect(refs(searchIndex(index, 'ronda'))).toEqual(['in-title', 'in-alias', 'in-body']);
  });
});

describe('serialized index', () => {
  it('round-trips through JSON and answers the same queries with the same scores', () => {
    const json = JSON.stringify(serializeSearchIndex(glossary));
    const loaded = loadSearchIndex(JSON.parse(json));
    for (const query of ['Bhabin', 'DDS', 'kemitraan', 'kunjungan warga', 'Perpol 1 2021', 'Bhab']) {
      expect(searchIndex(loaded, query), query).toEqual(searchIndex(glossary, query));
    }
    expect(JSON.stringify(serializeSearchIndex(loaded))).toBe(json);
  });

  it('refuses JSON that is not an index of this version', () => {
    expect(() => loadSearchIndex({ version: 0, lunr: {} })).toThrow(/version 1/);
    expect(() => loadSearchIndex(null)).toThrow(/version 1/);
  });
});
