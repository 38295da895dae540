/** Strings of the quiz island (part of `ui` as `ui.quiz`). */
export const quizUi = {
  label: 'Kuis',
  questionCount: (n: number) => `${n} pertanyaan`,
  passMark: (n: number) => `batas lulus ${n}%`,
  feedbackImmediate: 'pembahasan muncul setelah setiap jawaban',
  feedbackDeferred: 'pembahasan muncul di akhir kuis',
  attemptsLeft: (left: number, total: number) => `Sisa percobaan: ${left} dari ${total}.`,
  noAttemptsLeft: 'Semua percobaan untuk kuis ini sudah dipakai.',
  start: 'Mulai kuis',
  questionOf: (i: number, n: number) => `Pertanyaan ${i} dari ${n}`,
  chooseOne: 'Pilih satu jawaban.',
  chooseAll: 'Pilih semua jawaban yang benar.',
  orderHint: 'Susun dari atas ke bawah dengan tombol Naik dan Turun.',
  matchHint: 'Untuk setiap butir di kiri, pilih pasangannya.',
  true: 'Benar',
  false: 'Salah',
  up: 'Naik',
  down: 'Turun',
  moved: (text: string, position: number, total: number) => `${text} dipindah ke posisi ${position} dari ${total}.`,
  choose: '— pilih —',
  needAnswer: 'Pilih jawaban terlebih dahulu.',
  needAllPairs: 'Pilih pasangan untuk setiap butir terlebih dahulu.',
  check: 'Periksa jawaban',
  saveNext: 'Simpan dan lanjut',
  finish: 'Selesai dan lihat hasil',
  next: 'Pertanyaan berikutnya',
  showResult: 'Lihat hasil',
  correct: 'Benar.',
  incorrect: 'Belum tepat.',
  partial: (percent: number) => `Sebagian benar (${percent}%).`,
  correctAnswer: 'Jawaban yang benar',
  yourAnswer: 'Jawaban Anda',
  noAnswer: '(tidak dijawab)',
  explanation: 'Pembahasan',
  source: 'Sumber',
  resultTitle: 'Hasil kuis',
  score: (score: number, passMark: number) => `Nilai Anda ${score}% (batas lulus ${passMark}%).`,
  passed: 'Lulus. Kuis ini tercatat di progres Anda.',
  failed: 'Belum lulus. Pelajari pembahasan di bawah, lalu coba lagi.',
  tally: (correct: number, total: number) => `${correct} dari ${total} pertanyaan dijawab benar sepenuhnya.`,
  review: 'Pembahasan setiap pertanyaan',
  credit: (percent: number) => `nilai ${percent}%`,
  retry: 'Coba lagi',
  retryFresh: 'Percobaan baru memakai soal dan urutan yang baru.',
  progressLink: 'Lihat progres',
} as const;

/** Every UI string of the site, in Indonesian. Content text lives in modules/ and content/, not here. */
export const ui = {
  siteName: 'Sinergi',
  siteTagline: 'Belajar Pemolisian Masyarakat (Polmas) bersama, lintas fungsi',
  skipLink: 'Langsung ke isi',
  nav: {
    label: 'Navigasi utama',
    home: 'Beranda',
    modules: 'Modul',
    progress: 'Progres',
    search: 'Cari',
    glossary: 'Istilah',
    functions: 'Fungsi',
    about: 'Tentang',
  },
  footer: {
    about:
      'Sinergi adalah bahan belajar mandiri tentang Perpol No. 1 Tahun 2021 tentang Pemolisian Masyarakat dan koordinasi Binmas dengan fungsi teknis lainnya.',
    honesty:
      'Setiap pernyataan hukum menyebut sumbernya. Sebelum dikutip sebagai kutipan resmi, periksa teks resmi di JDIH Polri atau peraturan.go.id.',
  },
  breadcrumb: 'Lokasi halaman',
  home: {
    title: 'Beranda',
    intro:
      'Polmas adalah tugas setiap anggota Polri, dari pangkat terendah sampai tertinggi. Pilih kursus, baca pelajarannya di ponsel Anda, dan lanjutkan kapan saja.',
    courses: 'Kursus',
    modules: 'Semua modul',
    modulesInCourse: 'Modul dalam kursus ini',
    openCourse: 'Lihat kursus',
    openModule: 'Buka modul',
    empty: 'Belum ada kursus yang diterbitkan.',
  },
  course: {
    audience: 'Peserta',
    certificate: 'Sertifikat',
    validity: (months: number) => `berlaku ${months} bulan`,
    noExpiry: 'tanpa masa berlaku',
  },
  module: {
    module: 'Modul',
    objectives: 'Tujuan pembelajaran',
    lessons: 'Pelajaran',
    completion: 'Modul dinyatakan selesai bila',
    completionLessons: 'semua pelajaran sudah dibaca',
    completionQuiz: 'kuis modul lulus',
    completionScenario: (title: string) => `skenario "${title}" sudah diselesaikan`,
    courses: 'Termasuk dalam kursus',
    start: 'Mulai pelajaran pertama',
    allModules: 'Semua modul',
    allModulesIntro:
      'Setiap modul berisi beberapa pelajaran pendek. Urutannya disarankan, tetapi Anda boleh mulai dari mana saja.',
  },
  lesson: {
    lessonOf: (position: number, total: number) => `Pelajaran ${position} dari ${total}`,
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    backToModule: 'Kembali ke ringkasan modul',
    pagination: 'Navigasi pelajaran',
    print: 'Cetak pelajaran',
  },
  counts: {
    lessons: (n: number) => `${n} pelajaran`,
    modules: (n: number) => `${n} modul`,
  },
  legal: {
    label: 'Dasar hukum',
    repealed: 'Sudah dicabut — disebut hanya sebagai sejarah',
    likely: 'Belum terverifikasi penuh: sumber sekunder',
    sources: 'Sumber',
  },
  callout: {
    info: 'Info',
    penting: 'Penting',
    contoh: 'Contoh',
  },
  checklist: 'Yang perlu Anda lakukan',
  objectives: 'Tujuan pelajaran ini',
  glossary: {
    title: 'Daftar istilah',
    intro: 'Istilah Polmas dan kamtibmas beserta definisi dan sumbernya.',
    aliases: 'Disebut juga',
    source: 'Sumber',
    related: 'Lihat juga',
    confidenceLikely: 'sumber sekunder',
  },
  functions: {
    title: 'Fungsi teknis kepolisian',
    intro:
      'Polmas tidak hanya tugas Binmas. Kartu ini merangkum tugas inti setiap fungsi, apa yang dibutuhkannya dari Bhabinkamtibmas dan Petugas Polmas, dan apa yang diberikannya kembali.',
    unit: 'Satuan',
    core: 'Tugas inti',
    needs: 'Yang dibutuhkan dari Polmas',
    gives: 'Yang diberikan kembali',
    layer: 'Lapis gangguan',
    basis: 'Dasar',
    layers: {
      'potensi-gangguan': 'Potensi gangguan (deteksi dan cegah dini)',
      'ambang-gangguan': 'Ambang gangguan (Turjawali)',
      'gangguan-nyata': 'Gangguan nyata (penindakan)',
      'lintas-lapis': 'Lintas lapis',
    },
  },
  offline: {
    title: 'Simpan untuk offline',
    question: 'Simpan seluruh kursus di ponsel ini agar bisa dibuka tanpa sinyal?',
    accept: 'Simpan untuk offline',
    dismiss: 'Nanti saja',
    saving: 'Menyimpan… Anda boleh terus membaca.',
    saved: 'Tersimpan. Kursus ini kini bisa dibuka tanpa sinyal.',
    failed: 'Gagal menyimpan. Periksa ruang penyimpanan ponsel lalu coba lagi.',
    updateAvailable: 'Versi baru tersedia —',
    reload: 'muat ulang',
    pageTitle: 'Anda sedang offline',
    pageBody: 'Halaman ini belum tersimpan di ponsel Anda, jadi tidak bisa dibuka tanpa sinyal.',
    pageHint:
      'Pelajaran, kuis, skenario, pencarian dan progres yang sudah disimpan tetap bisa dipakai. Sambungkan kembali ke internet untuk membuka halaman ini.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat ini tidak ada. Mungkin pelajarannya dipindah atau alamatnya salah ketik.',
    back: 'Kembali ke beranda',
  },
  /** The quiz island's strings (also exported alone so the island does not ship the whole dictionary). */
  quiz: quizUi,
} as const;

const dateFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Jakarta',
});

/** "28 November 2026": a date as Indonesian readers write it. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "7 menit", "1 jam 5 menit": a duration as Indonesian readers write it. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} menit`;
  return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} menit`;
}
