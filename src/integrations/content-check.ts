import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentCheckVerdict, publishContentCheck } from './content-check-gate.ts';

/** Reads and checks the content on a worker thread: the report, or null when the content is valid. */
function checkOnWorker(root: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: root });
    worker.once('message', resolve);
    worker.once('error', reject);
    // After a report, exiting settles nothing; without one, the check died before it could say anything.
    worker.once('exit', (code) => {
      reject(new Error(`Pemeriksaan konten berhenti tanpa hasil (kode keluar ${String(code)})`));
    });
  });
}

/**
 * Checks every content file before Astro loads it, with the same validator as `npm run check:content`.
 * A build stops on the report; the dev server logs it and keeps serving so authors can fix and preview.
 *
 * The check (about 1.4 s of CPU at 1,500 lessons) runs on a worker thread while Astro starts Vite and loads the content
 * config on the main one; every collection loader waits for it (`afterContentCheck` in src/content.config.ts), so no
 * entry is parsed before the check has passed. `astro:build:start` waits for it too, in case no loader ran.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sinergi:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Preview serves dist/ and loads no content.
        if (command === 'preview') return;
        const verdict = checkOnWorker(fileURLToPath(config.root)).then((report) => {
          if (report === null) return;
          if (command === 'build') {
            throw new Error(`Konten tidak valid:\n${report}\nPerbaiki berkas di atas lalu jalankan lagi.`);
          }
          logger.warn(`Konten tidak valid:\n${report}`);
        });
        publishContentCheck(verdict);
      },
      'astro:build:start': async () => {
        await contentCheckVerdict();
      },
    },
  };
}
