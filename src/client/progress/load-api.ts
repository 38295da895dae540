// The progress API (api.ts), loaded on demand. Every caller that loads it lazily goes through here, so the list of
// its chunks the browser preloads is written once, in this module's chunk, instead of once per caller.

/** Loads the progress API (the store and zod with it). */
export const loadProgressApi = () => import('./api.ts');
