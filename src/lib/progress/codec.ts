import { PROGRESS_VERSION, TimestampSchema, type Progress } from '../../schemas/progress.ts';
import { progressFileStrings as t } from '../../i18n/progress-file.ts';
import { canonicalJson, findJsonHazard, MAX_JSON_DEPTH } from './canonical-json.ts';
import { stamp, type Clock } from './clock.ts';
import { MAX_FILE_BYTES } from './keys.ts';
import { migrateProgress } from './migrate.ts';

/** An async SHA-256 of a text, as lower-case hex (WebCrypto in the browser, node:crypto in tests). */
export type Digest = (text: string) => Promise<string>;

/** Why a file was refused; each has its own Indonesian message. */
export type DecodeFailure =
  'too-large' | 'not-json' | 'too-deep' | 'forbidden-key' | 'other-app' | 'newer' | 'digest' | 'invalid';

/** Result of reading a progress file. */
export type DecodeResult =
  | {
      readonly ok: true;
      readonly progress: Progress;
      /** Version the file was written in (older files are migrated). */
      readonly fileVersion: number;
      /** When the file was written. */
      readonly exportedAt: string;
    }
  | { readonly ok: false; readonly error: string; readonly reason: DecodeFailure };

const fail = (reason: DecodeFailure, error: string): DecodeResult => ({ ok: false, reason, error });

/** The part of the file the digest covers. */
function signedPart(file: { app: unknown; kind: unknown; version: unknown; exportedAt: unknown; progress: unknown }) {
  return canonicalJson({
    app: file.app,
    kind: file.kind,
    version: file.version,
    exportedAt: file.exportedAt,
    progress: file.progress,
  });
}

/** Writes the progress file: versioned JSON with a SHA-256 digest over its content. */
export async function encodeProgressFile(
  progress: Progress,
  { now, digest }: { readonly now: Clock; readonly digest: Digest },
): Promise<string> {
  const body = { app: 'sinergi', kind: 'progress', version: PROGRESS_VERSION, exportedAt: stamp(now), progress };
  const value = await digest(signedPart(body));
  return `${JSON.stringify({ ...body, digest: { algorithm: 'SHA-256', value } }, null, 2)}\n`;
}

/** Byte length of a text in UTF-8, without allocating for short texts. */
function utf8Length(text: string): number {
  return text.length * 3 <= MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a progress file. Refuses, each with its own Indonesian message: a file over 5 MB, text that is not JSON,
 * nesting deeper than `MAX_JSON_DEPTH`, keys such as `__proto__`, a file of another app, a newer unknown version,
 * a failed digest, invalid content.
 */
export async function decodeProgressFile(text: string, { digest }: { readonly digest: Digest }): Promise<DecodeResult> {
  if (utf8Length(text) > MAX_FILE_BYTES) {
    return fail('too-large', t.tooLarge);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json', t.notJson);
  }
  // Before anything recurses over the data (the digest's canonical JSON does, once per level).
  const hazard = findJsonHazard(data);
  if (hazard?.kind === 'too-deep') return fail('too-deep', t.tooDeep(MAX_JSON_DEPTH));
  if (hazard?.kind === 'forbidden-key') return fail('forbidden-key', t.forbiddenKey(hazard.key));
  if (!isObject(data) || data['app'] !== 'sinergi' || data['kind'] !== 'progress') {
    return fail('other-app', t.otherApp);
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('other-app', t.unknownVersion);
  }
  if (version > PROGRESS_VERSION) {
    return fail('newer', t.newerFile(version, PROGRESS_VERSION));
  }
  const exportedAt = TimestampSchema.safeParse(data['exportedAt']);
  const sealed = data['digest'];
  if (
    !exportedAt.success ||
    !isObject(sealed) ||
    sealed['algorithm'] !== 'SHA-256' ||
    typeof sealed['value'] !== 'string'
  ) {
    return fail('digest', t.noDigest);
  }
  const expected = await digest(
    signedPart({
      app: data['app'],
      kind: data['kind'],
      version,
      exportedAt: data['exportedAt'],
      progress: data['progress'],
    }),
  );
  if (expected !== sealed['value'].toLowerCase()) {
    return fail('digest', t.digestMismatch);
  }
  const payload = data['progress'];
  const migrated = migrateProgress(isObject(payload) ? { ...payload, version } : payload);
  if (!migrated.ok) return fail(migrated.reason === 'newer' ? 'newer' : 'invalid', migrated.error);
  return { ok: true, progress: migrated.progress, fileVersion: version, exportedAt: exportedAt.data };
}
