import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { POPPLER_MISSING, renderPdf } from '../../e2e/support/pdf-render.ts';

describe('the certificate tests on a machine without poppler', () => {
  const path = process.env['PATH'];
  afterEach(() => {
    process.env['PATH'] = path;
  });

  it('stop with one sentence saying what to install on each system', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sinergi-poppler-'));
    // An empty folder as the whole PATH: no pdftoppm, no pdftotext.
    process.env['PATH'] = dir;
    await expect(renderPdf(new Uint8Array([37, 80, 68, 70]), dir, 'x')).rejects.toThrow(POPPLER_MISSING);
    expect(POPPLER_MISSING).toMatch(/apt-get install poppler-utils.*brew install poppler.*Windows/);
  });
});
