// The browser storage the progress scripts share.

function webStorageOrNull(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

/** The browser's localStorage, or null where reading the property itself throws (some private modes, blocked cookies). */
export const localStorageOrNull = () => webStorageOrNull('localStorage');

/** The browser's sessionStorage, or null where reading the property throws. */
export const sessionStorageOrNull = () => webStorageOrNull('sessionStorage');

/** Asks the browser not to evict the learner's record (Safari wipes unvisited sites' storage after 7 days). */
export function requestPersistence(): void {
  // Older Safari has no StorageManager at all, whatever the DOM types say.
  const manager = (navigator as Partial<Navigator>).storage as Partial<StorageManager> | undefined;
  void manager?.persist?.().catch(() => false);
}
