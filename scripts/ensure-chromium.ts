// Runs first in every npm script that launches Chromium (test:build, which npm test runs before test:e2e; test:e2e;
// audit; bench:recap; bench:search): on a machine with neither a system Chromium nor Playwright's own, installs
// Playwright's Chromium first, so that `npm test` passes on a fresh laptop. On Debian (and in .ci/run) the
// system Chromium is found and nothing is downloaded.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chooseChromium } from './chromium.ts';

const choice = chooseChromium(process.env, existsSync, chromium.executablePath());
if (choice.kind === 'install') {
  console.log(`No Chromium found (${choice.path} does not exist): installing Playwright's Chromium.`);
  const { status } = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exitCode = status ?? 1;
}
