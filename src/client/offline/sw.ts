// The service worker, as Workbox configuration: precache the whole site, answer from the precache (also for
// Pagefind's `?ts=` cache-busted requests), show /offline/ for a page that was never saved, and wait for the page's
// "muat ulang" before a new version takes over. src/integrations/service-worker.ts bundles this file and injects the
// precache manifest.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

/** The part of the service worker global scope used here (the DOM library has no service worker types). */
interface ServiceWorkerScope {
  readonly __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const worker = self as unknown as ServiceWorkerScope;

setCacheNameDetails({ prefix: 'sinergi' });

// workbox-window's messageSkipWaiting(), sent when the learner accepts "Versi baru tersedia — muat ulang".
worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
clientsClaim();

// Spelled out as `self.__WB_MANIFEST`: Workbox's injectManifest looks for exactly that text in the bundle.
precacheAndRoute((self as unknown as ServiceWorkerScope).__WB_MANIFEST, {
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
});
cleanupOutdatedCaches();

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: '/offline/index.html' })] }),
);
