import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findPageScripts } from '../../../src/lib/build/page-scripts.ts';
import { type AfterPaint, deferToFirstPaint, sourcesLoadedAfterPaint } from '../../../src/lib/html/after-paint.ts';

const page = `<html><head><title>Pelajaran</title><link rel="manifest" href="/manifest.webmanifest"></head><body>
<main><h1>Apa itu Polmas</h1></main>
<script type="module" src="/_astro/Offline.a1.js"></script><p>Isi</p>
<script type="module" src="/_astro/lesson.b2.js"></script><script type="application/json">{"a":1}</script></body></html>`;

/** Records what it is called with (on the global object of the context it runs in): stands in for the loader. */
function record(after: AfterPaint) {
  (globalThis as { loaded?: AfterPaint }).loaded = after;
}

/** Runs the inline script of a page written by `deferToFirstPaint` and returns what it passed to the loader. */
function runInline(html: string): AfterPaint | undefined {
  const text = /<script data-after-paint>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const context: { loaded?: AfterPaint } = {};
  runInNewContext(text, context);
  return context.loaded;
}

describe('deferToFirstPaint', () => {
  it('writes one inline script, where the first tag stood, that loads every source in document order', () => {
    const html = deferToFirstPaint(page, record);
    expect(html).not.toContain('type="module"');
    expect(html.indexOf('<script data-after-paint>')).toBe(html.indexOf('</main>\n') + '</main>\n'.length);
    expect(html).toContain('<p>Isi</p>');
    expect(html).toContain('<script type="application/json">{"a":1}</script>');
    expect(runInline(html)).toEqual({
      scripts: ['/_astro/Offline.a1.js', '/_astro/lesson.b2.js'],
      manifest: '/manifest.webmanifest',
    });
  });

  it('hands the web app manifest link to the loader instead of the head', () => {
    const html = deferToFirstPaint(page, record);
    expect(html).not.toContain('rel="manifest"');
    expect(html).toContain('<head><title>Pelajaran</title></head>');
  });

  it('passes no manifest when the page links none (a page of an LMS package)', () => {
    const withoutManifest = page.replace('<link rel="manifest" href="/manifest.webmanifest">', '');
    expect(runInline(deferToFirstPaint(withoutManifest, record))).toEqual({
      scripts: ['/_astro/Offline.a1.js', '/_astro/lesson.b2.js'],
    });
  });

  it('leaves a page without module scripts as it is, manifest link included', () => {
    const plain =
      '<head><link rel="manifest" href="/manifest.webmanifest"></head><main><p>Isi</p><script>1</script></main>';
    expect(deferToFirstPaint(plain, record)).toBe(plain);
  });

  it('keeps a source that could end the element from ending it', () => {
    const html = deferToFirstPaint('<script type="module" src="/x</script>.js"></script>', record);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(runInline(html)?.scripts).toEqual(['/x</script>.js']);
    expect(
      sourcesLoadedAfterPaint('data-after-paint', /<script[^>]*>([\s\S]*)<\/script>/.exec(html)?.[1] ?? ''),
    ).toEqual(['/x</script>.js']);
  });
});

describe('sourcesLoadedAfterPaint', () => {
  it('lets the size report count the scripts a page loads after its first paint as loaded up front', () => {
    const scripts = findPageScripts(deferToFirstPaint(page, record));
    expect(scripts.urls).toEqual(['/_astro/Offline.a1.js', '/_astro/lesson.b2.js']);
    expect(scripts.inline).toHaveLength(1);
  });

  it('reads nothing from other inline scripts', () => {
    expect(sourcesLoadedAfterPaint('', 'f({"scripts":["/_astro/x.js"]})')).toEqual([]);
  });
});
