import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // @xapi/cmi5 names its entry only in `module` and `browser` (no `main`, no `exports`), which the browser build
      // reads but Vitest's server-side resolver does not.
      '@xapi/cmi5': fileURLToPath(new URL('node_modules/@xapi/cmi5/dist/Cmi5.esm.js', import.meta.url)),
    },
  },
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
