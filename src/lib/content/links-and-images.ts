import type { ContentCorpus, EntryKind } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';
import { positionAt } from './mask.ts';
import { meantHint } from './suggest.ts';

/** A link or image found in an MDX body. */
interface Found {
  readonly target: string;
  readonly offset: number;
}

const MD_LINK = /(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HREF = /\bhref\s*=\s*["']([^"']+)["']/g;
const MD_IMAGE = /!\[([^\]\n]*)\]\(/g;
const IMG_TAG = /<img\b([^>]*)>/gi;

/** Pages that exist whatever the content (the routes the README lists). */
const STATIC_PAGES = new Set([
  '/',
  '/modul/',
  '/istilah/',
  '/fungsi/',
  '/progres/',
  '/verifikasi/',
  '/satuan/',
  '/cari/',
  '/tentang/',
  '/pelatih/',
  '/pelatih/referensi/',
]);

/** Internal links (`/...`) in an MDX body: Markdown links and `href="..."`. */
export function findInternalLinks(body: string): Found[] {
  return [...body.matchAll(MD_LINK), ...body.matchAll(HREF)]
    .map((m) => ({ target: m[1] ?? '', offset: m.index }))
    .filter((l) => l.target.startsWith('/') && !l.target.startsWith('//'))
    .sort((a, b) => a.offset - b.offset);
}

/** Why an internal link leads nowhere (and the invalid file it waits for, if any), or null when its page exists. */
export function brokenLinkReason(
  target: string,
  corpus: ContentCorpus,
): { message: string; hint: string; causedBy?: string } | null {
  const [rawPath = '', hash = ''] = target.split('#');
  // A file (a path with an extension) is looked for under public/ by the asset check (assets.ts).
  if (/\.[a-z0-9]+$/i.test(rawPath.split('?')[0] ?? '')) return null;
  const path = (rawPath.split('?')[0] ?? '').replace(/\/?$/, '/');
  if (!rawPath.endsWith('/')) {
    const fixed = `${rawPath}/${hash ? `#${hash}` : ''}`;
    return { message: 'alamat halaman harus diakhiri garis miring', hint: `tulis "${fixed}"` };
  }
  const has = (list: readonly { data: { id: string } }[], id: string) => list.some((e) => e.data.id === id);
  const ids = (list: readonly { data: { id: string } }[]) => list.map((e) => e.data.id);
  const cause = (kind: EntryKind, id: string) => {
    const file = corpus.invalid.find((e) => e.kind === kind && e.id === id)?.file;
    return file === undefined ? {} : { causedBy: file };
  };
  const parts = path.split('/').filter(Boolean);
  if (path === '/istilah/' && hash && !has(corpus.glossary, hash)) {
    return {
      message: `istilah "${hash}" tidak ada`,
      hint: meantHint(hash, ids(corpus.glossary), 'pakai id dari content/glossary/, misalnya /istilah/#polmas'),
      ...cause('glossary', hash),
    };
  }
  if (path === '/fungsi/' && hash && !has(corpus.functions, hash)) {
    return {
      message: `kartu fungsi "${hash}" tidak ada`,
      hint: meantHint(hash, ids(corpus.functions), 'pakai id dari content/functions/, misalnya /fungsi/#intelkam'),
      ...cause('function', hash),
    };
  }
  if (STATIC_PAGES.has(path)) return null;
  const [section, first, second] = parts;
  if (section === 'modul' && first && parts.length <= 3) {
    const mod = corpus.modules.find((m) => m.data.id === first);
    if (!mod)
      return {
        message: `modul "${first}" tidak ada`,
        hint: meantHint(first, ids(corpus.modules), 'alamat modul adalah /modul/<id-modul>/, dengan id dari index.mdx'),
        ...cause('module', first),
      };
    if (!second) return null;
    const lessons = corpus.lessons.filter((l) => l.folder === mod.folder);
    if (lessons.some((l) => l.data.id === second)) return null;
    return {
      message: `pelajaran "${second}" tidak ada di modul "${first}"`,
      hint: meantHint(
        second,
        ids(lessons),
        'alamat pelajaran adalah /modul/<id-modul>/<id-pelajaran>/, dengan id dari frontmatter pelajaran',
      ),
      ...cause('lesson', second),
    };
  }
  if ((section === 'kursus' || section === 'sertifikat') && first && parts.length === 2) {
    if (has(corpus.courses, first)) return null;
    return {
      message: `kursus "${first}" tidak ada`,
      hint: meantHint(first, ids(corpus.courses), 'pakai id dari content/courses/'),
      ...cause('course', first),
    };
  }
  if (section === 'pelatih' && first === 'skenario' && second && parts.length === 3) {
    if (has(corpus.scenarios, second)) return null;
    return {
      message: `skenario "${second}" tidak ada`,
      hint: meantHint(second, ids(corpus.scenarios), 'pakai id dari content/scenarios/'),
      ...cause('scenario', second),
    };
  }
  return {
    message: 'halaman ini tidak ada di situs',
    hint: 'periksa alamatnya; halaman modul, pelajaran, istilah, fungsi dan kursus diawali /modul/, /istilah/#, /fungsi/#, /kursus/',
  };
}

/** Reports internal links of an MDX body (masked, see mask.ts) that lead to no page. */
export function checkInternalLinks(
  file: string,
  body: string,
  bodyLineOffset: number,
  corpus: ContentCorpus,
): Diagnostic[] {
  return findInternalLinks(body).flatMap((link): Diagnostic[] => {
    const reason = brokenLinkReason(link.target, corpus);
    if (!reason) return [];
    const pos = positionAt(body, link.offset);
    return [
      {
        file,
        line: pos.line + bodyLineOffset,
        column: pos.column,
        message: `tautan ke "${link.target}": ${reason.message}`,
        hint: reason.hint,
        ...(reason.causedBy === undefined ? {} : { causedBy: reason.causedBy }),
      },
    ];
  });
}

/** Reports images of an MDX body (masked) without alternative text. */
export function checkImageAlt(file: string, body: string, bodyLineOffset: number): Diagnostic[] {
  const at = (offset: number, message: string, hint: string): Diagnostic => {
    const pos = positionAt(body, offset);
    return { file, line: pos.line + bodyLineOffset, column: pos.column, message, hint };
  };
  const markdown = [...body.matchAll(MD_IMAGE)]
    .filter((m) => (m[1] ?? '').trim() === '')
    .map((m) =>
      at(
        m.index,
        'gambar tanpa teks alternatif (alt)',
        'tulis apa yang tampak di gambar di antara kurung siku, misalnya ![Bhabinkamtibmas berbincang dengan warga](...)',
      ),
    );
  const tags = [...body.matchAll(IMG_TAG)]
    .filter((m) => {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{)/.exec(m[1] ?? '');
      return !alt || (!alt[0].endsWith('{') && (alt[1] ?? alt[2] ?? '').trim() === '');
    })
    .map((m) =>
      at(m.index, '<img> tanpa teks alternatif (alt)', 'tambahkan alt="apa yang tampak di gambar" pada tag <img>'),
    );
  return [...markdown, ...tags];
}
