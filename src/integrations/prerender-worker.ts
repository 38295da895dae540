// The worker thread of sinergi:parallel-prerender: loads the prerender bundle Astro built and renders the pages the
// main thread sends it, with the build state copied from the main thread.
import { parentPort, workerData } from 'node:worker_threads';

/** What the main thread copies to the worker: the bundle and the build state that rendering reads. */
export interface WorkerSetup {
  readonly entryUrl: string;
  /** Astro's page data key (route and component) with that page's stylesheets. */
  readonly pages: readonly (readonly [string, { readonly styles: unknown }])[];
  /** Astro's entry specifier to bundled file map (the page-stage script among them). */
  readonly bundles: readonly (readonly [string, string])[];
  /** Scripts integrations inject (`injectScript`). */
  readonly scripts: readonly object[];
}

export interface RenderRequest {
  readonly id: number;
  readonly url: string;
  readonly route: string;
  readonly component: string;
}

export type RenderReply =
  | {
      readonly kind: 'page';
      readonly id: number;
      readonly status: number;
      readonly headers: [string, string][];
      readonly body: ArrayBuffer;
    }
  | {
      readonly kind: 'error';
      readonly id: number;
      readonly name: string;
      readonly message: string;
      readonly stack?: string;
      readonly hint?: string;
    }
  /** The page needs the main thread, e.g. it registers an optimized image there. */
  | { readonly kind: 'main-thread'; readonly id: number }
  | { readonly kind: 'log'; readonly level: 'warn' | 'error'; readonly message: string };

interface RouteInfo {
  readonly route: string;
  readonly component: string;
}
interface PrerenderApp {
  manifest: { routes: { routeData: RouteInfo }[] };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: RouteInfo }): Promise<Response>;
}

class NeedsMainThread extends Error {}

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const post = (reply: RenderReply, transfer: ArrayBuffer[] = []) => {
    port.postMessage(reply, transfer);
  };
  const { app } = (await import(setup.entryUrl)) as { app: PrerenderApp };
  app.setInternals({ pagesByKeys: new Map(setup.pages), entrySpecifierToBundleMap: new Map(setup.bundles) });
  app.setOptions({
    settings: { scripts: setup.scripts },
    logger: {
      options: {
        destination: {
          write(event: { level: string; label?: string | null; message: string }) {
            if (event.level === 'warn' || event.level === 'error') {
              post({
                kind: 'log',
                level: event.level,
                message: event.label ? `[${event.label}] ${event.message}` : event.message,
              });
            }
            return true;
          },
        },
      },
    },
  });
  // Optimized images are collected on the main thread, which generates them after the pages.
  const assets = (globalThis as { astroAsset?: Record<string, unknown> }).astroAsset;
  (globalThis as { astroAsset?: Record<string, unknown> }).astroAsset = {
    ...assets,
    addStaticImage() {
      throw new NeedsMainThread();
    },
  };
  const routes = new Map(
    app.manifest.routes.map(({ routeData }) => [`${routeData.route}\0${routeData.component}`, routeData]),
  );
  const needsMainThread = (error: unknown): boolean =>
    error instanceof NeedsMainThread || (error instanceof Error && needsMainThread(error.cause));

  const render = async ({ id, url, route, component }: RenderRequest) => {
    const routeData = routes.get(`${route}\0${component}`);
    if (!routeData) {
      post({ kind: 'main-thread', id });
      return;
    }
    try {
      const response = await app.render(new Request(url), { routeData });
      const body = await response.arrayBuffer();
      post({ kind: 'page', id, status: response.status, headers: [...response.headers], body }, [body]);
    } catch (error) {
      if (needsMainThread(error)) {
        post({ kind: 'main-thread', id });
        return;
      }
      const { name, message, stack, hint } = (error instanceof Error ? error : new Error(String(error))) as Error & {
        hint?: string;
      };
      post({ kind: 'error', id, name, message, stack, hint });
    }
  };
  port.on('message', (request: RenderRequest) => void render(request));
}
