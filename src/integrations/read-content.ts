import { statSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentFile } from '../lib/content/corpus.ts';

/** Reads every MDX file under `modules/` and YAML file under `content/` of a project root. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for await (const path of glob(['modules/**/*.mdx', 'content/**/*.{yaml,yml}'], { cwd: root })) {
    const normalized = path.split('\\').join('/');
    files.push({ path: normalized, text: await readFile(join(root, path), 'utf8') });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Size in bytes of a file of the project (path relative to its root), or undefined when there is no such file. */
export function projectFileSize(root: string): (path: string) => number | undefined {
  return (path) => {
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : undefined;
  };
}
