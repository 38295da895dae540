// Checks modules/ and content/ without a build: `npm run check:content [-- --strict] [root]`.
// Warnings (leftover scaffold text, duplicate options, ...) are listed and leave the exit code 0; --strict, for
// publishing, makes them errors.
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport } from '../src/lib/content/diagnostic.ts';
import { projectFileSize, readContentFiles } from '../src/integrations/read-content.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const { diagnostics, warnings } = checkContent(await readContentFiles(root), { fileSize: projectFileSize(root) });
console.log(strict ? formatReport([...diagnostics, ...warnings]) : formatReport(diagnostics, warnings));
process.exitCode = diagnostics.length === 0 && (!strict || warnings.length === 0) ? 0 : 1;
