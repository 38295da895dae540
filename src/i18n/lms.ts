// Texts of an LMS package's launch page (src/components/lms/LaunchPage.astro, src/client/lms/).

export const lmsUi = {
  frameTitle: (course: string) => `Kursus: ${course}`,
  /** No LMS runtime found: the package was opened outside an LMS, or the LMS offers no SCORM/cmi5 API. */
  missingTitle: 'Kemajuan tidak dilaporkan ke LMS.',
  missing:
    'Halaman ini tidak dibuka dari sistem pembelajaran (LMS), atau LMS tidak menyediakan sambungannya. Kemajuan Anda tetap disimpan di perangkat ini, tetapi tidak tercatat di LMS. Agar tercatat, buka kursus ini dari LMS satuan Anda dengan peramban dan perangkat yang sama: kemajuan yang tersimpan di sini akan ikut terkirim.',
  /** The LMS was found but refused or could not take a call. */
  failedTitle: 'LMS tidak dapat dihubungi.',
  failed:
    'Kemajuan Anda disimpan di perangkat ini, tetapi belum dilaporkan ke LMS. Lanjutkan belajar seperti biasa. Setelah jaringan kembali, tutup kursus ini lalu buka lagi dari LMS dengan peramban dan perangkat yang sama: kemajuan yang tersimpan di sini akan dikirim. Bila tetap gagal, hubungi admin LMS satuan Anda.',
  /** The browser refuses localStorage, through which the course's pages hand progress to the launch page. */
  storageTitle: 'Kemajuan tidak dapat dilaporkan ke LMS.',
  storage:
    'Peramban ini menolak penyimpanan data situs (misalnya mode privat atau data situs diblokir), padahal halaman kursus meneruskan kemajuan Anda ke LMS melalui penyimpanan itu. Anda tetap bisa belajar, dan kemajuan disimpan sementara di perangkat ini, tetapi LMS tidak mencatatnya. Izinkan penyimpanan data untuk situs LMS ini di pengaturan peramban, lalu buka kursus ini lagi dari LMS dengan peramban yang sama.',
} as const;
