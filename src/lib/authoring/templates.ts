/** Ids and names of a new module's files. */
export interface ModuleNames {
  readonly title: string;
  readonly moduleId: string;
  readonly lessonId: string;
  readonly quizId: string;
  readonly scenarioId: string;
}

/**
 * Every text the scaffold writes for the author to replace. The checker warns while any of them is still in a content
 * file (src/lib/content/quality.ts), and `npm run check:content -- --strict` refuses to publish it.
 */
export const PLACEHOLDER = {
  summary: 'Tulis di sini, dalam satu atau dua kalimat, apa yang dipelajari peserta di modul ini.',
  objective1: 'Menjelaskan gagasan utama modul ini dengan kata-kata sendiri.',
  objective2: 'Menerapkan gagasan itu pada satu kasus di wilayah tugas.',
  intro: 'Tulis pengantar modul di sini: mengapa modul ini penting bagi anggota di lapangan.',
  lessonDescription: 'Tulis dalam satu kalimat apa yang diajarkan pelajaran ini.',
  lessonObjective: 'Menyebutkan gagasan utama pelajaran ini.',
  lessonBody:
    'Tulis isi pelajaran di sini dengan Markdown: paragraf, **huruf tebal**, daftar berawalan "- ", dan subjudul "## ".',
  lessonExample: 'Ceritakan satu kejadian nyata atau rekaan yang menunjukkan gagasan pelajaran ini.',
  singlePrompt: 'Tulis pertanyaan pilihan ganda di sini.',
  rightOption: 'Pilihan yang benar',
  wrongOption: 'Pilihan yang keliru',
  optionFeedback: 'Jelaskan mengapa pilihan ini keliru.',
  explanation: 'Jelaskan jawaban yang benar.',
  multiplePrompt: 'Tulis pertanyaan dengan beberapa jawaban benar di sini.',
  rightOption2: 'Pilihan benar yang lain',
  statement: 'Tulis sebuah pernyataan di sini.',
  orderingPrompt: 'Tulis perintah mengurutkan langkah di sini.',
  step1: 'Langkah pertama',
  step2: 'Langkah kedua',
  step3: 'Langkah ketiga',
  matchingPrompt: 'Tulis perintah memasangkan di sini.',
  left1: 'Teks kiri pertama',
  right1: 'Pasangan teks kiri pertama',
  left2: 'Teks kiri kedua',
  right2: 'Pasangan teks kiri kedua',
  distractor: 'Pengecoh yang tidak cocok dengan teks kiri mana pun',
  scenarioSummary: 'Tulis situasi yang dihadapi peserta dalam satu atau dua kalimat.',
  scenarioStart: 'Tulis situasi awal di sini.',
  meetingText: 'Tulis apa yang terjadi dalam pertemuan di sini.',
  choiceFeedback: 'Tulis umpan balik untuk pilihan ini.',
  goodOutcome: 'Tulis akibat pilihan yang baik.',
  fairOutcome: 'Tulis akibat pilihan yang cukup baik.',
  poorOutcome: 'Tulis akibat pilihan yang kurang baik.',
  goodDebrief: 'Tulis pembahasan: prinsip Polmas mana yang dijalankan, dengan sumbernya.',
  fairDebrief: 'Tulis pembahasan: apa yang sudah baik dan apa yang masih kurang.',
  poorDebrief: 'Tulis pembahasan: apa yang terlewat dan apa yang sebaiknya dilakukan.',
} as const;

/** The placeholder texts, for the checker. */
export const SCAFFOLD_PLACEHOLDERS: readonly string[] = Object.values(PLACEHOLDER);

const P = PLACEHOLDER;

/** The first line of a scaffolded YAML file: the VS Code YAML extension reads the schema from it (completion, hover). */
export function schemaLine(schemaFile: string, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${schemaFile}`;
}

/** YAML double-quoted string. */
function q(text: string): string {
  return JSON.stringify(text);
}

/** Module overview: frontmatter fields explained in YAML comments, body comments in MDX `{/* *\/}`. */
export function moduleIndexTemplate(n: ModuleNames): string {
  return `---
# Ringkasan modul. Setiap baris "kolom: nilai"; baris berawalan # adalah catatan dan tidak ditampilkan.
# id: pengenal tetap modul (huruf kecil, angka, tanda hubung). Alamatnya /modul/<id>/. Jangan diubah setelah terbit:
# kemajuan peserta disimpan menurut id ini.
id: ${n.moduleId}
# title: judul modul seperti tampil di katalog.
title: ${q(n.title)}
# summary: satu atau dua kalimat tentang isi modul, tampil di katalog.
summary: ${q(P.summary)}
# objectives: tujuan pembelajaran, masing-masing diawali kata kerja (menjelaskan, menerapkan, menyusun, ...).
objectives:
  - ${q(P.objective1)}
  - ${q(P.objective2)}
# minutes: menit tambahan untuk kuis dan skenario (menit pelajaran dihitung dari tiap pelajaran).
minutes: 15
# findings: temuan kajian Litbang Polri 2022 yang dijawab modul ini (angka 1 sampai 7); boleh dikosongkan: [].
findings: [1]
# quiz: id kuis modul, yaitu berkas content/quizzes/${n.quizId}.yaml.
quiz: ${n.quizId}
# scenarios: id skenario yang dimainkan di modul ini (berkas content/scenarios/<id>.yaml).
scenarios:
  - ${n.scenarioId}
# completion: syarat modul selesai, selain membuka semua pelajaran.
completion:
  # requireQuiz: true bila kuis harus lulus.
  requireQuiz: true
  # requiredScenarios: skenario yang harus diselesaikan (sampai akhir mana pun).
  requiredScenarios:
    - ${n.scenarioId}
---

{/*
  Isi halaman ringkasan modul, ditulis dengan Markdown. Tujuan pembelajaran dan daftar pelajaran sudah tampil
  otomatis dari frontmatter di atas. Pelajaran adalah berkas NN-judul.mdx di folder ini; nomor di depan
  menentukan urutannya. Catatan seperti ini tidak tampil di situs.
*/}

${P.intro}

## Kuis

{/* Komponen Quiz menampilkan kuis dari content/quizzes/. Atribut id harus sama dengan kolom id kuis. */}

<Quiz id="${n.quizId}" />

## Simulasi

{/* Komponen Scenario menampilkan simulasi bercabang dari content/scenarios/. Petanya: /pelatih/skenario/<id>/. */}

<Scenario id="${n.scenarioId}" />
`;
}

/** First lesson, with every field and the common components explained. */
export function lessonTemplate(n: ModuleNames): string {
  return `---
# Pelajaran. Nama berkas diawali nomor urut (01-, 02-, ...) yang menentukan urutan di dalam modul.
# id: pengenal tetap pelajaran, unik di seluruh situs. Alamatnya /modul/${n.moduleId}/<id>/.
id: ${n.lessonId}
# title: judul pelajaran.
title: "Pengantar"
# description: satu kalimat tentang apa yang diajarkan pelajaran ini.
description: ${q(P.lessonDescription)}
# minutes: perkiraan waktu baca dalam menit (angka bulat 1 sampai 60).
minutes: 5
---

{/*
  Komponen yang bisa dipakai tanpa impor (contoh lengkap di /pelatih/referensi/):
  - Objectives dan Checklist: daftar tujuan dan daftar periksa, isinya baris berawalan "- ".
  - Callout dengan type info, penting, atau contoh: kotak sorotan.
  - Term dengan id istilah dari content/glossary/: menautkan istilah ke /istilah/.
  - FunctionCard dengan id dari content/functions/: kartu fungsi teknis.
  - DasarHukum dengan ref dari content/legal/references.yaml: kutipan dasar hukum. Setiap nomor pasal yang
    ditulis harus ada di references.yaml; jangan menulis nomor pasal dari ingatan.
  Gambar: ![apa yang tampak di gambar](/gambar/nama.jpg); teks di antara kurung siku wajib diisi.
*/}

<Objectives>
- ${P.lessonObjective}
</Objectives>

${P.lessonBody}

<Callout type="contoh" title="Di lapangan">
${P.lessonExample}
</Callout>
`;
}

/** Quiz in the format of docs/architecture.md, one question of each of the five types, every setting explained. */
export function quizTemplate(n: ModuleNames): string {
  return `${schemaLine('quiz.schema.json', 2)}
# Kuis modul "${n.title}". Dipasang di halaman dengan <Quiz id="${n.quizId}" />.
# id: pengenal tetap kuis; kolom quiz di index.mdx modul menyebut id ini.
id: ${n.quizId}
# title: judul kuis.
title: ${q(`Kuis: ${n.title}`)}
# passMark: nilai lulus dalam persen (0 sampai 100).
passMark: 70
# draw: jumlah soal yang diambil acak setiap percobaan (tidak boleh lebih dari jumlah soal); hapus untuk memakai semua.
draw: 5
# shuffle: acak urutan soal (questions) dan pilihan jawaban (options); bawaan keduanya true.
shuffle:
  questions: true
  options: true
# attempts: batas jumlah percobaan; hapus baris ini bila tidak dibatasi.
attempts: 3
# feedback: immediate (umpan balik setelah setiap soal) atau deferred (semuanya di akhir).
feedback: immediate
# questions: bank soal. Jenis (type): single, multiple, truefalse, ordering, matching; satu contoh untuk setiap jenis.
questions:
  # id soal: unik di dalam kuis ini.
  - id: gagasan-utama
    # single: tepat satu pilihan benar (correct: true).
    type: single
    # prompt: pertanyaan; boleh memakai Markdown sebaris.
    prompt: ${q(P.singlePrompt)}
    # options: minimal dua pilihan; feedback per pilihan boleh ditulis.
    options:
      - id: a
        text: ${q(P.rightOption)}
        correct: true
      - id: b
        text: ${q(P.wrongOption)}
        feedback: ${q(P.optionFeedback)}
    # explanation: penjelasan yang tampil setelah menjawab.
    explanation: ${q(P.explanation)}
    # source: rujukan jawaban, misalnya judul pelajaran atau peraturan yang ada di references.yaml.
    source: "Pelajaran: Pengantar"
  - id: beberapa-benar
    # multiple: pilih semua yang benar; tulis correct: true pada setiap pilihan yang benar.
    type: multiple
    prompt: ${q(P.multiplePrompt)}
    options:
      - id: a
        text: ${q(P.rightOption)}
        correct: true
      - id: b
        text: ${q(P.rightOption2)}
        correct: true
      - id: c
        text: ${q(P.wrongOption)}
    explanation: ${q(P.explanation)}
    source: "Pelajaran: Pengantar"
  - id: benar-salah
    # truefalse: pernyataan yang benar (answer: true) atau salah (answer: false).
    type: truefalse
    prompt: ${q(P.statement)}
    answer: true
    explanation: ${q(P.explanation)}
    source: "Pelajaran: Pengantar"
  - id: urutan-langkah
    # ordering: tulis butir dalam urutan yang benar; peserta melihatnya teracak.
    type: ordering
    prompt: ${q(P.orderingPrompt)}
    items:
      - { id: pertama, text: ${q(P.step1)} }
      - { id: kedua, text: ${q(P.step2)} }
      - { id: ketiga, text: ${q(P.step3)} }
    explanation: ${q(P.explanation)}
    source: "Pelajaran: Pengantar"
  - id: pasangan
    # matching: setiap teks kiri (left) cocok dengan teks kanannya (right); distractors adalah pengecoh.
    type: matching
    prompt: ${q(P.matchingPrompt)}
    pairs:
      - { id: satu, left: ${q(P.left1)}, right: ${q(P.right1)} }
      - { id: dua, left: ${q(P.left2)}, right: ${q(P.right2)} }
    distractors: [${q(P.distractor)}]
    explanation: ${q(P.explanation)}
    source: "Pelajaran: Pengantar"
`;
}

/**
 * Scenario in the format of docs/architecture.md: a start node, a meeting node whose best choice is guarded by a flag
 * (`when`), and three endings.
 */
export function scenarioTemplate(n: ModuleNames): string {
  return `${schemaLine('scenario.schema.json', 2)}
# Skenario modul "${n.title}". Dipasang dengan <Scenario id="${n.scenarioId}" />; petanya di /pelatih/skenario/${n.scenarioId}/.
# id: pengenal tetap skenario; kolom scenarios di index.mdx modul menyebut id ini.
id: ${n.scenarioId}
# title: judul skenario.
title: ${q(`Simulasi: ${n.title}`)}
# summary: satu atau dua kalimat tentang situasinya.
summary: ${q(P.scenarioSummary)}
# scores: dimensi nilai yang dipakai kolom effects pada pilihan.
scores:
  - { id: kemitraan, label: "Kemitraan" }
  - { id: koordinasi, label: "Koordinasi" }
# flags: penanda yang dapat dipasang pilihan (kolom set) dan diperiksa syarat (kolom when).
flags: [sudah-berkoordinasi]
# start: id simpul pertama.
start: awal
# nodes: simpul cerita. Simpul biasa punya choices; simpul akhir punya ending dan tidak punya choices.
nodes:
  - id: awal
    # speaker: siapa yang berbicara (boleh dihapus).
    speaker: "Kepala Desa"
    # text: narasi dengan Markdown.
    text: |
      ${P.scenarioStart}
    choices:
      # id pilihan unik di dalam simpul; label adalah teks tombolnya; to adalah id simpul tujuan.
      - id: ajak-bicara
        label: "Ajak warga dan fungsi terkait berbicara"
        to: pertemuan
        # effects: perubahan nilai per dimensi; set: penanda yang dipasang.
        effects: { kemitraan: 2, koordinasi: 1 }
        set: [sudah-berkoordinasi]
        # feedback: tampil setelah pilihan diambil.
        feedback: ${q(P.choiceFeedback)}
      - id: undang-tanpa-koordinasi
        label: "Undang warga tanpa memberi tahu fungsi terkait"
        to: pertemuan
        effects: { kemitraan: 1 }
        feedback: ${q(P.choiceFeedback)}
      - id: tangani-sendiri
        label: "Tangani sendiri tanpa melibatkan siapa pun"
        to: akhir-kurang
        effects: { kemitraan: -1 }
        feedback: ${q(P.choiceFeedback)}
        # Pilihan juga boleh punya consult (id kartu fungsi di content/functions/), lihat /pelatih/referensi/.
  - id: pertemuan
    text: |
      ${P.meetingText}
    choices:
      - id: putuskan-bersama
        label: "Putuskan langkah bersama warga dan fungsi terkait"
        to: akhir-ideal
        # when: syarat agar pilihan ini tampil; di sini hanya bila penanda sudah-berkoordinasi sudah dipasang.
        when: { flag: sudah-berkoordinasi }
        effects: { koordinasi: 2 }
        feedback: ${q(P.choiceFeedback)}
      - id: catat-usulan
        label: "Catat usulan warga dan tindak lanjuti nanti"
        to: akhir-cukup
        effects: { kemitraan: 1 }
        feedback: ${q(P.choiceFeedback)}
  - id: akhir-ideal
    text: ${q(P.goodOutcome)}
    # ending: rating ideal, cukup, atau kurang; debrief mengaitkan hasil dengan prinsip Polmas beserta sumbernya.
    ending:
      rating: ideal
      title: "Masalah terpecahkan bersama"
      debrief: |
        ${P.goodDebrief}
  - id: akhir-cukup
    text: ${q(P.fairOutcome)}
    ending:
      rating: cukup
      title: "Sebagian masalah tertangani"
      debrief: |
        ${P.fairDebrief}
  - id: akhir-kurang
    text: ${q(P.poorOutcome)}
    ending:
      rating: kurang
      title: "Masalah belum terpecahkan"
      debrief: |
        ${P.poorDebrief}
`;
}
