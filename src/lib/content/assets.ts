import type { ContentFile } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { maskYamlComments, positionAt } from './mask.ts';
import { nodeStart, walkTree, type MdxTree } from './mdx-compile.ts';

/** Above this an image slows a lesson on a phone over a weak connection. */
export const IMAGE_WARN_BYTES = 300 * 1024;

const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;
/** A Markdown image in YAML text (quiz and scenario text is Markdown). */
const YAML_IMAGE = /!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)/g;

/** A file an MDX or YAML file points to: an image, or a link to a file (a path with an extension). */
interface Pointer {
  readonly url: string;
  readonly image: boolean;
  readonly line: number;
  readonly column: number;
}

function pointersInTree(tree: MdxTree): Pointer[] {
  const out: Pointer[] = [];
  for (const node of walkTree(tree)) {
    if (node.type === 'image' && node.url) out.push({ url: node.url, image: true, ...nodeStart(node) });
    if (node.type === 'link' && node.url && /\.[a-z0-9]+$/i.test(node.url.split(/[?#]/)[0] ?? '')) {
      out.push({ url: node.url, image: IMAGE_EXTENSION.test(node.url), ...nodeStart(node) });
    }
    for (const attribute of node.attributes ?? []) {
      if (typeof attribute.value !== 'string') continue;
      const isSrc = node.name === 'img' && attribute.name === 'src';
      const isFileHref = attribute.name === 'href' && /^\/.*\.[a-z0-9]+$/i.test(attribute.value);
      if (isSrc || isFileHref) out.push({ url: attribute.value, image: isSrc, ...nodeStart(node) });
    }
  }
  return out;
}

/** The project path a URL points to, or null for what the checker cannot see (other sites, data: URLs). */
function projectPath(file: string, url: string): string | null {
  const path = decodeURI(url.split(/[?#]/)[0] ?? '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path === '') return null;
  if (path.startsWith('/')) return `public${path}`;
  const parts = file.split('/').slice(0, -1);
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function kb(bytes: number): string {
  return `${String(Math.round(bytes / 1024))} KB`;
}

/**
 * Every image or file an MDX or YAML file points to exists (under public/ for `/...` addresses), and images are not
 * too heavy for a phone (a warning). Alt text of MDX images is checked with the other authoring rules; alt text of
 * images in YAML Markdown is checked here.
 */
export function checkAssets(
  files: readonly ContentFile[],
  trees: ReadonlyMap<string, MdxTree>,
  fileSize?: (path: string) => number | undefined,
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const file of files) {
    const tree = trees.get(file.path);
    let pointers: Pointer[] = tree ? pointersInTree(tree) : [];
    if (file.path.startsWith('content/')) {
      const text = maskYamlComments(file.text);
      pointers = [...text.matchAll(YAML_IMAGE)].map((m) => {
        const pos = positionAt(text, m.index);
        if ((m[1] ?? '').trim() === '') {
          errors.push({
            file: file.path,
            ...pos,
            message: 'gambar tanpa teks alternatif (alt)',
            hint: 'tulis apa yang tampak di gambar di antara kurung siku, misalnya ![Peta wilayah RW 05](...)',
          });
        }
        return { url: m[2] ?? '', image: true, ...pos };
      });
    }
    if (!fileSize) continue;
    for (const pointer of pointers) {
      const path = projectPath(file.path, pointer.url);
      if (path === null) continue;
      const size = fileSize(path);
      const what = pointer.image ? 'gambar' : 'berkas';
      if (size === undefined) {
        errors.push({
          file: file.path,
          line: pointer.line,
          column: pointer.column,
          message: `${what} "${pointer.url}" tidak ada (dicari di ${path})`,
          hint: pointer.url.startsWith('/')
            ? `simpan berkasnya di ${path}, atau perbaiki ejaan nama berkasnya`
            : `tulis alamat yang diawali garis miring, misalnya "/gambar/nama.jpg", untuk berkas di public/gambar/`,
        });
      } else if (pointer.image && size > IMAGE_WARN_BYTES) {
        warnings.push({
          file: file.path,
          line: pointer.line,
          column: pointer.column,
          message: `gambar "${pointer.url}" berukuran ${kb(size)}, lambat dibuka di ponsel`,
          hint: `perkecil gambarnya di bawah ${kb(IMAGE_WARN_BYTES)}: lebar 1200 piksel dan format JPEG atau WebP biasanya cukup`,
        });
      }
    }
  }
  return { errors, warnings };
}
