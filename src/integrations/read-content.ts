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
