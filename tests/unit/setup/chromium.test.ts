import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseChromium } from '../../../scripts/chromium.ts';

const PLAYWRIGHT = '/home/trainer/.cache/ms-playwright/chromium-1234/chrome-linux/chrome';
/** A machine on which only the given files exist. */
const machine =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('chooseChromium: the browser the e2e step runs on', () => {
  it("uses Debian's Chromium when it is installed, and downloads nothing", () => {
    expect(chooseChromium({}, machine('/usr/bin/chromium'), PLAYWRIGHT)).toEqual({
      kind: 'system',
      path: '/usr/bin/chromium',
    });
    expect(chooseChromium({}, machine('/usr/bin/chromium-browser', PLAYWRIGHT), PLAYWRIGHT)).toEqual({
      kind: 'system',
      path: '/usr/bin/chromium-browser',
    });
  });

  it('prefers PLAYWRIGHT_CHROMIUM_EXECUTABLE when that file exists, and skips it when it does not', () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE: '/opt/chromium/chrome' };
    expect(chooseChromium(env, machine('/opt/chromium/chrome', '/usr/bin/chromium'), PLAYWRIGHT)).toEqual({
      kind: 'system',
      path: '/opt/chromium/chrome',
    });
    expect(chooseChromium(env, machine('/usr/bin/chromium'), PLAYWRIGHT)).toEqual({
      kind: 'system',
      path: '/usr/bin/chromium',
    });
  });

  it("uses Playwright's own Chromium when no system Chromium exists but Playwright's is installed", () => {
    expect(chooseChromium({}, machine(PLAYWRIGHT), PLAYWRIGHT)).toEqual({ kind: 'playwright', path: PLAYWRIGHT });
  });

  it("installs Playwright's Chromium on a fresh laptop that has no Chromium at all", () => {
    expect(chooseChromium({}, machine(), PLAYWRIGHT)).toEqual({ kind: 'install', path: PLAYWRIGHT });
  });
});

describe('npm scripts that launch Chromium', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };

  it.each(['test:build', 'test:e2e', 'audit', 'bench:recap', 'bench:search'])(
    '%s makes sure a Chromium is there before it starts',
    (name) => {
      const steps = scripts[name]?.split(' && ') ?? [];
      expect(steps).toContain('node scripts/ensure-chromium.ts');
      expect(steps.indexOf('node scripts/ensure-chromium.ts')).toBe(steps.length - 2);
    },
  );
});
