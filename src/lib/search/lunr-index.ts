import lunr from 'lunr';
import type { SearchDocument } from './documents.ts';
import {
  indonesianStemmer,
  indonesianStopWordFilter,
  isStopWord,
  registerIndonesian,
  splitWords,
} from './indonesian.ts';
import { normalizeText } from './indonesian.ts';

/** Field weights: a name beats an alias or keyword, which beats a word in the explanation. */
export const FIELD_BOOSTS = { title: 10, alias: 4, body: 1 } as const;

/** Version of the serialized form; a page refuses an index written by another version. */
export const SEARCH_INDEX_VERSION = 1;

/** A prebuilt index as written to JSON at build time. */
export interface SerializedSearchIndex {
  readonly version: typeof SEARCH_INDEX_VERSION;
  readonly lunr: object;
}

/** One hit: the entry's anchor id and Lunr's score (higher is better). */
export interface SearchHit {
  readonly ref: string;
  readonly score: number;
}

/** Builds a Lunr index over the records with Indonesian stop words and stemming and the field boosts. */
export function buildSearchIndex(documents: readonly SearchDocument[]): lunr.Index {
  registerIndonesian();
  const builder = new lunr.Builder();
  builder.pipeline.add(indonesianStopWordFilter, indonesianStemmer);
  builder.searchPipeline.add(indonesianStopWordFilter, indonesianStemmer);
  builder.ref('ref');
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  for (const doc of documents) {
    builder.add({
      ref: doc.ref,
      title: normalizeText(doc.title),
      alias: normalizeText(doc.alias),
      body: normalizeText(doc.body),
    });
  }
  return builder.build();
}

/** The index in the JSON form the pages fetch. */
export function serializeSearchIndex(index: lunr.Index): SerializedSearchIndex {
  return { version: SEARCH_INDEX_VERSION, lunr: index.toJSON() };
}

/** Loads a prebuilt index; throws when the JSON is not one this code wrote. */
export function loadSearchIndex(data: unknown): lunr.Index {
  const candidate = data as Partial<SerializedSearchIndex> | null;
  if (candidate?.version !== SEARCH_INDEX_VERSION || typeof candidate.lunr !== 'object') {
    throw new Error(`Search index: expected version ${SEARCH_INDEX_VERSION}`);
  }
  registerIndonesian();
  return lunr.Index.load(candidate.lunr);
}

/**
 * Searches as the user types: every word that is not a stop word is stemmed and matched in any field
 * (field boosts rank names first); the last word also matches as a prefix, so "Bhab" already finds Bhabinkamtibmas.
 */
export function searchIndex(index: lunr.Index, query: string): SearchHit[] {
  const words = splitWords(query).filter((w) => !isStopWord(w));
  if (words.length === 0) return [];
  const last = words.length - 1;
  return index
    .query((q) => {
      words.forEach((word, i) => {
        q.term(word, { usePipeline: true });
        if (i === last && word.length >= 2) {
          q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
        }
      });
    })
    .map((r) => ({ ref: r.ref, score: r.score }));
}
