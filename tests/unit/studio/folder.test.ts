import { unzipSync, zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openZip, zipWith } from '../../../src/client/studio/folder.ts';
import { readContentFiles } from '../../../src/integrations/read-content.ts';

const site = fileURLToPath(new URL('../../build/fixtures/site/', import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);
const LESSON = 'modules/01-modul-uji/01-pelajaran-uji.mdx';

/** The fixture site as a zip inside a folder, as Windows or GitHub make it, with a CRLF lesson and an image. */
async function fixtureZip(): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of await readContentFiles(site)) entries[`kursus/${file.path}`] = encode(file.text);
  entries[`kursus/${LESSON}`] = encode((await readFile(`${site}${LESSON}`, 'utf8')).replace(/\n/g, '\r\n'));
  entries['kursus/public/gambar/foto.jpg'] = new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x80]);
  entries['kursus/README.md'] = encode('# Kursus\n');
  return zipSync(entries);
}

describe('opening and saving a .zip of the course', () => {
  it('reads the text files, the sizes of the others, and the CRLF line ends', async () => {
    const project = openZip('kursus.zip', await fixtureZip());
    expect(project.source).toMatchObject({ kind: 'zip', prefix: 'kursus/' });
    expect(project.files.get(LESSON)?.eol).toBe('\r\n');
    expect(project.files.get(LESSON)?.text).not.toContain('\r');
    expect(project.files.get('content/units.yaml')?.eol).toBe('\n');
    expect(project.sizes.get('public/gambar/foto.jpg')).toBe(5);
    expect(project.files.has('README.md')).toBe(false);
  });

  it('saves unchanged files byte for byte and the changed one as edited, with its own line ends', async () => {
    const original = await fixtureZip();
    const project = openZip('kursus.zip', original);
    const lesson = project.files.get(LESSON);
    if (!lesson) throw new Error('no lesson');
    const edited = { ...lesson, text: lesson.text.replace('Isi pelajaran uji.', 'Isi pelajaran uji, diubah.') };
    const saved = unzipSync(
      zipWith(project.source as Extract<typeof project.source, { kind: 'zip' }>, new Map([[LESSON, edited]])),
    );
    const before = unzipSync(original);
    expect(Object.keys(saved).sort()).toEqual(Object.keys(before).sort());
    for (const [name, bytes] of Object.entries(before)) {
      if (name === `kursus/${LESSON}`) continue;
      expect(saved[name], name).toEqual(bytes);
    }
    const expected = new TextDecoder()
      .decode(before[`kursus/${LESSON}`])
      .replace('Isi pelajaran uji.', 'Isi pelajaran uji, diubah.');
    expect(new TextDecoder().decode(saved[`kursus/${LESSON}`])).toBe(expected);
    expect(expected).toContain('\r\n');
  });

  it('says in Indonesian what is wrong with a file that is not a zip or not a course', () => {
    expect(() => openZip('foto.zip', encode('bukan zip'))).toThrow(/foto\.zip bukan berkas \.zip yang bisa dibaca/);
    expect(() => openZip('lain.zip', zipSync({ 'catatan.txt': encode('x') }))).toThrow(
      /lain\.zip tidak berisi folder kursus: tidak ada folder modules\/ dan content\//,
    );
    const latin1 = zipSync({
      'modules/01-a/index.mdx': new Uint8Array([0xe9, 0xff]),
      'content/units.yaml': encode('[]'),
    });
    expect(() => openZip('k.zip', latin1)).toThrow(/modules\/01-a\/index\.mdx tidak bisa dibaca sebagai teks UTF-8/);
  });
});
