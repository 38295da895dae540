import { stemmer } from '@orama/stemmers/indonesian';
import { stopwords } from '@orama/stopwords/indonesian';
import lunr from 'lunr';

const STOP_WORDS: ReadonlySet<string> = new Set(stopwords);

/** Lower-cases, strips accents and turns every run of non-letters/digits into one space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text as the index sees them before stemming: normalized, split on spaces. */
export function splitWords(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Whether a normalized word is an Indonesian stop word ("yang", "siapa", "dan", ...). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The Indonesian stem of a normalized word (Snowball via @orama/stemmers): "kemitraan", "bermitra" -> "mitra". */
export function stemWord(word: string): string {
  return stemmer(word);
}

/** Lunr pipeline step: drops Indonesian stop words. */
export const indonesianStopWordFilter: lunr.PipelineFunction = (token) => (isStopWord(token.toString()) ? null : token);

/** Lunr pipeline step: Indonesian stemming, the same at build time and at query time. */
export const indonesianStemmer: lunr.PipelineFunction = (token) => token.update((word) => stemWord(word));

/** Labels under which the steps are serialized in an index's JSON, so `lunr.Index.load` can find them. */
export const PIPELINE_LABELS = { stopWords: 'stopWordFilter-id', stemmer: 'stemmer-id' } as const;

let registered = false;

/** Registers the Indonesian pipeline steps with Lunr once (needed before building or loading an index). */
export function registerIndonesian(): void {
  if (registered) return;
  lunr.Pipeline.registerFunction(indonesianStopWordFilter, PIPELINE_LABELS.stopWords);
  lunr.Pipeline.registerFunction(indonesianStemmer, PIPELINE_LABELS.stemmer);
  registered = true;
}
