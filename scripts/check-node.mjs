// Runs first in every npm script, on whatever Node the machine has: plain JavaScript, so that a Node too old for the
// project (Astro 7, Vitest 5, the type-stripped `.ts` scripts) meets one clear sentence instead of a stack trace.
// The supported range is package.json's `engines.node`; `node scripts/check-node.mjs <version>` checks another version.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const version = process.argv[2] || process.version;

if (!semver.satisfies(version, engines.node)) {
  console.error(
    `Sinergi needs Node.js ${engines.node} but this is Node.js ${version}: install the current LTS from https://nodejs.org/ and run "npm install" again.`,
  );
  process.exit(1);
}
