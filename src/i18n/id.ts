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
  tentang: {
    title: 'Tentang program',
    description:
      'Mengapa Sinergi ada: tujuh temuan kajian Puslitbang Polri 2022 tentang penguatan Polmas, dan modul yang menjawab setiap temuan.',
    intro:
      'Sinergi disusun untuk menjawab tujuh temuan sebuah kajian Puslitbang Polri tentang penguatan Pemolisian Masyarakat (Polmas). Halaman ini memetakan setiap temuan ke modul yang menjawabnya.',
    studyHeading: 'Kajian yang menjadi dasar',
    studyTitle:
      'Penguatan Peran Pemolisian Masyarakat Dalam Mewujudkan Stabilitas Kamtibmas Bagi Pembangunan Nasional Tahun 2022',
    studyJournal: 'Jurnal Litbang Polri, ISSN 1411-3813',
    studyAuthorsLabel: 'Penulis',
    studyAuthors:
      'Azis Saputra (Kabidgasopsnal Puslitbang Polri), Dadang Sutrasno (Kasubbidgassus Puslitbang Polri), Widi Setiawan (Kasubbidgastin Puslitbang Polri), Joko Suyanto (Peneliti Madya BRIN), dan Usman (Peneliti Madya BRIN)',
    studyMethod:
      'Pendekatan kualitatif dan pengumpulan data sekunder. Informan internal: pejabat Polda, pejabat Polres, dan anggota Polres; informan eksternal: tokoh masyarakat, agama, adat, dan pemuda, Kesbangpol, kepala desa/lurah, Babinsa, FKPM, Pokdar Kamtibmas, serta LSM/ormas.',
    studySource: 'Sumber: halaman artikel Jurnal Litbang Polri [S10] dan salinan PDF artikel [S11].',
    studyUnknown:
      'Volume, nomor, halaman, lokasi penelitian, jumlah informan, dan rekomendasi lengkap kajian ini belum kami verifikasi.',
    figuresHeading: 'Angka yang perlu dikutip dengan benar',
    figures: [
      'Kajian 2022 (Jurnal Litbang Polri) [S10, S11]: 38.477 Bhabinkamtibmas untuk 83.381 desa/kelurahan, sekitar 46,15%; kekurangan 53,85% dapat dipenuhi dengan menugaskan Petugas Polmas.',
      'Humas Polri, Januari 2023 [S21]: cakupan Bhabinkamtibmas sekitar 46,6%, dibandingkan dengan 81.161 desa menurut data BPS 2022 (desa saja, tanpa kelurahan).',
      'Karena pembandingnya berbeda (desa dan kelurahan pada 2022, desa saja pada 2023), kedua persentase tidak dapat dibandingkan langsung.',
    ],
    findingsHeading: 'Tujuh temuan dan modul yang menjawabnya',
    findingLabel: 'Temuan',
    answeredBy: 'Dijawab oleh',
    noModule: 'Belum ada modul yang menjawab temuan ini.',
    findings: [
      'Pelaksanaan tugas Polmas masih dipahami sebagai tugas Bhabinkamtibmas, sehingga Perpol No. 1 Tahun 2021 tentang Polmas perlu disosialisasikan.',
      'Koordinasi fungsi Binmas dengan fungsi teknis lainnya belum optimal karena belum ada transfer pengetahuan lintas fungsi.',
      'Kegiatan koordinasi lintas fungsi dan dengan pemangku kepentingan perlu dioptimalkan.',
      'Pengembangan kemampuan mendeteksi, mengidentifikasi, dan memecahkan masalah kamtibmas bagi masyarakat harus dilakukan terus-menerus.',
      'Pelaksanaan Polmas melalui kemitraan sudah dilaksanakan, tetapi perlu dioptimalkan.',
      'Pemahaman tentang kemitraan Polri dan masyarakat melalui Polmas masih rendah.',
      'Kemitraan Polri dan masyarakat dalam pelaksanaan Polmas sudah berjalan, tetapi melalui lembaga di luar FKPM.',
    ],
    shortfallNote:
      'Selain tujuh temuan itu, kajian 2022 menyoroti kekurangan Bhabinkamtibmas. Modul "Petugas Polmas: menutup kesenjangan Bhabinkamtibmas" membahasnya secara khusus.',
  },
  progress: {
    notStarted: 'Belum mulai',
    inProgress: 'Sedang berjalan',
    complete: 'Selesai',
    percent: (n: number) => `${n}% selesai`,
    continue: 'Lanjutkan',
    start: 'Mulai',
    review: 'Buka lagi',
    statusOf: (title: string) => `Status modul ${title}`,
    lessonRead: 'sudah dibaca',
    completedOn: (date: string) => `Selesai pada ${date}`,
    notice: {
      unavailableTitle: 'Progres tidak dapat disimpan di peramban ini.',
      unavailable:
        'Penyimpanan peramban dimatikan (misalnya mode privat). Anda tetap bisa belajar, tetapi progres hanya bertahan selama halaman terbuka. Ekspor progres sebelum menutupnya.',
      quotaTitle: 'Penyimpanan peramban penuh.',
      quota:
        'Catatan aktivitas lama sudah dipangkas, tetapi perubahan terbaru belum tersimpan. Progres Anda tetap ada selama halaman terbuka: ekspor sekarang.',
      exportLink: 'Buka halaman Progres untuk mengekspor.',
      corruptedTitle: 'Data progres yang tersimpan rusak.',
      corrupted:
        'Salinannya sudah disimpan terpisah sebagai cadangan, dan situs memulai catatan baru. Jika Anda punya berkas ekspor, impor di halaman Progres untuk memulihkan.',
      newerTitle: 'Progres disimpan oleh versi Sinergi yang lebih baru.',
      newer: 'Muat ulang halaman agar memakai versi terbaru; sampai itu, perubahan di tab ini tidak disimpan.',
    },
    page: {
      title: 'Progres saya',
      intro:
        'Sinergi tidak memakai akun: progres Anda tersimpan di peramban perangkat ini. Ekspor secara berkala agar tidak hilang, dan impor di perangkat lain untuk melanjutkan.',
      profile: 'Profil peserta',
      profileIntro: 'Profil dipakai pada sertifikat dan berkas ekspor. Isian bertanda * wajib.',
      name: 'Nama lengkap *',
      kind: 'Jenis peserta *',
      kindAnggota: 'Anggota Polri',
      kindMitra: 'Mitra masyarakat',
      nrp: 'NRP * (8 angka)',
      nrpHint: 'Nomor Registrasi Pokok, 8 angka, misalnya 85061234.',
      rank: 'Pangkat',
      unit: 'Satuan',
      unitHint: 'Misalnya Polsek Sukamaju atau Sat Binmas Polres Contoh.',
      role: 'Peran di masyarakat',
      roleHint: 'Misalnya anggota FKPM, tokoh masyarakat, Babinsa.',
      saveProfile: 'Simpan profil',
      profileSaved: 'Profil tersimpan.',
      profileInvalid: 'Profil belum tersimpan: periksa isian yang ditandai.',
      nameRequired: 'Nama wajib diisi.',
      nrpInvalid: 'NRP harus tepat 8 angka.',
      nrpRequired: 'NRP wajib diisi untuk anggota Polri.',
      modules: 'Status modul',
      module: 'Modul',
      status: 'Status',
      completedAt: 'Tanggal selesai',
      courses: 'Status kursus',
      course: 'Kursus',
      quizzes: 'Nilai kuis',
      quiz: 'Kuis',
      date: 'Tanggal',
      score: 'Nilai',
      result: 'Hasil',
      passed: 'Lulus',
      failed: 'Belum lulus',
      noQuizzes: 'Belum ada kuis yang dikerjakan.',
      scenarios: 'Hasil skenario',
      scenario: 'Skenario',
      ending: 'Akhir cerita',
      rating: 'Penilaian',
      noScenarios: 'Belum ada skenario yang diselesaikan.',
      unfinishedRuns: (n: number) => `${n} skenario sedang berjalan dan bisa dilanjutkan.`,
      backup: 'Cadangan',
      lastBackup: (date: string) => `Cadangan terakhir (ekspor): ${date}.`,
      neverBackedUp: 'Anda belum pernah mengekspor progres.',
      backupNudge:
        'Ada penyelesaian baru sejak ekspor terakhir. Ekspor sekarang agar tidak hilang bila peramban dibersihkan atau ponsel berganti.',
      memoryOnly: 'Penyimpanan peramban tidak tersedia: progres hanya bertahan selama halaman ini terbuka.',
      export: 'Ekspor',
      exportIntro:
        'Berkas progres dapat diimpor kembali di perangkat mana pun. Ringkasan CSV untuk satuan, pernyataan xAPI untuk sistem pencatat pembelajaran (LRS).',
      exportJson: 'Unduh berkas progres (JSON)',
      exportCsv: 'Unduh ringkasan (CSV)',
      exportXapi: 'Unduh pernyataan xAPI (JSON)',
      exported: (name: string) => `Berkas ${name} sudah diunduh.`,
      import: 'Impor',
      importIntro:
        'Pilih berkas progres Sinergi (.json) dari perangkat lain. Isinya digabungkan: tidak ada yang dibatalkan, semua percobaan disimpan.',
      chooseFile: 'Pilih berkas progres',
      dropHint: 'atau seret berkas ke kotak ini',
      reading: 'Membaca berkas...',
      previewTitle: 'Yang akan berubah',
      previewFrom: (date: string) => `Berkas diekspor pada ${date}.`,
      previewLessons: (n: number) => `${n} pelajaran baru tercatat dibaca`,
      previewAttempts: (n: number) => `${n} percobaan kuis baru`,
      previewRuns: (n: number) => `${n} permainan skenario baru atau lebih lanjut`,
      previewModules: (titles: string) => `Modul selesai baru: ${titles}`,
      previewCourses: (titles: string) => `Kursus selesai baru: ${titles}`,
      previewNothing: 'Berkas ini tidak membawa hal baru: semuanya sudah tercatat di perangkat ini.',
      previewProfile: 'Profil di berkas berbeda dengan profil di perangkat ini. Profil mana yang dipakai?',
      keepLocalProfile: (name: string) => `Tetap: ${name}`,
      takeFileProfile: (name: string) => `Dari berkas: ${name}`,
      confirmImport: 'Gabungkan ke progres saya',
      cancelImport: 'Batal',
      imported: 'Impor selesai: progres sudah digabungkan.',
      cancelled: 'Impor dibatalkan; tidak ada yang berubah.',
      rejected: 'Berkas ditolak, progres Anda tidak berubah.',
      fileTooLarge: 'Berkas terlalu besar: batasnya 5 MB. Berkas progres Sinergi biasanya hanya beberapa KB.',
    },
  },
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
