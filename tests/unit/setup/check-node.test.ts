import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/check-node.mjs', import.meta.url));

/** `node scripts/check-node.mjs <version>`, as every npm script runs it first, checking the given Node version. */
async function checkNode(version: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, version]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('check-node: the first step of every npm script', () => {
  it.each(['v20.20.2', 'v18.19.0', 'v22.12.0', 'v22.18.0', 'v23.11.0', 'v24.15.0'])(
    'stops Node %s with one sentence naming the version and what to install',
    async (version) => {
      const { code, stdout, stderr } = await checkNode(version);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`Sinergi needs Node.js ^22.22.3 || ^24.16.0 || >=26.3.0 but this is Node.js ${version}`);
      expect(stderr).toContain('https://nodejs.org/');
    },
  );

  it.each(['v22.22.3', 'v24.16.0', 'v24.21.0', 'v26.3.0'])('lets Node %s through silently', async (version) => {
    expect(await checkNode(version)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('checks the Node that runs it when given no version', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script]);
    expect({ stdout, stderr }).toEqual({ stdout: '', stderr: '' });
  });
});
