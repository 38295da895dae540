// Opening and saving the course folder: through the File System Access API where the browser has it (Chrome, Edge),
// otherwise as a .zip of the folder that is saved by downloading a new .zip.
import { unzipSync, zipSync } from 'fflate';
import {
  decodeUtf8,
  fileText,
  findProjectRoot,
  isEditablePath,
  isReadFolder,
  toTextFile,
  type TextFile,
} from '../../lib/studio/project.ts';
import { studioStrings } from '../../i18n/studio.ts';
import { mayWrite } from './fs-access.ts';

const t = studioStrings.errors;

/** An Indonesian message for the trainer: what went wrong and what to do. */
export class StudioError extends Error {
  override readonly name = 'StudioError';
}

/** Where the course came from, and how it is written back. */
export type Source =
  | { readonly kind: 'folder'; readonly name: string; readonly handle: FileSystemDirectoryHandle }
  | {
      readonly kind: 'zip';
      readonly name: string;
      /** Folder of the course inside the zip ("" at its top), kept when saving. */
      readonly prefix: string;
      /** Every entry of the zip as it was read, so unchanged files are saved byte for byte. */
      readonly entries: Readonly<Record<string, Uint8Array>>;
    };

/** The course as opened: its text files, the size of every other file, and where it came from. */
export interface OpenedProject {
  readonly source: Source;
  readonly files: ReadonlyMap<string, TextFile>;
  readonly sizes: ReadonlyMap<string, number>;
}

function readTextFiles(raw: Iterable<readonly [string, Uint8Array]>): Map<string, TextFile> {
  const files = new Map<string, TextFile>();
  for (const [path, bytes] of raw) {
    const text = decodeUtf8(bytes);
    if (text === null) throw new StudioError(t.notText(path));
    files.set(path, toTextFile(text));
  }
  return files;
}

/** Reads a .zip of the course folder. */
export function openZip(name: string, bytes: Uint8Array): OpenedProject {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new StudioError(t.notZip(name));
  }
  const paths = Object.keys(entries).filter((p) => !p.endsWith('/'));
  const prefix = findProjectRoot(paths);
  if (prefix === null) throw new StudioError(t.zipNotCourse(name));
  const inside = paths.filter((p) => p.startsWith(prefix)).map((p) => [p.slice(prefix.length), p] as const);
  const files = readTextFiles(
    inside.filter(([path]) => isEditablePath(path)).map(([path, full]) => [path, entries[full] ?? new Uint8Array()]),
  );
  const sizes = new Map(inside.map(([path, full]) => [path, entries[full]?.length ?? 0]));
  return { source: { kind: 'zip', name, prefix, entries }, files, sizes };
}

async function* walk(dir: FileSystemDirectoryHandle, prefix: string): AsyncGenerator<[string, FileSystemFileHandle]> {
  for await (const handle of dir.values()) {
    const path = `${prefix}${handle.name}`;
    if (handle.kind === 'directory') {
      if (isReadFolder(path)) yield* walk(handle, `${path}/`);
    } else yield [path, handle];
  }
}

/** Reads the course folder through a directory handle. */
export async function openFolder(handle: FileSystemDirectoryHandle): Promise<OpenedProject> {
  const names = new Set<string>();
  for await (const entry of handle.values()) if (entry.kind === 'directory') names.add(entry.name);
  if (!names.has('modules') || !names.has('content')) throw new StudioError(t.folderNotCourse(handle.name));
  const raw: [string, Uint8Array][] = [];
  const sizes = new Map<string, number>();
  for await (const [path, fileHandle] of walk(handle, '')) {
    let file: File;
    try {
      file = await fileHandle.getFile();
    } catch {
      throw new StudioError(t.unreadable(path));
    }
    sizes.set(path, file.size);
    if (isEditablePath(path)) raw.push([path, new Uint8Array(await file.arrayBuffer())]);
  }
  return { source: { kind: 'folder', name: handle.name, handle }, files: readTextFiles(raw), sizes };
}

/** The bytes a changed or new file is saved as: its text with its own line endings, in UTF-8. */
export function encodeFile(file: TextFile): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(fileText(file));
}

/**
 * Writes the changed files (and new ones) into the folder, asking for permission to write first when the browser
 * has not granted it yet. Unchanged files are not touched.
 */
export async function saveToFolder(
  handle: FileSystemDirectoryHandle,
  changed: ReadonlyMap<string, TextFile>,
): Promise<void> {
  if (!(await mayWrite(handle))) throw new StudioError(t.noPermission);
  for (const [path, file] of changed) {
    const parts = path.split('/');
    const name = parts.pop() ?? path;
    let dir = handle;
    for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
    const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
    await writable.write(encodeFile(file));
    await writable.close();
  }
}

/**
 * The .zip to download: every entry of the opened zip, unchanged files byte for byte, changed and new files as the
 * editor's text with their own line endings, all in the same folder inside the zip as before.
 */
export function zipWith(
  source: Extract<Source, { kind: 'zip' }>,
  changed: ReadonlyMap<string, TextFile>,
): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = { ...source.entries };
  for (const [path, file] of changed) entries[`${source.prefix}${path}`] = encodeFile(file);
  return new Uint8Array(zipSync(entries));
}
