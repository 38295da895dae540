import type { Progress, ProgressRules } from '../schemas/progress.ts';
import { stamp, type Clock } from '../lib/progress/clock.ts';
import { recordCompletions } from '../lib/progress/completion.ts';
import { createEmptyProgress } from '../lib/progress/empty.ts';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY } from '../lib/progress/keys.ts';
import { mergeProgress, type MergeOptions } from '../lib/progress/merge.ts';
import { migrateProgress } from '../lib/progress/migrate.ts';
import { applyProgressEvent, type ProgressEvent } from '../lib/progress/reducer.ts';
import { trimmedForQuota } from '../lib/progress/trim.ts';

/** The part of the Web Storage API the store uses (a fake in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Something the learner must be told about their stored progress. */
export type StorageNotice =
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'quota' }
  | { readonly kind: 'corrupted'; readonly backupKey: string | undefined }
  | { readonly kind: 'newer' };

/** What the store needs from its surroundings. */
export interface StoreOptions {
  /** localStorage, or null when the browser refuses it (private mode, disabled). */
  readonly storage: StorageLike | null;
  readonly now: Clock;
  /** Completion rules of the site, to record completions as they happen. */
  readonly rules?: ProgressRules | undefined;
  /** Called after the first successful write (asks the browser to keep the data: navigator.storage.persist). */
  readonly onFirstWrite?: () => void;
}

/** The learner's progress, kept in storage when possible and in memory otherwise. */
export interface ProgressStore {
  get(): Progress;
  /** Applies an event on top of the latest stored progress (another tab's changes included) and saves. */
  dispatch(event: ProgressEvent): Progress;
  /** Merges imported progress in monotonically and saves. */
  mergeIn(incoming: Progress, options?: MergeOptions): Progress;
  /** Re-reads storage after another tab (or script) wrote it, merging with what this tab holds. */
  sync(newValue?: string | null): Progress;
  subscribe(listener: (progress: Progress) => void): () => void;
  /** Notices raised so far, oldest first. */
  notices(): readonly StorageNotice[];
  onNotice(listener: (notice: StorageNotice) => void): () => void;
  /** Whether changes currently reach storage (false: memory only, for this session). */
  isPersistent(): boolean;
}

type ReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly progress: Progress }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'newer' }
  | { readonly kind: 'corrupted'; readonly raw: string };

const isQuotaError = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (error as { code?: unknown }).code === 22);

function parseStored(raw: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupted', raw };
  }
  const migrated = migrateProgress(data);
  if (migrated.ok) return { kind: 'ok', progress: migrated.progress };
  return migrated.reason === 'newer' ? { kind: 'newer' } : { kind: 'corrupted', raw };
}

/** Creates the store and loads what is stored, setting a corrupted value aside under a backup key. */
export function createProgressStore(options: StoreOptions): ProgressStore {
  const { storage, now, rules } = options;
  const listeners = new Set<(p: Progress) => void>();
  const noticeListeners = new Set<(n: StorageNotice) => void>();
  const raised: StorageNotice[] = [];
  // memory-only once storage has failed in a way that retrying in this session will not fix
  let persistent = storage !== null;
  let wroteOnce = false;

  const notify = (notice: StorageNotice) => {
    if (raised.some((n) => n.kind === notice.kind)) return;
    raised.push(notice);
    for (const l of noticeListeners) l(notice);
  };
  const complete = (p: Progress) => (rules ? recordCompletions(p, rules) : p);

  function read(): ReadResult {
    if (!storage) return { kind: 'unavailable' };
    let raw: string | null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      return { kind: 'unavailable' };
    }
    return raw === null ? { kind: 'empty' } : parseStored(raw);
  }

  function setAside(raw: string): string | undefined {
    const key = `${BACKUP_KEY_PREFIX}${stamp(now)}`;
    try {
      storage?.setItem(key, raw);
      storage?.removeItem(PROGRESS_KEY);
      return key;
    } catch {
      return undefined;
    }
  }

  function write(progress: Progress): Progress {
    if (!storage || !persistent) return progress;
    for (const candidate of [progress, ...trimmedForQuota(progress)]) {
      try {
        storage.setItem(PROGRESS_KEY, JSON.stringify(candidate));
        if (!wroteOnce) {
          wroteOnce = true;
          options.onFirstWrite?.();
        }
        return candidate;
      } catch (error) {
        if (!isQuotaError(error)) {
          persistent = false;
          notify({ kind: 'unavailable' });
          return progress;
        }
      }
    }
    persistent = false;
    notify({ kind: 'quota' });
    return progress;
  }

  function initial(): Progress {
    const result = read();
    switch (result.kind) {
      case 'ok':
        return complete(result.progress);
      case 'empty':
        return createEmptyProgress(now);
      case 'unavailable':
        persistent = false;
        notify({ kind: 'unavailable' });
        return createEmptyProgress(now);
      case 'newer':
        // Saved by a newer version of the site (another tab after an update): never overwrite it.
        persistent = false;
        notify({ kind: 'newer' });
        return createEmptyProgress(now);
      case 'corrupted': {
        const backupKey = setAside(result.raw);
        // Without a backup the damaged value stays where it is, and this tab keeps to memory.
        if (backupKey === undefined) persistent = false;
        notify({ kind: 'corrupted', backupKey });
        return createEmptyProgress(now);
      }
    }
  }

  let current = initial();
  const emit = () => {
    for (const l of listeners) l(current);
  };

  /** The latest of storage and memory together; stored data first so another tab's newer profile wins. */
  function latestBase(): Progress {
    if (!persistent) return current;
    const stored = read();
    if (stored.kind === 'ok') return mergeProgress(stored.progress, current);
    if (stored.kind === 'corrupted') {
      notify({ kind: 'corrupted', backupKey: setAside(stored.raw) });
    }
    return current;
  }

  return {
    get: () => current,
    dispatch(event) {
      const next = applyProgressEvent(latestBase(), event, { now, rules });
      current = write(next);
      emit();
      return current;
    },
    mergeIn(incoming, mergeOptions) {
      current = write(complete(mergeProgress(latestBase(), incoming, mergeOptions)));
      emit();
      return current;
    },
    sync(newValue) {
      const result =
        newValue === undefined ? read() : newValue === null ? { kind: 'empty' as const } : parseStored(newValue);
      if (result.kind === 'ok') {
        current = complete(mergeProgress(result.progress, current));
        emit();
      }
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices: () => raised,
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    isPersistent: () => persistent,
  };
}
