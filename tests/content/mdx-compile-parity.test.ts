import { satteri } from '@astrojs/markdown-satteri';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectFileSize, readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { tableRegions } from '../../src/lib/mdx/satteri-plugins.ts';

// Every MDX fixture goes through the renderer the site's build uses (astro.config.mjs: satteri with the table plugin,
// optimize on). Whatever it refuses, the checker refuses too, in that file: the checker never lets through an MDX file
// the build would stop on. (What compiles but fails later, when the page renders, is built in
// tests/build/fixture-parity.test.ts.)

const folder = fileURLToPath(new URL('./fixtures/authoring/', import.meta.url));
const base = await readContentFiles(`${folder}base`);
const fileSize = projectFileSize(`${folder}base`);
const fixtures = (await readdir(folder)).filter((name) => name.endsWith('.mdx'));
const renderer = await satteri({ hastPlugins: [tableRegions] }).createMdxRenderer?.(
  {},
  { optimize: true, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
);

describe('the checker and the site MDX renderer', () => {
  it('are given every MDX fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)('%s: refused by the checker whenever the renderer refuses it', async (name) => {
    if (!renderer) throw new Error('the MDX processor cannot render MDX');
    const text = await readFile(`${folder}${name}`, 'utf8');
    const path = 'modules/01-contoh/02-kedua.mdx';
    const rendered = await renderer.process(splitFrontmatter(text)?.body ?? text, `${folder}${name}`, {}).then(
      () => true,
      () => false,
    );
    const { diagnostics } = checkContent([...base, { path, text }], { fileSize });
    if (!rendered) expect(diagnostics.filter((d) => d.file === path)).not.toEqual([]);
  });

  it('refuses the fixtures that break MDX syntax (so the test above checks something)', async () => {
    if (!renderer) throw new Error('the MDX processor cannot render MDX');
    const text = await readFile(`${folder}mdx-unclosed-component.mdx`, 'utf8');
    await expect(renderer.process(splitFrontmatter(text)?.body ?? text, 'x.mdx', {})).rejects.toThrow();
  });
});
