// Which Chromium the end-to-end tests drive: Debian's when present (browsers cannot be downloaded on the CI machines),
// Playwright's own otherwise, and when neither is on the machine (a fresh laptop), Playwright's, installed first.
// playwright.config.ts, the build tests, `npm run audit` and the browser benchmarks launch what this chooses;
// scripts/ensure-chromium.ts, which their npm scripts run first, installs it when needed.

/** System Chromium paths, first match wins; PLAYWRIGHT_CHROMIUM_EXECUTABLE names any other. */
export function systemChromiumCandidates(env: NodeJS.ProcessEnv): string[] {
  return [env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
}

/** The system Chromium to launch, or undefined to launch Playwright's own. */
export function systemChromium(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): string | undefined {
  return systemChromiumCandidates(env).find(exists);
}

export type ChromiumChoice =
  { kind: 'system'; path: string } | { kind: 'playwright'; path: string } | { kind: 'install'; path: string };

/** What the e2e step runs on: a system Chromium, Playwright's installed one, or Playwright's once installed. */
export function chooseChromium(
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean,
  playwrightPath: string,
): ChromiumChoice {
  const system = systemChromium(env, exists);
  if (system) return { kind: 'system', path: system };
  return { kind: exists(playwrightPath) ? 'playwright' : 'install', path: playwrightPath };
}
