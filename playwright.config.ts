import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { systemChromium } from './scripts/chromium.ts';

const executablePath = systemChromium(process.env, existsSync);

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const phone = {
  ...devices['Pixel 7'],
  browserName: 'chromium' as const,
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium-mobile', testIgnore: /update-flow\.spec\.ts/, use: phone },
    // Edits dist/ to publish a new version, so it runs alone after everything else.
    { name: 'update-flow', testMatch: /update-flow\.spec\.ts/, dependencies: ['chromium-mobile'], use: phone },
  ],
  webServer: {
    // The production build, on a port other than the dev server's, so a running `npm start` is never mistaken for it.
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
