/** Ids and names of a new module's files. */
export interface ModuleNames {
  readonly title: string;
  readonly moduleId: string;
  readonly lessonId: string;
  readonly quizId: string;
  readonly scenarioId: string;
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
summary: "Tulis di sini, dalam satu atau dua kalimat, apa yang dipelajari peserta di modul ini."
# objectives: tujuan pembelajaran, masing-masing diawali kata kerja (menjelaskan, menerapkan, menyusun, ...).
objectives:
  - "Menjelaskan gagasan utama modul ini dengan kata-kata sendiri."
  - "Menerapkan gagasan itu pada satu kasus di wilayah tugas."
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

Tulis pengantar modul di sini: mengapa modul ini penting bagi anggota di lapangan.

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
description: "Tulis dalam satu kalimat apa yang diajarkan pelajaran ini."
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
- Menyebutkan gagasan utama pelajaran ini.
</Objectives>

Tulis isi pelajaran di sini dengan Markdown: paragraf, **huruf tebal**, daftar berawalan "- ", dan subjudul "## ".

<Callout type="contoh" title="Di lapangan">
Ceritakan satu kejadian nyata atau rekaan yang menunjukkan gagasan pelajaran ini.
</Callout>
`;
}

/** Quiz in the format of docs/architecture.md, every setting explained. */
export function quizTemplate(n: ModuleNames): string {
  return `# Kuis modul "${n.title}". Dipasang di halaman dengan <Quiz id="${n.quizId}" />.
# id: pengenal tetap kuis; kolom quiz di index.mdx modul menyebut id ini.
id: ${n.quizId}
# title: judul kuis.
title: ${q(`Kuis: ${n.title}`)}
# passMark: nilai lulus dalam persen (0 sampai 100).
passMark: 70
# draw: jumlah soal yang diambil acak setiap percobaan (tidak boleh lebih dari jumlah soal); hapus untuk memakai semua.
draw: 2
# shuffle: acak urutan soal (questions) dan pilihan jawaban (options); bawaan keduanya true.
shuffle:
  questions: true
  options: true
# attempts: batas jumlah percobaan; hapus baris ini bila tidak dibatasi.
attempts: 3
# feedback: immediate (umpan balik setelah setiap soal) atau deferred (semuanya di akhir).
feedback: immediate
# questions: bank soal. Jenis (type): single, multiple, truefalse, ordering, matching.
questions:
  # id soal: unik di dalam kuis ini.
  - id: gagasan-utama
    # single: tepat satu pilihan benar (correct: true).
    type: single
    # prompt: pertanyaan; boleh memakai Markdown sebaris.
    prompt: "Tulis pertanyaan pilihan ganda di sini."
    # options: minimal dua pilihan; feedback per pilihan boleh ditulis.
    options:
      - id: a
        text: "Pilihan yang benar"
        correct: true
      - id: b
        text: "Pilihan yang keliru"
        feedback: "Jelaskan mengapa pilihan ini keliru."
    # explanation: penjelasan yang tampil setelah menjawab.
    explanation: "Jelaskan jawaban yang benar."
    # source: rujukan jawaban, misalnya judul pelajaran atau peraturan yang ada di references.yaml.
    source: "Pelajaran: Pengantar"
  - id: benar-salah
    # truefalse: pernyataan yang benar (answer: true) atau salah (answer: false).
    type: truefalse
    prompt: "Tulis sebuah pernyataan di sini."
    answer: true
    explanation: "Jelaskan mengapa pernyataan itu benar."
    source: "Pelajaran: Pengantar"
`;
}

/** Scenario in the format of docs/architecture.md: a start node, a consult-free choice to each of two endings. */
export function scenarioTemplate(n: ModuleNames): string {
  return `# Skenario modul "${n.title}". Dipasang dengan <Scenario id="${n.scenarioId}" />; petanya di /pelatih/skenario/${n.scenarioId}/.
# id: pengenal tetap skenario; kolom scenarios di index.mdx modul menyebut id ini.
id: ${n.scenarioId}
# title: judul skenario.
title: ${q(`Simulasi: ${n.title}`)}
# summary: satu atau dua kalimat tentang situasinya.
summary: "Tulis situasi yang dihadapi peserta dalam satu atau dua kalimat."
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
      Tulis situasi awal di sini.
    choices:
      # id pilihan unik di dalam simpul; label adalah teks tombolnya; to adalah id simpul tujuan.
      - id: ajak-bicara
        label: "Ajak warga dan fungsi terkait berbicara"
        to: akhir-ideal
        # effects: perubahan nilai per dimensi; set: penanda yang dipasang.
        effects: { kemitraan: 2, koordinasi: 1 }
        set: [sudah-berkoordinasi]
        # feedback: tampil setelah pilihan diambil.
        feedback: "Tulis umpan balik untuk pilihan ini."
      - id: tangani-sendiri
        label: "Tangani sendiri tanpa melibatkan siapa pun"
        to: akhir-kurang
        effects: { kemitraan: -1 }
        feedback: "Tulis umpan balik untuk pilihan ini."
        # Pilihan juga boleh punya consult (id kartu fungsi) dan when (syarat), lihat /pelatih/referensi/.
  - id: akhir-ideal
    text: "Tulis akibat pilihan yang baik."
    # ending: rating ideal, cukup, atau kurang; debrief mengaitkan hasil dengan prinsip Polmas beserta sumbernya.
    ending:
      rating: ideal
      title: "Masalah terpecahkan bersama"
      debrief: |
        Tulis pembahasan: prinsip Polmas mana yang dijalankan, dengan sumbernya.
  - id: akhir-kurang
    text: "Tulis akibat pilihan yang kurang baik."
    ending:
      rating: kurang
      title: "Masalah belum terpecahkan"
      debrief: |
        Tulis pembahasan: apa yang terlewat dan apa yang sebaiknya dilakukan.
`;
}
