/** Line ending a text file was written with; saving writes it back the same way. */
export type LineEnding = '\n' | '\r\n';

/** A text file of the course as the studio edits it: `text` has `\n` line ends, `eol` is what the file had. */
export interface TextFile {
  readonly text: string;
  readonly eol: LineEnding;
}

/** Folders the studio never reads: dependencies, build output, version control. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git', '.astro', '.cache']);

/** Whether a file of the project is one the studio opens as text: MDX under modules/, YAML under content/. */
export function isEditablePath(path: string): boolean {
  return (
    (path.startsWith('modules/') && path.endsWith('.mdx')) || (path.startsWith('content/') && /\.ya?ml$/.test(path))
  );
}

/** Whether the studio reads a folder of the project at all (its files may be checked images or imports). */
export function isReadFolder(path: string): boolean {
  return !path.split('/').some((part) => SKIPPED_FOLDERS.has(part));
}

/**
 * Where the course is inside a list of paths (a zip's entries): "" when modules/ and content/ are at the top,
 * "sinergi-main/" when they are one or more folders down (a zip of the folder itself, as GitHub and Windows make),
 * or null when no folder has both.
 */
export function findProjectRoot(paths: readonly string[]): string | null {
  const roots = new Set<string>();
  const withContent = new Set<string>();
  for (const path of paths) {
    const modules = /^(.*?)modules\/[^/]+\/[^/]+\.mdx$/.exec(path);
    if (modules) roots.add(modules[1] ?? '');
    const content = /^(.*?)content\//.exec(path);
    if (content) withContent.add(content[1] ?? '');
  }
  const both = [...roots].filter((root) => withContent.has(root) && (root === '' || root.endsWith('/')));
  return both.sort((a, b) => a.length - b.length)[0] ?? null;
}

/** Splits a file's text into what the editor shows (`\n` line ends) and the line ending to save it with. */
export function toTextFile(raw: string): TextFile {
  return raw.includes('\r\n') ? { text: raw.replace(/\r\n/g, '\n'), eol: '\r\n' } : { text: raw, eol: '\n' };
}

/** The text to write for an edited file: the editor's text with the file's own line endings. */
export function fileText(file: TextFile): string {
  return file.eol === '\r\n' ? file.text.replace(/\r?\n/g, '\r\n') : file.text;
}

/** Decodes a file's bytes as UTF-8, or returns null when they are not UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a byte-order mark in the text, so an unchanged file saves byte for byte.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** One group of the file list, as a trainer thinks of the course. */
export interface FileGroup {
  readonly id: 'courses' | 'modules' | 'quizzes' | 'scenarios' | 'data';
  readonly entries: readonly FileEntry[];
}

/** A file in the list; lessons of a module are nested under its overview. */
export interface FileEntry {
  readonly path: string;
  /** File name without its folder, for the list. */
  readonly name: string;
  readonly children?: readonly FileEntry[];
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Groups the editable files: courses, modules with their lessons, quizzes, scenarios, and the other data (glossary,
 * function cards, kit, legal register, units). Paths the checker ignores (`_`-prefixed) are listed under their group.
 */
export function groupFiles(paths: Iterable<string>): FileGroup[] {
  const sorted = [...paths].filter(isEditablePath).sort((a, b) => a.localeCompare(b));
  const under = (folder: string) =>
    sorted.filter((p) => p.startsWith(folder)).map((path) => ({ path, name: nameOf(path) }));
  const folders = [...new Set(sorted.filter((p) => p.startsWith('modules/')).map((p) => p.split('/')[1] ?? ''))];
  const modules = folders.map((folder) => {
    const files = sorted.filter((p) => p.startsWith(`modules/${folder}/`));
    const index = files.find((p) => p.endsWith('/index.mdx'));
    return {
      path: index ?? files[0] ?? '',
      name: folder,
      children: files
        .filter((p) => p !== index)
        .map((path) => ({ path, name: path.slice(`modules/${folder}/`.length) })),
    };
  });
  const named = new Set(['content/courses/', 'content/quizzes/', 'content/scenarios/']);
  const data = sorted
    .filter((p) => p.startsWith('content/') && ![...named].some((n) => p.startsWith(n)))
    .map((path) => ({ path, name: path.slice('content/'.length) }));
  return [
    { id: 'courses', entries: under('content/courses/') },
    { id: 'modules', entries: modules },
    { id: 'quizzes', entries: under('content/quizzes/') },
    { id: 'scenarios', entries: under('content/scenarios/') },
    { id: 'data', entries: data },
  ];
}
