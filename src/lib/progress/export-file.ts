// Writing a progress file (the export). Its own module, so the pages that only export never download the reader
// (codec.ts), its checks and its Indonesian refusals.
import { PROGRESS_VERSION, type ExamInProgress, type Progress } from '../../schemas/progress.ts';
import { canonicalJson } from './canonical-json.ts';
import { stamp, type Clock } from './clock.ts';

/** An async SHA-256 of a text, as lower-case hex (WebCrypto in the browser, node:crypto in tests). */
export type Digest = (text: string) => Promise<string>;

export interface SignedFields {
  readonly app: unknown;
  readonly kind: unknown;
  readonly version: unknown;
  readonly exportedAt: unknown;
  readonly progress: unknown;
}

/**
 * The part of the file a digest covers: the file's digest covers these fields; the exams-in-progress section's digest
 * covers them with `examsInProgress` set to its attempts, which binds the section to this file.
 */
export function signedPart(file: SignedFields, examsInProgress?: unknown) {
  return canonicalJson({
    app: file.app,
    kind: file.kind,
    version: file.version,
    exportedAt: file.exportedAt,
    progress: file.progress,
    examsInProgress,
  });
}

/**
 * Writes the progress file: versioned JSON with a SHA-256 digest over its content, and the exam attempts in progress
 * (when there are any) in a section with its own digest, which a Sinergi that predates it ignores.
 */
export async function encodeProgressFile(
  progress: Progress,
  {
    now,
    digest,
    examsInProgress = [],
  }: { readonly now: Clock; readonly digest: Digest; readonly examsInProgress?: readonly ExamInProgress[] },
): Promise<string> {
  const body = { app: 'sinergi', kind: 'progress', version: PROGRESS_VERSION, exportedAt: stamp(now), progress };
  const value = await digest(signedPart(body));
  const exams =
    examsInProgress.length === 0
      ? {}
      : {
          examsInProgress: {
            attempts: examsInProgress,
            digest: { algorithm: 'SHA-256', value: await digest(signedPart(body, examsInProgress)) },
          },
        };
  return `${JSON.stringify({ ...body, digest: { algorithm: 'SHA-256', value }, ...exams }, null, 2)}\n`;
}
