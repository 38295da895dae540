/** A source of uniform numbers in [0, 1); injected wherever order is random so results are reproducible. */
export type Random = () => number;

/** A small seeded PRNG (mulberry32): the same seed always gives the same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of the next attempt, derived from this one (a retry gets a fresh, still reproducible, draw). */
export function nextSeed(seed: number): number {
  return Math.floor(createRandom(seed ^ 0x5bd1e995)() * 2147483647);
}
