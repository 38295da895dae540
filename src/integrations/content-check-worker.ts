// The worker thread of sinergi:content-check: reads and checks every content file of the project root it is given and
// posts the report, or null when the content is valid.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/diagnostic.ts';
import { readContentFiles } from './read-content.ts';

const { diagnostics } = checkContent(await readContentFiles(workerData as string));
parentPort?.postMessage(diagnostics.length === 0 ? null : formatReport(diagnostics));
