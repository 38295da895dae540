/** Strings of the trainer's studio, /pelatih/studio/ (not part of `ui`: only the studio's page and island import them). */
export const studioStrings = {
  title: 'Studio Pelatih',
  description:
    'Buka folder kursus di peramban, tulis dan periksa modul, lihat pratinjaunya, lalu simpan kembali, tanpa memasang apa pun.',
  guideLink: 'Studio Pelatih: tulis dan periksa modul langsung di peramban',
  intro:
    'Pilih folder proyek kursus (yang berisi folder modules/ dan content/). Tidak ada yang diunggah: berkas dibaca dan disimpan di perangkat ini saja.',
  openFolder: 'Buka folder kursus',
  openZip: 'Buka .zip kursus',
  zipHint:
    'Peramban ini tidak bisa menyimpan langsung ke folder: buka .zip folder kursus, lalu unduh hasilnya sebagai .zip.',
  save: 'Simpan',
  saveFolder: 'Simpan ke folder',
  downloadZip: 'Unduh .zip',
  newModule: 'Modul baru',
  newModuleTitle: 'Judul modul baru',
  newModuleCreate: 'Buat modul',
  cancel: 'Batal',
  filesLabel: 'Berkas kursus',
  editorLabel: (path: string) => `Penyunting ${path}`,
  noFileOpen: 'Pilih berkas di daftar untuk menyuntingnya.',
  previewLabel: 'Pratinjau',
  previewLoading: 'Memuat pratinjau…',
  previewMissing: 'Pratinjau belum tersedia',
  editorLoading: 'Memuat penyunting...',
  problemsLabel: 'Pemeriksaan',
  groups: {
    courses: 'Kursus',
    modules: 'Modul dan pelajaran',
    quizzes: 'Kuis',
    scenarios: 'Skenario',
    data: 'Data lain',
  },
  unsaved: 'belum disimpan',
  unsavedCount: (n: number) => `${n} berkas belum disimpan.`,
  allSaved: 'Semua perubahan tersimpan.',
  loading: 'Membaca berkas kursus...',
  loaded: (name: string, n: number) => `${name} dibuka: ${n} berkas modul dan data.`,
  saved: (n: number) => (n === 0 ? 'Tidak ada perubahan untuk disimpan.' : `${n} berkas disimpan.`),
  zipDownloaded: (name: string, n: number) => `${name} diunduh, dengan ${n} berkas yang diubah.`,
  checking: 'Memeriksa...',
  noProblems: 'Tidak ada masalah.',
  problemCount: (errors: number, warnings: number) =>
    [errors > 0 ? `${errors} masalah` : '', warnings > 0 ? `${warnings} peringatan` : ''].filter(Boolean).join(', '),
  otherFiles: (n: number) => `${n} masalah di berkas lain`,
  moduleCreated: (title: string, files: number) => `Modul "${title}" dibuat: ${files} berkas baru, belum disimpan.`,
  errors: {
    notZip: (name: string) =>
      `${name} bukan berkas .zip yang bisa dibaca. Buat .zip dari folder kursus (klik kanan folder, lalu "Kirim ke > Folder terkompresi"), lalu buka lagi.`,
    zipNotCourse: (name: string) =>
      `${name} tidak berisi folder kursus: tidak ada folder modules/ dan content/ di dalamnya. Buat .zip dari folder proyek kursus, yang berisi kedua folder itu.`,
    folderNotCourse: (name: string) =>
      `Folder "${name}" bukan folder kursus: folder modules/ dan content/ tidak ada di dalamnya. Pilih folder proyek kursus yang berisi kedua folder itu.`,
    notText: (path: string) =>
      `${path} tidak bisa dibaca sebagai teks UTF-8. Simpan ulang berkas itu di penyunting teks dengan pengodean UTF-8, lalu buka lagi.`,
    unreadable: (path: string) =>
      `${path} tidak bisa dibaca. Periksa apakah berkas itu sedang dipakai program lain atau dipindahkan, lalu buka lagi.`,
    noPermission:
      'Peramban tidak diberi izin menulis ke folder ini, jadi tidak ada yang disimpan. Pilih "Izinkan" saat ditanya, atau unduh sebagai .zip.',
    saveFailed: (reason: string) => `Gagal menyimpan: ${reason}. Perubahan Anda masih ada di sini; coba simpan lagi.`,
    checkerFailed:
      'Pemeriksa konten berhenti karena galat. Simpan perubahan Anda, lalu muat ulang halaman ini agar pemeriksaan berjalan lagi.',
  },
} as const;
