const ORDER_PREFIX = /^(\d+)-[a-z0-9-]+$/;

/** Where an MDX file sits in `modules/`: its module folder, whether it is the overview, and its `NN-` order. */
export type MdxLocation =
  { ok: true; folder: string; isIndex: boolean; order: number } | { ok: false; message: string; hint: string };

/** Reads folder, kind and order from a path like `modules/01-polmas/02-prinsip.mdx`. */
export function locateMdx(path: string): MdxLocation {
  const parts = path.split('/');
  if (parts.length !== 3 || parts[0] !== 'modules') {
    return {
      ok: false,
      message: 'berkas MDX harus berada langsung di dalam folder modul',
      hint: 'pindahkan ke modules/NN-nama-modul/',
    };
  }
  const folder = parts[1] ?? '';
  const name = parts[2] ?? '';
  const folderMatch = ORDER_PREFIX.exec(folder);
  if (!folderMatch) {
    return {
      ok: false,
      message: `nama folder modul "${folder}" tidak diawali nomor urut`,
      hint: 'ganti nama folder menjadi misalnya "02-nama-modul"',
    };
  }
  if (name === 'index.mdx') return { ok: true, folder, isIndex: true, order: Number(folderMatch[1]) };
  const lessonMatch = ORDER_PREFIX.exec(name.replace(/\.mdx$/, ''));
  if (!lessonMatch) {
    return {
      ok: false,
      message: `nama berkas pelajaran "${name}" tidak diawali nomor urut`,
      hint: 'ganti nama berkas menjadi misalnya "02-judul-pelajaran.mdx"',
    };
  }
  return { ok: true, folder, isIndex: false, order: Number(lessonMatch[1]) };
}
