import type { Progress, ProgressRules } from '../../schemas/progress.ts';
import { stamp, type Clock } from '../../lib/progress/clock.ts';
import { recordCompletions } from '../../lib/progress/completion.ts';
import { createEmptyProgress } from '../../lib/progress/empty.ts';
import { backupKey, PROGRESS_KEY } from '../../lib/progress/keys.ts';
import { mergeProgress, type MergeOptions } from '../../lib/progress/merge.ts';
import { migrateProgress } from '../../lib/progress/migrate.ts';
import { applyProgressEvent, type ProgressEvent } from '../../lib/progress/reducer.ts';
import { writeTrimmingLog } from '../../lib/progress/trim.ts';

/** The part of the Web Storage API the store uses (a fake in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Something the learner must be told about their stored progress. */
export type StorageNotice =
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'quota' }
  | { readonly kind: 'corrupted'; readonly backupKey: string | undefined }
  | { readonly kind: 'newer' }
  /** The session's work is kept aside in IndexedDB ("kept") or in this tab's sessionStorage ("kept-tab"). */
  | { readonly kind: 'kept' }
  | { readonly kind: 'kept-tab' }
  /** Nothing can be written anywhere: only an export keeps the session's work. */
  | { readonly kind: 'unsaved' }
  /** localStorage works again and holds everything. */
  | { readonly kind: 'restored' };

/** Kinds of notices. */
export type StorageNoticeKind = StorageNotice['kind'];

/** A place to keep the session's progress while localStorage refuses it (IndexedDB, sessionStorage, a fake). */
export interface AsideStore {
  readonly where: 'indexeddb' | 'session';
  /** Keeps the value; resolves to false when it could not. */
  put(raw: string): Promise<boolean>;
  get(): Promise<string | null>;
  /** Removes the value if it is still `raw` (another tab may have kept newer work aside meanwhile). */
  removeIf(raw: string): Promise<void>;
}

/** What the store needs from its surroundings. */
export interface StoreOptions {
  /** localStorage, or null when the browser refuses it (private mode, disabled). */
  readonly storage: StorageLike | null;
  readonly now: Clock;
  /** Completion rules of the site, to record completions as they happen. */
  readonly rules?: ProgressRules | undefined;
  /** Where to keep the work while `storage` refuses it, in the order to try (none: memory only). */
  readonly aside?: readonly AsideStore[];
  /** Called after the first successful write (asks the browser to keep the data: navigator.storage.persist). */
  readonly onFirstWrite?: () => void;
}

/** The learner's progress, kept in storage when possible, else aside (IndexedDB, sessionStorage), else in memory. */
export interface ProgressStore {
  get(): Progress;
  /** Applies an event on top of the latest stored progress (another tab's changes included) and saves. */
  dispatch(event: ProgressEvent): Progress;
  /** Merges imported progress in monotonically and saves. */
  mergeIn(incoming: Progress, options?: MergeOptions): Progress;
  /** Re-reads storage after another tab (or script) wrote it, merging with what this tab holds. */
  sync(newValue?: string | null): Progress;
  subscribe(listener: (progress: Progress) => void): () => void;
  /** Notices in force, oldest first. */
  notices(): readonly StorageNotice[];
  /** Called with each new notice and the kinds it replaces (a place kept aside replaces "unsaved", and so on). */
  onNotice(listener: (notice: StorageNotice, withdrawn: readonly StorageNoticeKind[]) => void): () => void;
  /** Whether changes currently reach localStorage. */
  isPersistent(): boolean;
  /** Whether leaving the page now would lose work: not in localStorage, not kept aside, not exported. */
  hasUnsavedWork(): boolean;
  /** Records that what the store holds now was exported to a file. */
  noteExported(): void;
  /** Resolves once every pending write aside and merge back has run (tests, and nothing else, wait on it). */
  settled(): Promise<void>;
}

type ReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly progress: Progress }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'newer' }
  | { readonly kind: 'corrupted'; readonly raw: string };

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

const FAULTS: readonly StorageNoticeKind[] = ['unavailable', 'quota'];
const PLACES: readonly StorageNoticeKind[] = ['kept', 'kept-tab', 'unsaved'];

/** Creates the store and loads what is stored, setting a corrupted value aside under a backup key. */
export function createProgressStore(options: StoreOptions): ProgressStore {
  const { storage, now, rules, aside = [] } = options;
  const listeners = new Set<(p: Progress) => void>();
  const noticeListeners = new Set<(n: StorageNotice, withdrawn: readonly StorageNoticeKind[]) => void>();
  let raised: StorageNotice[] = [];
  // Never written again from this page: a newer version's record, or a damaged one that could not be backed up.
  let handsOff = false;
  let primaryFailed = storage === null;
  let wroteOnce = false;
  // Each change made here has a revision; the latest one in localStorage, kept aside, and exported.
  let revision = 0;
  let primaryRevision = 0;
  let asideRevision = 0;
  let exportedRevision = 0;
  let mayHoldAside = false;
  let asideScheduled = false;
  // Writes aside and merges back run one after another, in order.
  let queue: Promise<void> = Promise.resolve();

  const notify = (notice: StorageNotice, withdraw: readonly StorageNoticeKind[] = []) => {
    const withdrawn = raised.filter((n) => withdraw.includes(n.kind)).map((n) => n.kind);
    raised = raised.filter((n) => !withdraw.includes(n.kind));
    if (raised.some((n) => n.kind === notice.kind)) return;
    raised.push(notice);
    for (const l of noticeListeners) l(notice, withdrawn);
  };
  const complete = (p: Progress) => (rules ? recordCompletions(p, rules) : p);
  const keepOff = () => {
    handsOff = true;
    primaryFailed = true;
  };
  const refuseNewer = () => {
    keepOff();
    notify({ kind: 'newer' });
  };

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
    const key = backupKey(stamp(now));
    try {
      storage?.setItem(key, raw);
      storage?.removeItem(PROGRESS_KEY);
      return key;
    } catch {
      return undefined;
    }
  }

  /** Writes to localStorage, trimming the log if full; undefined when it cannot (the learner is told). */
  function writePrimary(progress: Progress): Progress | undefined {
    if (!storage || handsOff) return undefined;
    const write = writeTrimmingLog(progress, (json) => {
      storage.setItem(PROGRESS_KEY, json);
    });
    if ('written' in write) {
      if (!wroteOnce) {
        wroteOnce = true;
        options.onFirstWrite?.();
      }
      return write.written;
    }
    primaryFailed = true;
    notify({ kind: write.failed === 'quota' ? 'quota' : 'unavailable' }, ['restored']);
    return undefined;
  }

  /** Keeps what this page holds in the first aside place that takes it (run in order, with the latest value). */
  function scheduleAside() {
    if (asideScheduled) return;
    asideScheduled = true;
    queue = queue.then(async () => {
      asideScheduled = false;
      const at = revision;
      const raw = JSON.stringify(current);
      let kept: AsideStore | undefined;
      for (const place of aside) {
        if (await place.put(raw)) {
          kept = place;
          break;
        }
      }
      if (kept) {
        asideRevision = Math.max(asideRevision, at);
        mayHoldAside = true;
      }
      // After a newer version's record, only the "newer" notice speaks: its export is the way forward.
      if (handsOff) return;
      const kind = kept ? (kept.where === 'indexeddb' ? 'kept' : 'kept-tab') : 'unsaved';
      notify(
        { kind },
        PLACES.filter((k) => k !== kind),
      );
    });
  }

  function save(next: Progress): Progress {
    const written = writePrimary(next);
    if (!written) {
      scheduleAside();
      return next;
    }
    primaryRevision = revision;
    primaryFailed = false;
    if (raised.some((n) => FAULTS.includes(n.kind) || PLACES.includes(n.kind))) {
      notify({ kind: 'restored' }, [...FAULTS, ...PLACES]);
    }
    if (mayHoldAside) mergeBack();
    return written;
  }

  /** Changes the latest progress (storage's and this page's together), then saves it. */
  function commit(change: (base: Progress) => Progress): Progress {
    const next = change(latestBase());
    revision += 1;
    current = save(next);
    emit();
    return current;
  }

  /** Merges whatever is kept aside into this page's progress and saves; once in localStorage, clears the places. */
  function mergeBack() {
    mayHoldAside = false;
    queue = queue.then(async () => {
      const found: { place: AsideStore; raw: string; progress: Progress }[] = [];
      for (const place of aside) {
        const raw = await place.get();
        const parsed = raw === null ? undefined : parseStored(raw);
        if (raw !== null && parsed?.kind === 'ok') found.push({ place, raw, progress: parsed.progress });
      }
      if (found.length === 0) return;
      commit((base) => complete(found.reduce((acc, f) => mergeProgress(acc, f.progress), base)));
      if (primaryRevision !== revision) return;
      for (const f of found) await f.place.removeIf(f.raw);
      notify({ kind: 'restored' }, [...FAULTS, ...PLACES]);
    });
  }

  function initial(): Progress {
    const result = read();
    switch (result.kind) {
      case 'ok':
        return complete(result.progress);
      case 'empty':
        return createEmptyProgress(now);
      case 'unavailable':
        primaryFailed = true;
        notify({ kind: 'unavailable' });
        return createEmptyProgress(now);
      case 'newer':
        // Saved by a newer version of the site (another tab after an update): never overwrite it.
        refuseNewer();
        return createEmptyProgress(now);
      case 'corrupted': {
        const backupKey = setAside(result.raw);
        // Without a backup the damaged value stays where it is, and this page keeps its work aside.
        if (backupKey === undefined) keepOff();
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
    if (handsOff) return current;
    const stored = read();
    if (stored.kind === 'ok') return mergeProgress(stored.progress, current);
    if (stored.kind === 'newer') refuseNewer();
    if (stored.kind === 'corrupted') {
      notify({ kind: 'corrupted', backupKey: setAside(stored.raw) });
    }
    return current;
  }

  // Work an earlier page kept aside comes back now (and goes to localStorage if it can).
  if (aside.length > 0) mergeBack();

  return {
    get: () => current,
    dispatch: (event) => commit((base) => applyProgressEvent(base, event, { now, rules })),
    mergeIn: (incoming, mergeOptions) => commit((base) => complete(mergeProgress(base, incoming, mergeOptions))),
    sync(newValue) {
      if (handsOff) return current;
      const result =
        newValue === undefined ? read() : newValue === null ? { kind: 'empty' as const } : parseStored(newValue);
      if (result.kind === 'ok') {
        current = complete(mergeProgress(result.progress, current));
        emit();
      } else if (result.kind === 'newer') refuseNewer();
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
    isPersistent: () => !primaryFailed,
    hasUnsavedWork: () => revision > Math.max(primaryRevision, handsOff ? 0 : asideRevision, exportedRevision),
    noteExported() {
      exportedRevision = revision;
    },
    async settled() {
      let seen: Promise<void>;
      do {
        seen = queue;
        await seen;
      } while (seen !== queue);
    },
  };
}
