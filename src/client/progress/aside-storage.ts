// Where the session's progress waits while localStorage refuses it: IndexedDB first (kept when the tab closes, with
// a far larger quota), then sessionStorage (kept while the tab is open). One record under the progress key in each;
// raw IndexedDB, since a get, a put and a conditional delete need no library.
import { PROGRESS_KEY } from '../../lib/progress/keys.ts';
import { sessionStorageOrNull } from '../platform/local-storage.ts';
import type { AsideStore, StorageLike } from './store.ts';

const DATABASE = 'sinergi';
const TABLE = 'progres-sementara';

const settled = (request: IDBRequest | IDBOpenDBRequest) =>
  new Promise<void>((resolve, reject) => {
    request.onsuccess = () => {
      resolve();
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB'));
    };
  });

/** Opens the database; without `create`, resolves to null where it does not exist yet (and leaves none behind). */
async function openDatabase(create: boolean): Promise<IDBDatabase | null> {
  const request = indexedDB.open(DATABASE, 1);
  request.onupgradeneeded = () => {
    if (create) request.result.createObjectStore(TABLE);
    else request.transaction?.abort();
  };
  try {
    await settled(request);
  } catch (error) {
    // Only reading: a database that cannot open (or does not exist, so the upgrade was aborted) holds nothing.
    if (!create) return null;
    throw error;
  }
  return request.result;
}

/** Runs `work` in one transaction and resolves with its result once the transaction has committed. */
async function inTransaction<T>(
  create: boolean,
  mode: IDBTransactionMode,
  work: (table: IDBObjectStore) => Promise<T>,
): Promise<T | null> {
  const db = await openDatabase(create);
  if (!db) return null;
  try {
    const transaction = db.transaction(TABLE, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => {
        resolve();
      };
      transaction.onabort = transaction.onerror = () => {
        reject(transaction.error ?? new Error('IndexedDB'));
      };
    });
    const result = await work(transaction.objectStore(TABLE));
    await done;
    return result;
  } finally {
    db.close();
  }
}

async function readRecord(table: IDBObjectStore): Promise<string | null> {
  const request = table.get(PROGRESS_KEY);
  await settled(request);
  return typeof request.result === 'string' ? request.result : null;
}

/** The IndexedDB record; every failure (blocked, full, missing API) reads as "could not". */
export const indexedDbAside: AsideStore = {
  where: 'indexeddb',
  async put(raw) {
    try {
      await inTransaction(true, 'readwrite', (table) => settled(table.put(raw, PROGRESS_KEY)));
      return true;
    } catch {
      return false;
    }
  },
  async get() {
    try {
      return await inTransaction(false, 'readonly', readRecord);
    } catch {
      return null;
    }
  },
  async removeIf(raw) {
    try {
      // Read and delete in one transaction, so work another tab kept aside meanwhile is never deleted.
      await inTransaction(false, 'readwrite', async (table) => {
        if ((await readRecord(table)) === raw) await settled(table.delete(PROGRESS_KEY));
      });
    } catch {
      // Left in place: merging it again later changes nothing.
    }
  },
};

/** A Web Storage (sessionStorage in the browser, a fake in tests) as a place to keep progress aside. */
export function storageAside(storage: StorageLike | null, where: AsideStore['where']): AsideStore {
  return {
    where,
    put(raw) {
      try {
        storage?.setItem(PROGRESS_KEY, raw);
        return Promise.resolve(storage !== null);
      } catch {
        return Promise.resolve(false);
      }
    },
    get() {
      try {
        return Promise.resolve(storage?.getItem(PROGRESS_KEY) ?? null);
      } catch {
        return Promise.resolve(null);
      }
    },
    removeIf(raw) {
      try {
        if (storage?.getItem(PROGRESS_KEY) === raw) storage.removeItem(PROGRESS_KEY);
      } catch {
        // Left in place, as above.
      }
      return Promise.resolve();
    },
  };
}

/** The browser's places to keep progress aside, in the order they are tried. */
export const browserAsides = (): AsideStore[] => [indexedDbAside, storageAside(sessionStorageOrNull(), 'session')];

/** Whether any place holds progress kept aside (opening no database that does not exist yet). */
export async function hasAsideWork(): Promise<boolean> {
  for (const aside of browserAsides()) if ((await aside.get()) !== null) return true;
  return false;
}
