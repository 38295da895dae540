import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findPageScripts } from '../../../src/lib/build/page-scripts.ts';
import { replaceModuleScripts, sourcesLoadedAfterPaint } from '../../../src/lib/html/scripts-after-paint.ts';

const page = `<html><head><title>Pelajaran</title></head><body><main><h1>Apa itu Polmas</h1></main>
<script type="module" src="/_astro/Offline.a1.js"></script><p>Isi</p>
<script type="module" src="/_astro/lesson.b2.js"></script><script type="application/json">{"a":1}</script></body></html>`;

/** Records the sources it is called with (on the global object of the context it runs in): stands in for the loader. */
function record(sources: readonly string[]) {
  (globalThis as { loaded?: readonly string[] }).loaded = sources;
}

describe('replaceModuleScripts', () => {
  it('writes one inline script, where the first tag stood, that loads every source in document order', () => {
    const html = replaceModuleScripts(page, record);
    expect(html).not.toContain('type="module"');
    expect(html.indexOf('<script data-after-paint>')).toBe(page.indexOf('<script type="module"'));
    expect(html).toContain('<p>Isi</p>');
    expect(html).toContain('<script type="application/json">{"a":1}</script>');

    const text = /<script data-after-paint>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const context: { loaded?: readonly string[] } = {};
    runInNewContext(text, context);
    expect(context.loaded).toEqual(['/_astro/Offline.a1.js', '/_astro/lesson.b2.js']);
  });

  it('leaves a page without module scripts as it is', () => {
    const plain = '<main><p>Isi</p><script>1</script></main>';
    expect(replaceModuleScripts(plain, record)).toBe(plain);
  });

  it('keeps a source that could end the element from ending it', () => {
    const html = replaceModuleScripts('<script type="module" src="/x</script>.js"></script>', record);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(
      sourcesLoadedAfterPaint('data-after-paint', /<script[^>]*>([\s\S]*)<\/script>/.exec(html)?.[1] ?? ''),
    ).toEqual(['/x</script>.js']);
  });
});

describe('sourcesLoadedAfterPaint', () => {
  it('lets the size report count the scripts a page loads after its first paint as loaded up front', () => {
    const scripts = findPageScripts(replaceModuleScripts(page, record));
    expect(scripts.urls).toEqual(['/_astro/Offline.a1.js', '/_astro/lesson.b2.js']);
    expect(scripts.inline).toHaveLength(1);
  });

  it('reads nothing from other inline scripts', () => {
    expect(sourcesLoadedAfterPaint('', 'f(["/_astro/x.js"])')).toEqual([]);
  });
});
