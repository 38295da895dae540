import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectFileSize, readContentFiles } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/diagnostic.ts';

// One broken file per kind of authoring mistake (tests/content/fixtures/authoring/), each placed at a path of a
// valid base tree; every message is pinned with its path, line and column.
const folder = fileURLToPath(new URL('./fixtures/authoring/', import.meta.url));
const base = await readContentFiles(`${folder}base`);
// The base tree's public/gambar/ holds sambang.jpg; besar.jpg stands for a photo straight from a phone camera.
const baseSize = projectFileSize(`${folder}base`);
const fileSize = (path: string) => (path === 'public/gambar/besar.jpg' ? 2_400_000 : baseSize(path));

/** The report `npm run check:content` prints for the base tree with fixtures placed at the given paths. */
async function checkAll(placed: readonly (readonly [fixture: string, path: string])[]): Promise<string> {
  const files = await Promise.all(
    placed.map(async ([fixture, path]) => ({ path, text: await readFile(`${folder}${fixture}`, 'utf8') })),
  );
  const paths = new Set(files.map((f) => f.path));
  const { diagnostics, warnings } = checkContent([...base.filter((f) => !paths.has(f.path)), ...files], { fileSize });
  return formatReport(diagnostics, warnings);
}

function checkWith(fixture: string, path: string): Promise<string> {
  return checkAll([[fixture, path]]);
}

describe('authoring mistakes', () => {
  it('accepts the base tree', () => {
    expect(formatReport(checkContent(base).diagnostics)).toBe('Tidak ada masalah.');
  });

  it('reports a YAML syntax error (unclosed quote)', async () => {
    expect(await checkWith('yaml-syntax.yaml', 'content/glossary/sambang.yaml')).toMatchInlineSnapshot(`
      "content/glossary/sambang.yaml:3:13  YAML tidak valid: tanda kutip dibuka tetapi tidak ditutup  (tambahkan tanda kutip penutup di akhir nilai pada baris ini)
      1 masalah ditemukan."
    `);
  });

  it('reports a tab used as indentation', async () => {
    expect(await checkWith('yaml-tab-indent.yaml', 'content/courses/kursus-tab.yaml')).toMatchInlineSnapshot(`
      "content/courses/kursus-tab.yaml:6:1  YAML tidak valid: indentasi memakai tab  (ganti tab dengan dua spasi)
      1 masalah ditemukan."
    `);
  });

  it('reports a frontmatter line without a colon', async () => {
    expect(await checkWith('frontmatter-syntax.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:3:1  YAML tidak valid: sebuah kunci tidak diakhiri titik dua atau tanda kutip tidak ditutup  (periksa titik dua setelah nama kolom, indentasi dua spasi, dan tanda kutip yang berpasangan)
      1 masalah ditemukan."
    `);
  });

  it('reports a frontmatter that is never closed', async () => {
    expect(await checkWith('frontmatter-unclosed.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:1:1  frontmatter tidak ditemukan atau tidak ditutup  (awali berkas dengan baris "---", tulis kolom-kolomnya, lalu tutup dengan baris "---")
      1 masalah ditemukan."
    `);
  });

  it('reports a missing field', async () => {
    expect(await checkWith('missing-field.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:2:1  kolom "description" wajib diisi  (tambahkan baris "description: ..." di frontmatter)
      1 masalah ditemukan."
    `);
  });

  it('reports an unknown field, with the likely spelling', async () => {
    expect(await checkWith('unknown-field.yaml', 'content/functions/samapta.yaml')).toMatchInlineSnapshot(`
      "content/functions/samapta.yaml:1:1  kolom "fullName" wajib diisi  (tambahkan baris "fullName: ..." di berkas ini)
      content/functions/samapta.yaml:3:1  kolom "fullname" tidak dikenal  (mungkin maksud Anda "fullName"?)
      2 masalah ditemukan."
    `);
  });

  it('reports text where a number is expected', async () => {
    expect(await checkWith('mistyped-field.yaml', 'content/courses/kursus-kedua.yaml')).toMatchInlineSnapshot(`
      "content/courses/kursus-kedua.yaml:5:8  kolom "order" harus berupa angka  (ubah nilainya menjadi angka)
      1 masalah ditemukan."
    `);
  });

  it('reports a value outside a fixed choice', async () => {
    expect(await checkWith('wrong-choice.yaml', 'content/glossary/sambang.yaml')).toMatchInlineSnapshot(`
      "content/glossary/sambang.yaml:5:13  kolom "confidence" harus VERIFIED atau LIKELY (butir UNVERIFIED tidak boleh dimuat)  (pilih salah satu nilai yang disebutkan, dengan ejaan yang sama persis)
      1 masalah ditemukan."
    `);
  });

  it('reports an id with capitals and spaces', async () => {
    expect(await checkWith('bad-id.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:2:5  kolom "id" hanya boleh berisi huruf kecil, angka dan tanda hubung, misalnya "apa-itu-polmas"  (perbaiki nilainya sesuai contoh di Panduan Pelatih (/pelatih/))
      1 masalah ditemukan."
    `);
  });

  it('reports a duplicate id', async () => {
    expect(await checkWith('duplicate-id.yaml', 'content/glossary/singkatan-polmas.yaml')).toMatchInlineSnapshot(`
      "content/glossary/singkatan-polmas.yaml:1:5  id istilah "polmas" sudah dipakai di content/glossary/polmas.yaml  (setiap id harus unik: ganti id ini dengan yang belum dipakai)
      1 masalah ditemukan."
    `);
  });

  it('reports a module quiz that does not exist', async () => {
    expect(await checkWith('module-unknown-quiz.mdx', 'modules/02-kedua/index.mdx')).toMatchInlineSnapshot(`
      "modules/02-kedua/index.mdx:2:5  modul "modul-kedua" belum punya pelajaran  (tambahkan berkas modules/02-kedua/01-judul-pelajaran.mdx)
      modules/02-kedua/index.mdx:7:7  kolom "quiz": kuis "kuis-yang-tidak-ada" tidak ada  (periksa ejaan id, atau buat kuis itu terlebih dahulu)
      2 masalah ditemukan."
    `);
  });

  it('reports a module scenario that does not exist', async () => {
    expect(await checkWith('module-unknown-scenario.mdx', 'modules/02-kedua/index.mdx')).toMatchInlineSnapshot(`
      "modules/02-kedua/index.mdx:2:5  modul "modul-kedua" belum punya pelajaran  (tambahkan berkas modules/02-kedua/01-judul-pelajaran.mdx)
      modules/02-kedua/index.mdx:8:5  kolom "scenarios": skenario "skenario-hantu" tidak ada  (periksa ejaan id, atau buat skenario itu terlebih dahulu)
      2 masalah ditemukan."
    `);
  });

  it('reports a required scenario missing from scenarios', async () => {
    expect(await checkWith('module-required-scenario-unlisted.mdx', 'modules/02-kedua/index.mdx'))
      .toMatchInlineSnapshot(`
      "modules/02-kedua/index.mdx:2:5  modul "modul-kedua" belum punya pelajaran  (tambahkan berkas modules/02-kedua/01-judul-pelajaran.mdx)
      modules/02-kedua/index.mdx:9:23  skenario wajib "skenario-wajib" tidak tercantum di kolom scenarios  (tambahkan id itu ke kolom scenarios modul ini)
      2 masalah ditemukan."
    `);
  });

  it('reports a <Term> naming no glossary entry', async () => {
    expect(await checkWith('unknown-term.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:22  <Term id="bhabin">: istilah "bhabin" tidak ada  (periksa ejaan id, atau tambahkan istilah itu)
      1 masalah ditemukan."
    `);
  });

  it('reports a <FunctionCard> naming no function card', async () => {
    expect(await checkWith('unknown-function.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:10:1  <FunctionCard id="intelijen">: kartu fungsi "intelijen" tidak ada  (periksa ejaan id, atau tambahkan kartu fungsi itu)
      1 masalah ditemukan."
    `);
  });

  it('reports a <DasarHukum> naming no legal reference', async () => {
    expect(await checkWith('unknown-legal-ref.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:1  <DasarHukum ref="perpol-1-2021-pasal-99">: rujukan hukum "perpol-1-2021-pasal-99" tidak ada  (periksa ejaan id, atau tambahkan rujukan hukum itu)
      1 masalah ditemukan."
    `);
  });

  it('reports a course module that does not exist', async () => {
    expect(await checkWith('course-unknown-module.yaml', 'content/courses/kursus-kedua.yaml')).toMatchInlineSnapshot(`
      "content/courses/kursus-kedua.yaml:7:5  kolom "modules": modul "modul-hantu" tidak ada  (periksa ejaan id, atau buat modul itu terlebih dahulu)
      1 masalah ditemukan."
    `);
  });

  it('reports a related term that does not exist', async () => {
    expect(await checkWith('glossary-unknown-related.yaml', 'content/glossary/sambang.yaml')).toMatchInlineSnapshot(`
      "content/glossary/sambang.yaml:6:19  kolom "related": istilah "kunjungan-rumah" tidak ada  (periksa ejaan id, atau buat istilah itu terlebih dahulu)
      1 masalah ditemukan."
    `);
  });

  it('reports a Pasal in a lesson that references.yaml does not list', async () => {
    expect(await checkWith('uncited-pasal.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:9:36  "Pasal 27" Perpol 1/2021 tidak ada di content/legal/references.yaml  (jangan menulis nomor pasal yang belum diverifikasi: tambahkan butirnya ke references.yaml bersama sumbernya, atau hapus nomor pasal itu)
      1 masalah ditemukan."
    `);
  });

  it('reports a Pasal in YAML text that references.yaml does not list', async () => {
    expect(await checkWith('uncited-pasal.yaml', 'content/glossary/sambang.yaml')).toMatchInlineSnapshot(`
      "content/glossary/sambang.yaml:3:57  "Pasal 99" tanpa nama peraturan di dekatnya  (sebutkan peraturannya di dekat pasal itu (misalnya "Pasal 3 Perpol 1/2021"), di judul bagiannya, atau bungkus dengan <DasarHukum ref="...">)
      1 masalah ditemukan."
    `);
  });

  it('reports a repealed rule stated as if it were in force', async () => {
    expect(await checkWith('repealed-as-law.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:10:36  Perkap 3/2015 sudah tidak berlaku tetapi tidak ditandai sebagai sejarah  (aturan yang dicabut atau diganti hanya boleh disebut sebagai sejarah: tandai di kalimat atau judul bagiannya (misalnya "sudah dicabut", "sejarah"), atau rujuk aturan yang berlaku)
      1 masalah ditemukan."
    `);
  });

  it('leaves a repealed rule alone in what is not published: a comment or code', async () => {
    const text = (await readFile(`${folder}repealed-as-law.mdx`, 'utf8')).replace(
      'Perkap 3/2015 dan Perpol 1/2021.',
      'Perpol 1/2021. {/* dulu Perkap 3/2015 */} Contoh salah: `Perkap 3/2015`.',
    );
    const lesson = { path: 'modules/01-contoh/02-kedua.mdx', text };
    expect(formatReport(checkContent([...base, lesson]).diagnostics)).toBe('Tidak ada masalah.');
  });

  it('reports a Pasal whose rule is named nowhere near it', async () => {
    expect(await checkWith('pasal-without-instrument.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:10:29  "Pasal 3" tanpa nama peraturan di dekatnya  (sebutkan peraturannya di dekat pasal itu (misalnya "Pasal 3 Perpol 1/2021"), di judul bagiannya, atau bungkus dengan <DasarHukum ref="...">)
      1 masalah ditemukan."
    `);
  });

  it('reports a Markdown link to a lesson that does not exist', async () => {
    expect(await checkWith('link-missing-lesson.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:8  tautan ke "/modul/modul-contoh/pelajaran-satu/": pelajaran "pelajaran-satu" tidak ada di modul "modul-contoh"  (alamat pelajaran adalah /modul/<id-modul>/<id-pelajaran>/, dengan id dari frontmatter pelajaran)
      1 masalah ditemukan."
    `);
  });

  it('reports href links to a missing term and course', async () => {
    expect(await checkWith('link-missing-anchor.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:14  tautan ke "/istilah/#sambang": istilah "sambang" tidak ada  (pakai id dari content/glossary/, misalnya /istilah/#polmas)
      modules/01-contoh/02-kedua.mdx:8:58  tautan ke "/kursus/kursus-hantu/": kursus "kursus-hantu" tidak ada  (pakai id dari content/courses/)
      2 masalah ditemukan."
    `);
  });

  it('reports a Markdown image without alt text', async () => {
    expect(await checkWith('image-no-alt.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:10:1  gambar tanpa teks alternatif (alt)  (tulis apa yang tampak di gambar di antara kurung siku, misalnya ![Bhabinkamtibmas berbincang dengan warga](...))
      1 masalah ditemukan."
    `);
  });

  it('reports an <img> without alt', async () => {
    expect(await checkWith('img-tag-no-alt.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:10:1  <img> tanpa teks alternatif (alt)  (tambahkan alt="apa yang tampak di gambar" pada tag <img>)
      1 masalah ditemukan."
    `);
  });

  it('reports an unknown component, with the likely name', async () => {
    expect(await checkWith('unknown-component.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:10:1  komponen <Kuis> tidak dikenal  (mungkin maksud Anda <Quiz>?)
      1 masalah ditemukan."
    `);
  });

  it('reports a component without its required attribute', async () => {
    expect(await checkWith('missing-prop.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:7  komponen <Term> tanpa atribut id  (tulis <Term id="...">, berisi id istilah di content/glossary/)
      1 masalah ditemukan."
    `);
  });

  it('reports a Callout type outside info, penting, contoh', async () => {
    expect(await checkWith('bad-prop-value.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:1  <Callout type="peringatan">: nilai tidak dikenal  (pilih salah satu: info, penting, contoh)
      1 masalah ditemukan."
    `);
  });

  it('reports an unknown attribute on a component', async () => {
    expect(await checkWith('unknown-prop.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:1  <Callout>: atribut "jenis" tidak dikenal  (atribut yang boleh: type, title)
      1 masalah ditemukan."
    `);
  });
  it('reports a single-choice question with two correct options', async () => {
    expect(await checkWith('quiz-two-correct.yaml', 'content/quizzes/kuis-kedua.yaml')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-kedua.yaml:5:5  pertanyaan "pengemban": pilihan tunggal harus punya tepat satu opsi benar, ditemukan 2  (biarkan "correct: true" hanya pada satu opsi, atau ganti menjadi "type: multiple" bila memang ada beberapa jawaban benar)
      1 masalah ditemukan."
    `);
  });

  it('reports a draw larger than the question bank', async () => {
    expect(await checkWith('quiz-draw-too-large.yaml', 'content/quizzes/kuis-kedua.yaml')).toMatchInlineSnapshot(`
      "content/quizzes/kuis-kedua.yaml:4:7  draw 5 lebih besar dari jumlah pertanyaan (1)  (kecilkan draw menjadi paling banyak 1, atau tambahkan pertanyaan)
      1 masalah ditemukan."
    `);
  });
  it('reports a page address without its trailing slash', async () => {
    expect(await checkWith('link-no-trailing-slash.mdx', 'modules/01-contoh/02-kedua.mdx')).toMatchInlineSnapshot(`
      "modules/01-contoh/02-kedua.mdx:8:12  tautan ke "/modul/modul-contoh": alamat halaman harus diakhiri garis miring  (tulis "/modul/modul-contoh/")
      1 masalah ditemukan."
    `);
  });
  it('reports a scenario choice that leads to no node', async () => {
    expect(await checkWith('scenario-unknown-target.yaml', 'content/scenarios/skenario-kedua.yaml'))
      .toMatchInlineSnapshot(`
        "content/scenarios/skenario-kedua.yaml:14:13  pilihan "ajak-warga" di simpul "awal" menuju simpul "rembuk-warga" yang tidak ada  (tambahkan simpul dengan id "rembuk-warga", atau perbaiki "to:")
        1 masalah ditemukan."
      `);
  });
});

const LESSON = 'modules/01-contoh/02-kedua.mdx';

describe('MDX the build would reject, reported by the checker at the right line', () => {
  it.each([
    ['mdx-unclosed-component.mdx'],
    ['mdx-import-missing.mdx'],
    ['mdx-html-comment.mdx'],
    ['mdx-placeholder.mdx'],
    ['mdx-unquoted-attribute.mdx'],
    ['mdx-mismatched-close.mdx'],
    ['mdx-img-unclosed.mdx'],
    ['mdx-stray-less-than.mdx'],
    ['mdx-unclosed-brace.mdx'],
    ['mdx-attribute-expression.mdx'],
  ])('%s', async (fixture) => {
    expect(await checkWith(fixture, LESSON)).toMatchSnapshot();
  });
});

describe('images and files', () => {
  it.each([
    ['image-missing.mdx', LESSON],
    ['image-relative-path.mdx', LESSON],
    ['img-tag-missing-file.mdx', LESSON],
    ['file-link-missing.mdx', LESSON],
    ['image-too-large.mdx', LESSON],
    ['yaml-image-missing.yaml', 'content/glossary/sambang.yaml'],
    ['yaml-image-no-alt.yaml', 'content/glossary/sambang.yaml'],
  ])('%s', async (fixture, path) => {
    expect(await checkWith(fixture, path)).toMatchSnapshot();
  });
});

describe('quality warnings', () => {
  it.each([
    ['scaffold-leftover.mdx', LESSON],
    ['quiz-duplicate-options.yaml', 'content/quizzes/kuis-kedua.yaml'],
    ['quiz-empty-explanations.yaml', 'content/quizzes/kuis-kedua.yaml'],
    ['lesson-too-long.mdx', LESSON],
  ])('%s', async (fixture, path) => {
    expect(await checkWith(fixture, path)).toMatchSnapshot();
  });
});

describe('"maksud Anda ...?" for ids and refs', () => {
  it('module-quiz-typo.mdx', async () => {
    expect(
      await checkAll([
        ['module-quiz-typo.mdx', 'modules/01-contoh/index.mdx'],
        ['quiz-duplicate-options.yaml', 'content/quizzes/kuis-kedua.yaml'],
      ]),
    ).toMatchSnapshot();
  });

  it.each([
    ['term-typo.mdx', LESSON],
    ['function-typo.mdx', LESSON],
    ['legal-ref-typo.mdx', LESSON],
    ['course-module-typo.yaml', 'content/courses/kursus-kedua.yaml'],
    ['link-lesson-typo.mdx', LESSON],
    ['scenario-consult-typo.yaml', 'content/scenarios/skenario-kedua.yaml'],
  ])('%s', async (fixture, path) => {
    expect(await checkWith(fixture, path)).toMatchSnapshot();
  });
});

describe('one message per mistake, with the places it affects', () => {
  it('a quiz with one bad option is reported once, naming the module that uses it', async () => {
    expect(
      await checkAll([
        ['root-quiz-broken.yaml', 'content/quizzes/kuis-contoh.yaml'],
        ['root-quiz-user.mdx', 'modules/01-contoh/index.mdx'],
      ]),
    ).toMatchSnapshot();
  });

  it('a tab in a module frontmatter is reported once, naming its lessons and courses', async () => {
    expect(await checkWith('root-module-tab.mdx', 'modules/01-contoh/index.mdx')).toMatchSnapshot();
  });
});

describe('paths as an author reads them', () => {
  it.each([
    ['scenario-ending-no-debrief.yaml', 'content/scenarios/skenario-kedua.yaml'],
    ['quiz-option-no-text.yaml', 'content/quizzes/kuis-kedua.yaml'],
  ])('%s', async (fixture, path) => {
    expect(await checkWith(fixture, path)).toMatchSnapshot();
  });
});
