import type { Loader } from 'astro/loaders';

// The content check runs beside Astro's start-up, and every collection loader waits for its verdict. The integration
// and src/content.config.ts are loaded by two different module loaders (Vite's config bundler and its module runner),
// so each has its own copy of this module: the verdict is shared through a registered symbol on globalThis.
const VERDICT = Symbol.for('sinergi.content-check.verdict');

type Holder = Record<typeof VERDICT, Promise<void> | undefined>;

/**
 * Publishes the verdict of the content check: a promise that rejects with the report when the content is wrong.
 * Its rejection is handled here, so a command that loads no collection (`astro preview`) does not crash on it.
 */
export function publishContentCheck(verdict: Promise<void>): void {
  verdict.catch(() => undefined);
  (globalThis as unknown as Holder)[VERDICT] = verdict;
}

/** The published verdict; resolved when no check runs in this process (a loader used outside `astro`). */
export function contentCheckVerdict(): Promise<void> {
  return (globalThis as unknown as Holder)[VERDICT] ?? Promise.resolve();
}

/**
 * Wraps a loader so it loads nothing before the content check passes. A broken file then stops the build with the
 * check's report (path:line:column, in Indonesian) instead of the first schema error Astro meets.
 */
export function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      await contentCheckVerdict();
      await loader.load(context);
    },
  };
}
