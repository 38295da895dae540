// Checks modules/ and content/ without a build: `npm run check:content [root]`.
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport } from '../src/lib/content/diagnostic.ts';
import { readContentFiles } from '../src/integrations/read-content.ts';

const root = resolve(process.argv[2] ?? '.');
const { diagnostics } = checkContent(await readContentFiles(root));
console.log(formatReport(diagnostics));
process.exitCode = diagnostics.length === 0 ? 0 : 1;
