/**
 * Loads a page's module scripts once its text has painted. src/middleware.ts writes this function's source into the
 * lesson pages as an inline script in place of their `<script type="module">` tags, so it must use nothing outside
 * its own body. A script fetched before the first paint is counted in the page's largest contentful paint by
 * Lighthouse's simulation, even though it never blocks the text; after the paint it costs the reader nothing.
 */
export function loadAfterFirstPaint(sources: readonly string[]): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const src of sources) {
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
