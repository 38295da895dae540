// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createElement } from 'react';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioPreview } from '../../src/components/studio/StudioPreview.tsx';

// The studio's preview of the fixture lesson (tests/build/fixtures/site/, which uses every author component that
// needs no island, a table and numbered sources) shows the same text and the same components as the built page.

const LESSON = 'modules/01-modul-uji/01-pelajaran-uji.mdx';
const PAGE = 'dist/modul/modul-uji/pelajaran-uji/index.html';
/** The roots of the author components and of what the MDX plugins add, as a learner meets them. */
const COMPONENTS =
  '.objectives, .callout, .checklist, .dasar-hukum, .function-card, .term, sup.sumber, .table-scroll, .catatan-sumber, .catatan, .quiz-box, .scenario';

/** Time for the build (BUILD_TIMEOUT of scripts/temp-project.ts, which this DOM test cannot import, see below). */
const BUILD_TIMEOUT = 180_000;

/**
 * Builds a copy of the fixture site with scripts/temp-project.ts in a child Node process and returns its folder: under
 * this test's DOM environment, Vite rewrites that module's `new URL('../', import.meta.url)` into a page URL.
 */
async function buildFixtureSite(): Promise<string> {
  const script = [
    "import { buildProject, copyFixtureSite } from './scripts/temp-project.ts';",
    "const root = await copyFixtureSite('sinergi-preview-');",
    'await buildProject(root);',
    'process.stdout.write(root);',
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
}

let root = '';
let built: Document;

async function courseFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const top of ['modules', 'content']) {
    for (const entry of await readdir(join(dir, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = join(entry.parentPath, entry.name);
      files.set(relative(dir, full).replaceAll('\\', '/'), await readFile(full, 'utf8'));
    }
  }
  return files;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** An element's text as a reader meets it: table cells apart, however the markup between them is spaced. */
function textOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const cell of copy.querySelectorAll('th, td')) cell.append(' ');
  return squash(copy.textContent);
}

/** The article's text from its title on, without what the page adds around the lesson (search tags, kit links). */
function articleText(article: Element): string {
  const copy = article.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[hidden], .meta, .kit-links, .studio-problems')) el.remove();
  return textOf(copy);
}

/** Each component root in document order: its class list and its text. */
function componentsOf(article: Element): string[] {
  return [...article.querySelectorAll(COMPONENTS)].map(
    (el) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !c.startsWith('astro-')).join('.')}: ${textOf(el)}`,
  );
}

beforeAll(async () => {
  root = await buildFixtureSite();
  built = new DOMParser().parseFromString(await readFile(join(root, PAGE), 'utf8'), 'text/html');
}, BUILD_TIMEOUT);

afterAll(async () => {
  cleanup();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the studio preview of the fixture lesson', () => {
  it('shows the text and the author components of the built page', async () => {
    const files = await courseFiles(root);
    render(createElement(StudioPreview, { files, path: LESSON }));
    await screen.findByRole('region', { name: 'Pengemban Polmas' }, { timeout: 10_000 });
    const page = built.querySelector('article.lesson');
    const preview = document.querySelector('article.studio-article');
    if (!page || !preview) throw new Error('no lesson article');

    const components = componentsOf(page);
    // Every kind of component the fixture uses is there, so the comparison covers them.
    for (const kind of [
      'objectives',
      'callout',
      'checklist',
      'dasar-hukum',
      'function-card',
      'term',
      'sumber',
      'table-scroll',
      'catatan',
    ]) {
      expect(
        components.some((c) => c.includes(`.${kind}`)),
        kind,
      ).toBe(true);
    }
    expect(componentsOf(preview)).toEqual(components);
    expect(articleText(preview)).toBe(articleText(page));
  });
});
