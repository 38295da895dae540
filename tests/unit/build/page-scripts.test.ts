import { describe, expect, it } from 'vitest';
import {
  findDynamicImports,
  findPageScripts,
  findStaticImports,
  findWorkerScripts,
} from '../../../src/lib/build/page-scripts.ts';

describe('findPageScripts', () => {
  it('collects module scripts, preloads, island URLs and inline code, skipping JSON', () => {
    const html = `
      <link rel="modulepreload" href="/_astro/client.js">
      <script type="module" src="/_astro/page.js"></script>
      <script>document.body.dataset.x = '1'</script>
      <script type="application/ld+json">{"a":1}</script>
      <astro-island uid="1" component-url="/_astro/QuizIsland.js" renderer-url="/_astro/client.js"></astro-island>`;
    expect(findPageScripts(html)).toEqual({
      urls: ['/_astro/page.js', '/_astro/client.js', '/_astro/QuizIsland.js'],
      inline: ["document.body.dataset.x = '1'"],
      onVisible: [],
      hasIsland: true,
    });
  });

  it('sets apart what client:visible islands load once on screen, unless the page preloads it anyway', () => {
    const html = `
      <link rel="modulepreload" href="/_astro/shared.js">
      <astro-island uid="1" component-url="/_astro/QuizIsland.js" renderer-url="/_astro/client.js" ssr client="visible"></astro-island>
      <astro-island uid="2" component-url="/_astro/shared.js" renderer-url="/_astro/client.js" ssr client="visible"></astro-island>
      <astro-island uid="3" component-url="/_astro/Menu.js" renderer-url="/_astro/client.js" ssr client="idle"></astro-island>`;
    expect(findPageScripts(html)).toEqual({
      urls: ['/_astro/shared.js', '/_astro/Menu.js', '/_astro/client.js'],
      inline: [],
      onVisible: ['/_astro/QuizIsland.js'],
      hasIsland: true,
    });
  });

  it('finds nothing on a page without scripts', () => {
    expect(findPageScripts('<main><p>Isi</p></main>')).toEqual({
      urls: [],
      inline: [],
      onVisible: [],
      hasIsland: false,
    });
  });
});

describe('findStaticImports', () => {
  it('follows static imports and re-exports but not dynamic imports', () => {
    const js = `import{a as b}from"./chunk-a.js";import "./side.js";export*from"./re.js";const l=()=>import("./lazy.js");`;
    expect(findStaticImports(js)).toEqual(['./chunk-a.js', './side.js', './re.js']);
  });
});

describe('findDynamicImports', () => {
  it('finds code loaded on demand', () => {
    expect(findDynamicImports('const l=()=>import("./lazy.js");import(`/pagefind/pagefind.js`)')).toEqual([
      './lazy.js',
      '/pagefind/pagefind.js',
    ]);
  });
});

describe('findWorkerScripts', () => {
  it('finds the scripts a module starts as Web Workers, as the bundler writes them', () => {
    const js =
      'class l{worker=new Worker(new URL(`/_astro/checker-worker-ku7X.js`,``+import.meta.url),{type:`module`})}';
    expect(findWorkerScripts(js)).toEqual(['/_astro/checker-worker-ku7X.js']);
    expect(findWorkerScripts('const w = "new Worker"; import("./x.js");')).toEqual([]);
  });
});
