// The parts of the File System Access API that TypeScript's DOM library does not declare (Chrome and Edge have them).

interface DirectoryPicker {
  showDirectoryPicker(options: { mode: 'readwrite'; id?: string }): Promise<FileSystemDirectoryHandle>;
}

interface PermissionHandle {
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

/** Asks the trainer for the course folder, with permission to write; null when they close the picker. */
export async function pickDirectory(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await (window as unknown as DirectoryPicker).showDirectoryPicker({
      mode: 'readwrite',
      id: 'sinergi-kursus',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** Whether the browser lets the page write into the folder, asking the trainer when it has not been granted yet. */
export async function mayWrite(handle: FileSystemDirectoryHandle): Promise<boolean> {
  const permitted = handle as PermissionHandle;
  if (!permitted.requestPermission) return true;
  return (await permitted.requestPermission({ mode: 'readwrite' })) === 'granted';
}
