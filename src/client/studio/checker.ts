import type { ScaffoldPlan } from '../../lib/authoring/scaffold.ts';
import type { Diagnostic } from '../../lib/content/diagnostic.ts';
import type { WorkerRequest, WorkerResponse } from './checker-worker.ts';

type Pending = (response: WorkerResponse) => void;

/** Talks to the studio's worker (checker-worker.ts): one request at a time is answered in order. */
export class StudioWorker {
  private readonly worker = new Worker(new URL('./checker-worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      this.pending.get(event.data.id)?.(event.data);
      this.pending.delete(event.data.id);
    });
  }

  private ask(request: WorkerRequest): Promise<WorkerResponse> {
    return new Promise((resolve) => {
      this.pending.set(request.id, resolve);
      this.worker.postMessage(request);
    });
  }

  /** Checks the files as `npm run check:content` would; `sizes` are the project's other files (images, imports). */
  async check(
    files: ReadonlyMap<string, string>,
    sizes: ReadonlyMap<string, number>,
  ): Promise<{ diagnostics: Diagnostic[]; warnings: Diagnostic[] }> {
    const response = await this.ask({ type: 'check', id: this.next++, files: [...files], sizes: [...sizes] });
    if (response.type === 'failed') throw new Error(response.message);
    if (response.type !== 'checked') throw new Error(`unexpected answer ${response.type}`);
    return { diagnostics: response.diagnostics, warnings: response.warnings };
  }

  /** Plans a new module as `npm run new:module` does. */
  async plan(title: string, moduleFolders: readonly string[], paths: readonly string[]): Promise<ScaffoldPlan> {
    const response = await this.ask({ type: 'plan', id: this.next++, title, moduleFolders, paths });
    if (response.type === 'failed') throw new Error(response.message);
    if (response.type !== 'planned') throw new Error(`unexpected answer ${response.type}`);
    return response.plan;
  }

  terminate(): void {
    this.worker.terminate();
  }
}
