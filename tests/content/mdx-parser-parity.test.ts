import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxJsParser } from '../../src/client/studio/mdx-compiler.ts';
import { projectFileSize, readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContentFiles } from '../../src/lib/content/checker.ts';
import { formatReport } from '../../src/lib/content/diagnostic.ts';
import { satteriParser } from '../../src/lib/content/satteri-parser.ts';

// The studio checks MDX in the browser with @mdx-js/mdx (src/client/studio/mdx-compiler.ts explains why not satteri).
// The checker must then say exactly what `npm run check:content` says: every MDX fixture of an authoring mistake, and
// every lesson of the real course, gives the same report, message for message, at the same line and column.

const folder = fileURLToPath(new URL('./fixtures/authoring/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const base = await readContentFiles(`${folder}base`);
const fileSize = projectFileSize(`${folder}base`);
const fixtures = (await readdir(folder)).filter((name) => name.endsWith('.mdx'));

function reports(files: { path: string; text: string }[], size: (path: string) => number | undefined) {
  const report = (parseMdx: typeof satteriParser) => {
    const { diagnostics, warnings } = checkContentFiles(files, { fileSize: size, parseMdx });
    return formatReport(diagnostics, warnings);
  };
  return { satteri: report(satteriParser), mdxJs: report(mdxJsParser) };
}

describe('the studio MDX parser (@mdx-js/mdx) and the build one (satteri) in the checker', () => {
  it('are given the MDX fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)('%s: the same report', async (name) => {
    const text = await readFile(`${folder}${name}`, 'utf8');
    const path = 'modules/01-contoh/02-kedua.mdx';
    const { satteri, mdxJs } = reports([...base, { path, text }], fileSize);
    expect(mdxJs).toBe(satteri);
  });

  it('the same report on the real course, which has no mistake', async () => {
    const files = await readContentFiles(root);
    const { satteri, mdxJs } = reports(files, projectFileSize(root));
    expect(satteri).not.toContain('masalah ditemukan');
    expect(mdxJs).toBe(satteri);
  }, 60_000);
});
