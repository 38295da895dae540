import type { Seat } from '../schemas/common.ts';

/**
 * The learner's function ("seat") in Indonesian: the one place its labels live (part of `ui` as `ui.seats`; imported
 * alone by the pure recap code and by the home page's tiny script). Keys follow SeatSchema's order.
 */
export const seatStrings = {
  labels: {
    binmas: 'Binmas / Bhabinkamtibmas',
    intelkam: 'Intelkam',
    reskrim: 'Reskrim',
    resnarkoba: 'Resnarkoba',
    samapta: 'Samapta / SPKT',
    lantas: 'Lantas',
    polairud: 'Polairud',
    humas: 'Humas',
    propam: 'Propam',
    pimpinan: 'Pimpinan (Kapolsek, Kapolres dan wakilnya)',
    mitra: 'Mitra masyarakat',
  } satisfies Record<Seat, string>,
  /** The label of a seat, or a dash when the learner named none. */
  label: (seat: Seat | undefined): string => (seat === undefined ? '—' : seatStrings.labels[seat]),
  heading: 'Fungsi Anda',
  field: 'Fungsi tempat Anda bertugas',
  none: 'Tidak disebutkan',
  choose: 'Pilih fungsi',
  hint: 'Boleh dikosongkan. Dipakai untuk "Jalur Anda" di beranda, sertifikat, dan rekap satuan.',
  save: 'Simpan fungsi',
  saved: (label: string) => `Fungsi tersimpan: ${label}.`,
  cleared: 'Fungsi dikosongkan.',
  question: {
    title: 'Anda bertugas di fungsi apa?',
    intro:
      'Polmas adalah tugas setiap anggota. Pilih fungsi Anda agar beranda menunjukkan jalur belajar sesuai tugas Anda. Semua materi tetap terbuka.',
    show: 'Tampilkan jalur saya',
    skip: 'Lewati',
    skipped: 'Baik. Anda bisa memilih fungsi kapan saja di halaman Progres.',
  },
  path: {
    title: (label: string) => `Jalur Anda: ${label}`,
    polmas: 'Polmas dalam tugas Anda',
    sources: 'Sumber',
    lessons: 'Pelajaran untuk fungsi Anda',
    noLessons: 'Pelajaran khusus fungsi ini belum terbit. Semua pelajaran lain tetap bisa dibuka.',
    scenarios: 'Skenario dari sudut tugas Anda',
    noScenarios: 'Skenario khusus fungsi ini belum terbit. Semua skenario lain tetap bisa dimainkan.',
    partners: 'Fungsi yang paling perlu Anda ajak bekerja sama',
    change: 'Ubah fungsi di halaman Progres',
    scenarioDone: 'Selesai',
  },
  /** On the certificate: stated by the learner, not part of the signed payload. */
  certificate: (label: string) => `Fungsi: ${label}`,
  recapColumn: 'Fungsi',
  previewSeat: (label: string) => `Fungsi dari berkas: ${label}`,
} as const;
