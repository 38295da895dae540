import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, RouteData } from 'astro';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderReply, RenderRequest, WorkerSetup } from './prerender-worker.ts';

export interface ParallelPrerenderOptions {
  /** Sites with fewer pages render on the main thread only: starting the worker costs about a second of CPU. */
  readonly minPages?: number;
  /** Every page goes to the worker, none is rendered on the main thread unless it must be (the build tests). */
  readonly workerOnly?: boolean;
}

/** Pages the worker renders at once; more did not shorten a 1,800-page build on two cores. */
const WORKER_SLOTS = 2;

/** The part of Astro 7.3's build app that the worker needs to copy; absent from other versions. */
interface BuildAppState {
  setInternals(internals: unknown): void;
  getSettings(): { scripts: readonly object[] };
}
interface BuildInternals {
  pagesByKeys: Map<string, { styles: unknown }>;
  entrySpecifierToBundleMap: Map<string, string>;
}

function isBuildApp(app: unknown): app is BuildAppState {
  const candidate = app as Partial<BuildAppState> | undefined;
  return typeof candidate?.setInternals === 'function' && typeof candidate.getSettings === 'function';
}

function isBuildInternals(value: unknown): value is BuildInternals {
  const candidate = value as Partial<BuildInternals> | undefined;
  return candidate?.pagesByKeys instanceof Map && candidate.entrySpecifierToBundleMap instanceof Map;
}

/** An error from the worker, rebuilt on the main thread so Astro reports the page with the original message. */
function rebuildError(reply: Extract<RenderReply, { kind: 'error' }>): Error {
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack) error.stack = reply.stack;
  if (reply.hint) Object.assign(error, { hint: reply.hint });
  return error;
}

/**
 * Shares page rendering in `astro build` between the main thread and one worker thread.
 *
 * Astro 7.3 renders every page on the main thread, so the second core of these 2-core machines idled through most of
 * the render phase of a 1,500-lesson build. Astro 7.4's `experimental.parallelPrerender` does this itself; until 7.4
 * can be installed, this integration uses the public `setPrerenderer` hook: Astro still lists the paths, writes every
 * file and reports errors, and only `render()` is shared with a worker that loads the same prerender bundle.
 *
 * Rendering needs two pieces of build state that Astro keeps on the main thread (each page's stylesheets and the
 * page-stage scripts); they are copied to the worker when Astro hands them to its prerender app. If that state is not
 * where Astro 7.3 keeps it, every page renders on the main thread and the build says so. Pages that need the main
 * thread (an optimized image registers itself there) are rendered again on it.
 */
export function parallelPrerender({
  minPages = 300,
  workerOnly = false,
}: ParallelPrerenderOptions = {}): AstroIntegration {
  let outDir = '';
  return {
    name: 'sinergi:parallel-prerender',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (availableParallelism() < 2) return;
        setPrerenderer((fallback) =>
          sharedPrerenderer(fallback, join(outDir, '.prerender'), { minPages, workerOnly }, logger),
        );
      },
    },
  };
}

interface Job {
  readonly request: Request;
  readonly routeData: RouteData;
  readonly resolve: (response: Response) => void;
  readonly reject: (error: unknown) => void;
}

function sharedPrerenderer(
  fallback: AstroPrerenderer,
  prerenderDir: string,
  { minPages, workerOnly }: Required<ParallelPrerenderOptions>,
  logger: AstroIntegrationLogger,
): AstroPrerenderer {
  let setup: WorkerSetup | undefined;
  let worker: Worker | undefined;
  let nextId = 0;
  let renderedByWorker = 0;
  let returnedToMain = 0;
  let total = 0;
  const pending = new Map<number, Job>();

  const renderOnMain = (job: Job) => {
    fallback.render(job.request, { routeData: job.routeData }).then((result) => {
      job.resolve(result instanceof Response ? result : result.response);
    }, job.reject);
  };

  /** The worker is gone: what it still had renders on the main thread, and so does everything after. */
  const abandon = (reason: string) => {
    if (!worker) return;
    logger.warn(`Worker berhenti (${reason}); halaman selanjutnya dirender di thread utama.`);
    worker = undefined;
    for (const job of pending.values()) renderOnMain(job);
    pending.clear();
  };

  const settle = (reply: Exclude<RenderReply, { kind: 'log' }>) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.kind === 'main-thread') {
      returnedToMain++;
      renderOnMain(job);
    } else if (reply.kind === 'error') {
      job.reject(rebuildError(reply));
    } else {
      renderedByWorker++;
      job.resolve(new Response(reply.body, { status: reply.status, headers: reply.headers }));
    }
  };

  const startWorker = (state: WorkerSetup) => {
    const started = new Worker(new URL('./prerender-worker.ts', import.meta.url), { workerData: state });
    started.on('message', (reply: RenderReply) => {
      if (reply.kind === 'log') logger[reply.level](reply.message);
      else settle(reply);
    });
    started.on('error', (error: Error) => {
      abandon(error.message);
    });
    started.on('exit', (code: number) => {
      abandon(`kode keluar ${String(code)}`);
    });
    return started;
  };

  return {
    name: 'sinergi:parallel-prerender',
    async setup() {
      const entryName = (await readdir(prerenderDir).catch(() => [])).find((f) => /^prerender-entry\..+\.mjs$/.test(f));
      const entryUrl = entryName && pathToFileURL(join(prerenderDir, entryName)).href;
      // The same module instance Astro's default prerenderer imports next; its app receives the build state.
      const app = entryUrl ? ((await import(entryUrl)) as { app?: unknown }).app : undefined;
      let internals: unknown;
      if (isBuildApp(app)) {
        const setInternals = app.setInternals.bind(app);
        app.setInternals = (value) => {
          internals = value;
          setInternals(value);
        };
      }
      await fallback.setup?.();
      if (entryUrl && isBuildApp(app) && isBuildInternals(internals)) {
        setup = {
          entryUrl,
          pages: [...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }]),
          bundles: [...internals.entrySpecifierToBundleMap],
          scripts: app.getSettings().scripts.map((script) => ({ ...script })),
        };
      } else {
        logger.warn('Build state Astro tidak dikenali versi ini; semua halaman dirender di thread utama.');
      }
    },
    async getStaticPaths() {
      const paths = await fallback.getStaticPaths();
      total = paths.length;
      if (setup && paths.length >= minPages) worker = startWorker(setup);
      return paths;
    },
    async render(request, options) {
      const spill = !workerOnly && pending.size >= WORKER_SLOTS;
      if (!worker || options.collectMetadata || spill) return fallback.render(request, options);
      const running = worker;
      const id = nextId++;
      return new Promise<Response>((resolve, reject) => {
        pending.set(id, { request, routeData: options.routeData, resolve, reject });
        const { route, component } = options.routeData;
        const message: RenderRequest = { id, url: request.url, route, component };
        running.postMessage(message);
      });
    },
    async teardown() {
      const running = worker;
      worker = undefined;
      await running?.terminate();
      await fallback.teardown?.();
      if (renderedByWorker + returnedToMain > 0) {
        logger.info(
          `${String(renderedByWorker)} dari ${String(total)} halaman dirender di worker, ` +
            `${String(returnedToMain)} dikembalikan ke thread utama`,
        );
      }
    },
  };
}
