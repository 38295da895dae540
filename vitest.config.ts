import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/{unit,content,machines,components}/**/*.test.{ts,tsx}'] },
      },
      // Tests that run a full `astro build` (tens of seconds, both cores): `npm run test:build`, after the unit tests,
      // so that they never compete with the unit suite's own child processes and timeouts.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
