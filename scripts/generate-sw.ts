// Rebuilds dist/sw.js and dist/offline.json from the dist/ already built. `npm run build` does this itself (the
// sinergi:service-worker integration); the update-flow e2e test runs this to publish a "new version".
import { join } from 'node:path';
import { buildServiceWorker } from '../src/integrations/service-worker.ts';

const root = process.cwd();
const info = await buildServiceWorker(root, join(root, 'dist'));
for (const warning of info.warnings) console.warn(`generate-sw: ${warning}`);
console.log(
  `generate-sw: ${String(info.files)} files, ${(info.bytes / 1024 / 1024).toFixed(2)} MB (version ${info.version}).`,
);
