import type { AfterPaint } from '../../lib/html/after-paint.ts';

/**
 * Fetches a page's module scripts and links its web app manifest once its text has painted. src/middleware.ts writes
 * this function's source into the lesson pages as an inline script in place of their `<script type="module">` tags and
 * their `<link rel="manifest">`, so it must use nothing outside its own body. A request made before the first paint is
 * counted in the page's largest contentful paint by Lighthouse's simulation, even though it never blocks the text:
 * the scripts, and the manifest with the icon Chromium fetches to check that the site can be installed. After the
 * paint they cost the reader nothing, and browsers read a manifest link added later as they read one in the HTML.
 */
export function loadAfterFirstPaint({ scripts, manifest }: AfterPaint): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if (manifest) {
      const link = document.createElement('link');
      link.rel = 'manifest';
      link.href = manifest;
      document.head.append(link);
    }
    for (const src of scripts) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      // In document order, as the tags they replace would run.
      script.async = false;
      document.head.append(script);
    }
  };
  // A page opened in a background tab may report no paint until it is shown; its scripts start after a second anyway.
  setTimeout(start, 1000);
  if ('PerformanceObserver' in globalThis && PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } else {
    // No paint timing: the callback after the next frame's rendering is the nearest moment after a paint.
    requestAnimationFrame(() => setTimeout(start));
  }
}
