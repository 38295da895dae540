// Times `npm run check:content` on the real content: `npm run bench:check [runs]` (default 7); prints the median.
// Each run is a fresh process, as a trainer would run it, so start-up and file reading are counted.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Math.max(1, Number(process.argv[2] ?? 7));
const root = fileURLToPath(new URL('../', import.meta.url));
const script = fileURLToPath(new URL('./check-content.ts', import.meta.url));
const TARGET_MS = 5000;

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  // check-content exits 1 when content is wrong; the time still counts, so do not stop on it.
  try {
    execFileSync(process.execPath, [script, root], { stdio: 'ignore' });
  } catch {
    // reported by `npm run check:content`
  }
  times.push(performance.now() - start);
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `check:content, ${String(runs)} runs: median ${seconds(median)} (min ${seconds(sorted[0] ?? 0)}, max ${seconds(sorted.at(-1) ?? 0)})`,
);
console.log(
  median <= TARGET_MS ? `within the ${seconds(TARGET_MS)} target` : `SLOWER than the ${seconds(TARGET_MS)} target`,
);
process.exitCode = median <= TARGET_MS ? 0 : 1;
