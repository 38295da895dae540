// The studio's worker: runs the content checker (the same one as `npm run check:content`) and the new-module scaffold
// (the same one as `npm run new:module`) on the files in memory, off the page's main thread.
import { planNewModule, type ScaffoldPlan } from '../../lib/authoring/scaffold.ts';
import { checkContentFiles } from '../../lib/content/checker.ts';
import type { Diagnostic } from '../../lib/content/diagnostic.ts';
import { mdxJsParser } from './mdx-compiler.ts';

/** What the page asks the worker. */
export type WorkerRequest =
  | {
      readonly type: 'check';
      readonly id: number;
      readonly files: readonly (readonly [string, string])[];
      readonly sizes: readonly (readonly [string, number])[];
    }
  | {
      readonly type: 'plan';
      readonly id: number;
      readonly title: string;
      readonly moduleFolders: readonly string[];
      readonly paths: readonly string[];
    };

/** What the worker answers. */
export type WorkerResponse =
  | {
      readonly type: 'checked';
      readonly id: number;
      readonly diagnostics: Diagnostic[];
      readonly warnings: Diagnostic[];
    }
  | { readonly type: 'planned'; readonly id: number; readonly plan: ScaffoldPlan }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

function answer(request: WorkerRequest): WorkerResponse {
  if (request.type === 'plan') {
    const plan = planNewModule(request.title, { moduleFolders: request.moduleFolders, paths: new Set(request.paths) });
    return { type: 'planned', id: request.id, plan };
  }
  const sizes = new Map(request.sizes);
  const { diagnostics, warnings } = checkContentFiles(
    request.files.map(([path, text]) => ({ path, text })),
    { parseMdx: mdxJsParser, fileSize: (path) => sizes.get(path) },
  );
  return { type: 'checked', id: request.id, diagnostics, warnings };
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  let response: WorkerResponse;
  try {
    response = answer(event.data);
  } catch (error) {
    response = { type: 'failed', id: event.data.id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
