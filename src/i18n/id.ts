import { progressFileStrings } from './progress-file.ts';
import { progressStatusStrings } from './progress-status.ts';
import { quizUi } from './quiz.ts';
import { recapStrings } from './recap.ts';
import { unitAnalysisStrings } from './unit-analysis.ts';
import { scenarioStrings } from './scenario.ts';
import { seatStrings } from './seats.ts';

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
    /** Name of a lesson table's scrolling region when neither a caption nor a heading names it. */
    table: 'Tabel',
  },
  counts: {
    lessons: (n: number) => `${n} pelajaran`,
    modules: (n: number) => `${n} modul`,
  },
  legal: {
    label: 'Dasar hukum',
    repealed: 'Sudah dicabut — disebut hanya sebagai sejarah',
    replaced: 'Sudah tidak berlaku, diganti aturan berikutnya — disebut hanya sebagai sejarah',
    unknownStatus: 'Status keberlakuannya tidak diketahui — jangan dikutip sebagai aturan yang pasti masih berlaku',
    likely: 'Belum terverifikasi penuh: sumber sekunder',
    sources: 'Sumber',
  },
  sourceNotes: {
    heading: 'Catatan sumber',
    /** Screen-reader text before a citation's number: "Sumber 1". */
    marker: 'Sumber',
    back: (n: number, at: number, uses: number) =>
      uses > 1
        ? `Kembali ke kutipan ${String(at)} untuk sumber ${String(n)}`
        : `Kembali ke kutipan sumber ${String(n)}`,
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
    askBinmas: 'Cara meminta bantuan Binmas / Bhabinkamtibmas',
    binmasNeeds: 'Yang dibutuhkan Binmas dari Anda',
    routeLikely: 'belum terverifikasi: praktik atau kesimpulan',
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
    title: 'Simpan untuk luring (offline)',
    question: 'Simpan seluruh kursus di ponsel ini agar bisa dibuka tanpa sinyal?',
    offer: 'Pakai kursus tanpa sinyal?',
    panelTitle: 'Pakai tanpa sinyal',
    unsupported: 'Peramban ini tidak bisa menyimpan kursus untuk dibuka tanpa sinyal.',
    accept: 'Simpan untuk luring',
    dismiss: 'Nanti saja',
    saving: 'Menyimpan… Anda boleh terus membaca.',
    saved: 'Tersimpan. Kursus ini kini bisa dibuka tanpa sinyal.',
    stored: 'Kursus sudah tersimpan di ponsel ini dan bisa dibuka tanpa sinyal.',
    failed: 'Gagal menyimpan. Periksa ruang penyimpanan ponsel lalu coba lagi.',
    updateAvailable: 'Versi baru tersedia —',
    reload: 'muat ulang',
    pageTitle: 'Anda sedang luring (offline)',
    pageBody: 'Halaman ini belum tersimpan di ponsel Anda, jadi tidak bisa dibuka tanpa sinyal.',
    pageHint:
      'Pelajaran, kuis, skenario, pencarian dan progres yang sudah disimpan tetap bisa dipakai. Sambungkan kembali ke internet untuk membuka halaman ini.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat ini tidak ada. Mungkin pelajarannya dipindah atau alamatnya salah ketik.',
    back: 'Kembali ke beranda',
  },
  certificate: {
    title: (course: string) => `Sertifikat: ${course}`,
    brand: 'Sinergi · Belajar Pemolisian Masyarakat',
    givenTo: 'diberikan kepada',
    nrp: 'NRP',
    partner: 'Mitra masyarakat',
    completed: (course: string) => `telah menyelesaikan kursus ${course}, dengan modul berikut:`,
    module: 'Modul',
    completedOn: 'Selesai',
    score: 'Nilai',
    noScore: 'tanpa kuis',
    issuedOn: 'Tanggal terbit',
    validUntil: 'Berlaku sampai',
    noExpiry: 'tanpa batas waktu',
    number: 'Nomor',
    code: 'Kode verifikasi',
    qrAlt: 'Kode QR: pindai untuk memeriksa keaslian sertifikat ini',
    qrCaption: 'Pindai atau buka /verifikasi/ lalu ketik kode verifikasi',
    selfIssued: 'Diterbitkan mandiri oleh peserta',
    selfIssuedNote: 'Belum disahkan oleh satuan.',
    endorsedBy: (unit: string) => `Disahkan oleh ${unit}`,
    signatory: (role: string) => `Penandatangan: ${role}`,
    print: 'Cetak',
    downloadPdf: 'Unduh PDF',
    preparingPdf: 'Menyiapkan PDF…',
    pdfReady: 'PDF sudah diunduh.',
    pdfFailed: 'PDF gagal dibuat. Coba lagi atau gunakan tombol Cetak.',
    loading: 'Memuat sertifikat dari progres di perangkat ini…',
    noProgress:
      'Belum ada progres di perangkat ini. Selesaikan semua modul kursus ini, atau impor berkas progres Anda di halaman Progres.',
    incomplete: 'Sertifikat tersedia setelah semua modul kursus ini selesai. Modul yang belum selesai:',
    noProfile: 'Isi nama dan identitas Anda di halaman Progres agar tercetak pada sertifikat.',
    toProgress: 'Buka halaman Progres',
    ready: 'Sertifikat siap dicetak atau diunduh.',
  },
  verify: {
    title: 'Periksa sertifikat',
    intro:
      'Pindai kode QR pada sertifikat, atau ketik kode verifikasi beserta data yang tercetak. Pemeriksaan berjalan di perangkat Anda, tanpa server dan tanpa internet.',
    scanned: 'Hasil pemeriksaan',
    intact: 'Utuh: data sesuai dengan kode verifikasi.',
    altered: 'Diubah: data tidak sesuai dengan kode verifikasi. Sertifikat ini tidak dapat dipercaya.',
    expired: (date: string) => `Kedaluwarsa: masa berlaku berakhir ${date}.`,
    valid: (date: string) => `Masih berlaku sampai ${date}.`,
    noExpiry: 'Berlaku tanpa batas waktu.',
    revoked: (date: string, reason: string) => `Dicabut pada ${date}: ${reason}`,
    notRevoked: 'Tidak tercantum dalam daftar sertifikat yang dicabut.',
    endorsed: (unit: string) => `Disahkan oleh ${unit}: tanda tangan digital cocok dengan kunci publik satuan.`,
    selfIssued: 'Diterbitkan mandiri oleh peserta: belum disahkan oleh satuan.',
    badSignature: 'Tanda tangan satuan tidak sah: jangan percayai klaim pengesahannya.',
    unknownUnit: (unit: string) => `Tanda tangan menyebut satuan "${unit}" yang kuncinya tidak diterbitkan.`,
    unreadable: 'Kode QR ini tidak dapat dibaca sebagai sertifikat Sinergi.',
    empty: 'Belum ada sertifikat yang dipindai. Gunakan formulir di bawah untuk memeriksa dengan mengetik.',
    formTitle: 'Periksa dengan mengetik',
    formIntro: 'Ketik data persis seperti tercetak pada sertifikat, termasuk setiap modul, tanggal dan nilainya.',
    course: 'Kursus',
    name: 'Nama',
    kind: 'Peserta',
    kindOfficer: 'Anggota Polri',
    kindPartner: 'Mitra masyarakat',
    idOrRole: 'NRP (anggota) atau peran (mitra)',
    rank: 'Pangkat (kosongkan bila tidak tercetak)',
    unit: 'Satuan (kosongkan bila tidak tercetak)',
    moduleDate: (module: string) => `${module}: tanggal selesai`,
    moduleScore: (module: string) => `${module}: nilai (kosongkan bila "tanpa kuis")`,
    issuedOn: 'Tanggal terbit',
    number: 'Nomor sertifikat',
    code: 'Kode verifikasi',
    check: 'Periksa',
    data: 'Data sertifikat',
  },
  unit: {
    title: 'Rekap satuan',
    intro:
      'Masukkan berkas progres yang diekspor anggota (sampai 1.000 sekaligus). Setiap berkas diperiksa: sidik berkas dan setiap percobaan kuis dinilai ulang dengan kunci jawaban saat ini.',
    files: 'Berkas progres anggota',
    drop: 'Pilih atau seret berkas progres (.json)',
    reading: (done: number, total: number) => `Membaca ${done} dari ${total} berkas…`,
    summary: (ok: number, broken: number, forged: number) =>
      `${ok} berkas terbaca, ${broken} rusak, ${forged} dengan nilai kuis yang diubah.`,
    broken: 'Berkas yang tidak dapat dibaca',
    forged: 'diubah',
    forgedNote: 'Nilai kuis diubah tangan',
    filter: 'Saring (nama, NRP, satuan)',
    onlyFlagged: 'Hanya yang nilai kuisnya diubah',
    sort: 'Urutkan',
    sortBy: (column: string) => `Urutkan menurut ${column}`,
    csv: 'Ekspor CSV',
    table: 'Rekap anggota',
    select: (name: string) => `Pilih ${name}`,
    selectAll: 'Pilih semua yang tampil',
    name: 'Nama',
    nrp: 'NRP / peran',
    unitColumn: 'Satuan',
    notes: 'Catatan',
    states: recapStrings.states,
    selected: (n: number) => `${n} anggota dipilih`,
    printSelected: 'Cetak sertifikat terpilih',
    pdfSelected: 'Unduh PDF sertifikat terpilih',
    noneEligible: 'Tidak ada anggota terpilih yang sudah menyelesaikan kursus.',
    skipped: (n: number) => `${n} anggota terpilih belum menyelesaikan kursus dan dilewati.`,
    course: 'Kursus untuk sertifikat',
    keyTitle: 'Kunci pengesahan satuan',
    keyIntro:
      'Buat kunci satuan sekali saja, simpan cadangannya yang terenkripsi, dan serahkan kunci publiknya kepada pelatih untuk dimuat di content/units.yaml. Sertifikat yang dicetak dari halaman ini lalu membawa tanda tangan satuan.',
    unitSelect: 'Satuan',
    passphrase: 'Frasa sandi cadangan (minimal 12 karakter)',
    passphraseShort: 'Frasa sandi terlalu pendek: minimal 12 karakter.',
    create: 'Buat kunci baru dan unduh cadangan',
    restoreFile: 'Berkas cadangan kunci',
    restore: 'Pulihkan kunci dari cadangan',
    restoreFailed: 'Frasa sandi salah atau berkas cadangan rusak.',
    restoreFormat: 'Berkas ini bukan cadangan kunci Sinergi.',
    keyReady: (unit: string) => `Kunci ${unit} aktif: sertifikat yang dicetak akan disahkan.`,
    keyNotPublished:
      'Kunci publik ini belum tercantum di content/units.yaml: /verifikasi belum akan menampilkan pengesahannya.',
    publicKey: 'Kunci publik (untuk content/units.yaml)',
    downloadPublic: 'Unduh kunci publik',
    endorse: 'Sahkan sertifikat yang dicetak dengan kunci ini',
    working: 'Sedang bekerja…',
    yamlReplace: (unit: string) => `Di content/units.yaml, ganti seluruh entri ${unit} dengan entri berikut.`,
  },
  expiring: {
    title: 'Sertifikat yang segera berakhir',
    none: 'Tidak ada sertifikat yang berakhir dalam 60 hari ke depan.',
    item: (course: string, date: string, days: number) => `${course}: berakhir ${date} (${days} hari lagi)`,
    reminder: 'Tambahkan pengingat ke kalender (.ics)',
    reminderSummary: (course: string) => `Sertifikat Sinergi berakhir: ${course}`,
    reminderDescription: (number: string) =>
      `Sertifikat nomor ${number} berakhir hari ini. Ulangi kursusnya di Sinergi untuk memperbarui.`,
    open: 'Lihat sertifikat',
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
      'Volume, nomor, halaman, lokasi penelitian, jumlah informan, dan rekomendasi lengkap kajian ini belum terverifikasi.',
    figuresHeading: 'Angka yang perlu dikutip dengan benar',
    figures: [
      'Kajian Puslitbang Polri 2022 (Jurnal Litbang Polri) [S10, S11]: 38.477 Bhabinkamtibmas untuk 83.381 desa, sekitar 46,15%; kekurangan 53,85% dapat dipenuhi dengan menugaskan Petugas Polmas.',
      'Berita Antara, Januari 2023 [S21]: Bhabinkamtibmas baru menjangkau sekitar 46,6% "dari total desa dan kelurahan". Artikel itu juga menyebut 81.161 desa menurut BPS 2022, tetapi tidak menyatakan bahwa 46,6% dihitung dari angka itu.',
      'Kedua persentase berasal dari sumber dan tahun yang berbeda, dan pembagi angka 2023 tidak disebutkan; karena itu keduanya tidak dapat dibandingkan langsung.',
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
    ...progressStatusStrings,
    notice: {
      unavailableTitle: 'Penyimpanan peramban tidak dapat ditulis.',
      unavailable:
        'Peramban menolak menyimpan data situs ini (misalnya mode privat, data situs diblokir, atau gangguan sesaat).',
      quotaTitle: 'Penyimpanan peramban penuh.',
      quota: 'Progres terbaru tidak muat lagi di penyimpanan utama peramban.',
      keptTitle: 'Progres Anda aman untuk sementara.',
      kept: 'Progres sesi ini disimpan di basis data peramban (IndexedDB) dan dipindahkan kembali ke penyimpanan utama begitu bisa. Anda juga bisa mengunduhnya sekarang.',
      keptTabTitle: 'Progres hanya tersimpan di tab ini.',
      keptTab:
        'Progres sesi ini bertahan selama tab ini terbuka dan dipindahkan kembali ke penyimpanan utama begitu bisa. Jika tab ditutup sebelum itu, progres ini hilang: unduh sekarang.',
      unsavedTitle: 'Progres belum tersimpan di mana pun.',
      unsaved:
        'Peramban tidak mengizinkan penyimpanan apa pun. Unduh progres sekarang sebelum meninggalkan halaman ini, lalu impor berkasnya di halaman Progres nanti.',
      restoredTitle: 'Penyimpanan peramban bisa dipakai lagi.',
      restored: 'Progres sesi ini sudah tersimpan kembali di peramban.',
      downloadNow: 'Unduh progres sekarang',
      downloaded: 'Progres diunduh sebagai berkas',
      corruptedTitle: 'Data progres yang tersimpan rusak.',
      corrupted:
        'Salinannya sudah disimpan terpisah sebagai cadangan, dan situs memulai catatan baru. Jika Anda punya berkas ekspor, impor di halaman Progres untuk memulihkan.',
      newerTitle: 'Progres Anda disimpan oleh versi Sinergi yang lebih baru.',
      newer:
        'Halaman ini tidak akan menimpanya. Unduh progres yang ada di halaman ini, muat ulang halaman agar memakai versi terbaru, lalu impor berkasnya di halaman Progres.',
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
      /** A status cell: the status and the share of requirements met. */
      statusCell: (status: string, percent: number) => `${status} · ${percent}%`,
      courses: 'Status kursus',
      certificate: 'Sertifikat',
      certificateLink: 'Cetak atau unduh sertifikat',
      certificatePending: 'Setelah semua modul selesai',
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
      /**
       * The one backup notice: the last export this device can trust (a recorded date in the future does not count),
       * and whether modules or courses completed since then are unsaved.
       */
      backupState: (last: { kind: 'never' } | { kind: 'done' | 'future'; date: string }, unsaved: boolean) =>
        `${
          last.kind === 'never'
            ? 'Anda belum pernah mengekspor progres.'
            : last.kind === 'future'
              ? `Tanggal ekspor terakhir yang tercatat (${last.date}) ada di masa depan, mungkin karena jam perangkat pernah salah, jadi tidak dihitung sebagai cadangan. Periksa tanggal dan jam perangkat.`
              : `Cadangan terakhir (ekspor): ${last.date}.`
        }${
          unsaved
            ? ` ${last.kind === 'done' ? 'Sesudah itu ada' : 'Sudah ada'} modul atau kursus yang selesai: ekspor sekarang agar tidak hilang bila peramban dibersihkan atau ponsel berganti.`
            : ''
        }`,
      persistent:
        'Peramban mengizinkan penyimpanan permanen: progres Anda tidak akan dihapus otomatis saat ruang penyimpanan menipis.',
      notPersistent:
        'Peramban belum mengizinkan penyimpanan permanen, jadi progres bisa terhapus bila situs lama tidak dibuka atau ruang menipis. Ekspor secara berkala.',
      memoryOnly:
        'Penyimpanan utama peramban tidak bisa dipakai saat ini. Pemberitahuan di atas menyebutkan di mana progres Anda disimpan sementara; ekspor untuk berjaga-jaga.',
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
      fileTooLarge: progressFileStrings.tooLarge,
      previewNewProfile: (name: string) => `Profil peserta dari berkas: ${name}`,
      // Names of the tables' scroll boxes, which take keyboard focus so a narrow screen can scroll them sideways.
      moduleTable: 'Tabel modul',
      courseTable: 'Tabel kursus',
      quizTable: 'Tabel kuis',
      scenarioTable: 'Tabel skenario',
    },
  },
  search: {
    title: 'Cari pelajaran',
    intro:
      'Cari di semua pelajaran dan modul. Pencarian memahami imbuhan: "mitra" juga menemukan "kemitraan" dan "bermitra".',
    query: 'Kata kunci',
    submit: 'Cari',
    resultsHeading: 'Hasil pencarian',
    filters: 'Saring menurut modul dan kursus',
    byModule: 'Modul',
    byCourse: 'Kursus',
    module: 'Modul',
    loading: 'Memuat indeks pencarian…',
    unavailable: 'Indeks pencarian belum tersedia. Halaman ini bekerja pada situs hasil build (npm run build).',
    noScript: 'Pencarian membutuhkan JavaScript. Tanpa JavaScript, buka daftar modul atau daftar istilah.',
    results: (n: number, query: string) =>
      n === 0 ? `Tidak ada hasil untuk "${query}".` : `${n} hasil untuk "${query}".`,
    moreResults: (shown: number) => `Menampilkan ${shown} hasil teratas.`,
    glossaryLabel: 'Cari istilah',
    glossaryHint: 'Ketik istilah, singkatan, atau kata dalam definisi. Tekan Enter untuk ke hasil pertama.',
    functionsLabel: 'Cari fungsi',
    functionsHint:
      'Ketik nama fungsi atau pertanyaan, misalnya "siapa yang menangani kecelakaan". Tekan Enter untuk ke hasil pertama.',
    count: (n: number, total: number, noun: string) =>
      n === total
        ? `Semua ${total} ${noun} ditampilkan.`
        : n === 0
          ? `Tidak ada ${noun} yang cocok.`
          : `${n} dari ${total} ${noun} cocok.`,
    nounTerms: 'istilah',
    nounFunctions: 'fungsi',
  },
  scenario: scenarioStrings,
  guide: {
    title: 'Panduan Pelatih',
    description: 'Cara menulis, memeriksa, melihat dan menerbitkan modul Sinergi, dalam bahasa Indonesia.',
    footerLink: 'Panduan Pelatih: cara menulis modul',
    reference: {
      title: 'Referensi kolom dan komponen',
      description: 'Setiap kolom setiap jenis berkas, dan setiap komponen dengan contoh langsung.',
      intro:
        'Daftar kolom di halaman ini dibuat otomatis dari skema yang juga dipakai pemeriksa konten, jadi selalu sama dengan yang diperiksa. Keterangan setiap kolom juga ditulis di skema itu, sehingga kolom baru tanpa keterangan langsung ketahuan.',
      filesHeading: 'Jenis berkas',
      componentsHeading: 'Komponen',
      componentsIntro:
        'Komponen dipakai di berkas .mdx tanpa impor. Pemeriksa konten menolak nama komponen yang tidak dikenal, atribut yang kurang, dan id yang tidak ada.',
      where: 'Letak',
      field: 'Kolom',
      required: 'wajib',
      optional: 'tidak wajib',
      kind: 'Jenis nilai',
      defaultValue: 'Bawaan',
      meaning: 'Keterangan',
      variant: 'hanya bila',
      attribute: 'Atribut',
      values: 'Nilai',
      example: 'Contoh tampilan',
      source: 'Yang ditulis',
      noLiveExample: (name: string) =>
        `Contoh langsung <${name}> tampil di sini setelah komponen dan isinya tersedia di situs; yang ditulis tetap seperti di bawah.`,
    },
    maps: {
      none: 'Belum ada skenario di content/scenarios/.',
    },
  },
  /** The quiz island's strings (also exported alone so the island does not ship the whole dictionary). */
  quiz: quizUi,
  /** Notes, CSV columns and module states of the unit recap (also imported alone by src/lib/certificate/). */
  recap: recapStrings,
  unitAnalysis: unitAnalysisStrings,
  /** Why a progress file is refused on import (also exported alone for the pure codec in src/lib/progress). */
  progressFile: progressFileStrings,
  /** The learner's function: labels, the home page's question and "Jalur Anda" (also imported alone). */
  seats: seatStrings,
} as const;
