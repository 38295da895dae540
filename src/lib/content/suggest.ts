import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate an author most likely meant by a misspelt id, field or name: the nearest by edit distance, when it is
 * near enough to be a slip (at most 2 edits, or a quarter of the word for long ids), else undefined. Ids that differ
 * only in their numbers name different things (pasal-3, pasal-99): no guess is offered between them.
 */
export function likelyMeant(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || word === '') return undefined;
  const lower = word.toLowerCase();
  const best = closest(
    lower,
    list.map((c) => c.toLowerCase()),
  );
  const index = list.findIndex((c) => c.toLowerCase() === best);
  const found = list[index];
  if (found === undefined || found === word) return undefined;
  const letters = (s: string) => s.toLowerCase().replace(/\d+/g, '#');
  if (letters(found) === letters(word) && found.toLowerCase() !== lower) return undefined;
  return distance(lower, best) <= Math.max(2, Math.floor(word.length / 4)) ? found : undefined;
}

/** `maksud Anda "x"?` for a misspelt id, or the fallback hint when nothing is near. */
export function meantHint(word: string, candidates: Iterable<string>, fallback: string): string {
  const meant = likelyMeant(word, candidates);
  return meant ? `maksud Anda "${meant}"?` : fallback;
}
