/** Browser storage key of the learner's progress (namespaced and versioned). */
export const PROGRESS_KEY = 'sinergi:progress:v1';

/** Prefix of the keys a corrupted stored value is kept under, followed by the time it was found. */
export const BACKUP_KEY_PREFIX = 'sinergi:progress:v1:cadangan:';

/** The key a corrupted stored value found at `at` (an ISO timestamp) is kept under. */
export const backupKey = (at: string): string => `${BACKUP_KEY_PREFIX}${at}`;

/** Largest progress file import accepts, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** DOM event a script dispatches after writing progress straight to storage, so the page's store re-reads it. */
export const WRITTEN_EVENT = 'sinergi:progress-written';

/** DOM event the page's progress store dispatches once it has opened, so status scripts not yet following it can. */
export const STORE_OPENED_EVENT = 'sinergi:progress-store-opened';
