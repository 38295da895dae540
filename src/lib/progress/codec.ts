// Reading a progress file (the import of /progres and of the unit recap); writing one is export-file.ts.
import {
  ExamInProgressSchema,
  PROGRESS_VERSION,
  TimestampSchema,
  type ExamInProgress,
  type Progress,
} from '../../schemas/progress.ts';
import { progressFileStrings as t } from '../../i18n/progress-file.ts';
import { findJsonHazard, MAX_JSON_DEPTH } from './canonical-json.ts';
import { signedPart, type Digest, type SignedFields } from './export-file.ts';
import { MAX_FILE_BYTES } from './keys.ts';
import { migrateProgress } from './migrate.ts';

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
      /** Exam attempts in progress the file carries (none in older files). */
      readonly examsInProgress: readonly ExamInProgress[];
      /** Attempts in progress this version cannot read (written by a newer Sinergi); they are left out. */
      readonly unreadableExams: number;
    }
  | { readonly ok: false; readonly error: string; readonly reason: DecodeFailure };

const fail = (reason: DecodeFailure, error: string): DecodeResult => ({ ok: false, reason, error });

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
  const signed = {
    app: data['app'],
    kind: data['kind'],
    version,
    exportedAt: data['exportedAt'],
    progress: data['progress'],
  };
  const expected = await digest(signedPart(signed));
  if (expected !== sealed['value'].toLowerCase()) {
    return fail('digest', t.digestMismatch);
  }
  const payload = data['progress'];
  const migrated = migrateProgress(isObject(payload) ? { ...payload, version } : payload);
  if (!migrated.ok) return fail(migrated.reason === 'newer' ? 'newer' : 'invalid', migrated.error);
  const exams = await readExamsInProgress(data['examsInProgress'], signed, digest);
  if (!exams.ok) return exams;
  return {
    ok: true,
    progress: migrated.progress,
    fileVersion: version,
    exportedAt: exportedAt.data,
    examsInProgress: exams.attempts,
    unreadableExams: exams.unreadable,
  };
}

/**
 * The file's exam attempts in progress: none without the section; refused when its digest fails (changed after
 * export); an attempt this version cannot read is counted and left out, so the rest of the file still imports.
 */
async function readExamsInProgress(
  section: unknown,
  file: SignedFields,
  digest: Digest,
): Promise<{ ok: true; attempts: ExamInProgress[]; unreadable: number } | (DecodeResult & { ok: false })> {
  if (section === undefined) return { ok: true, attempts: [], unreadable: 0 };
  const sealed = isObject(section) ? section['digest'] : undefined;
  const attempts = isObject(section) ? section['attempts'] : undefined;
  if (!Array.isArray(attempts) || !isObject(sealed) || typeof sealed['value'] !== 'string') {
    return { ok: false, reason: 'digest', error: t.examsNoDigest };
  }
  if ((await digest(signedPart(file, attempts))) !== sealed['value'].toLowerCase()) {
    return { ok: false, reason: 'digest', error: t.examsDigestMismatch };
  }
  const read = attempts.map((attempt) => ExamInProgressSchema.safeParse(attempt));
  const readable = read.flatMap((r) => (r.success ? [r.data] : []));
  return { ok: true, attempts: readable, unreadable: read.length - readable.length };
}
