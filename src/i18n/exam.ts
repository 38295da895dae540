import { formatDate } from './format.ts';

const dateTime = (iso: string) => {
  const d = new Date(iso);
  const time = d.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' });
  return `${formatDate(d)} pukul ${time} WIB`;
};

/** Strings of the final exam and the pre-test (the exam island, the course page, /progres). */
export const examUi = {
  examTitle: 'Ujian akhir',
  loading: 'Memuat…',
  pretestTitle: 'Pra-tes',
  examLink: 'Ujian akhir kursus',
  pretestLink: 'Pra-tes (di awal kursus)',
  examIntro: (n: number, passMark: number) =>
    `Sekitar ${n} soal diambil acak dari bank soal, seimbang per modul dan per temuan kajian. Batas lulus ${passMark}%. Pembahasan tampil setelah Anda mengirim semua jawaban, hanya untuk percobaan itu.`,
  pretestIntro:
    'Pra-tes mengukur pemahaman awal Anda per temuan kajian, sebelum mengikuti kursus. Hasilnya tidak dinilai untuk sertifikat; halaman Progres membandingkannya dengan ujian akhir.',
  policy: (attempts: number, wait: number | undefined) =>
    wait === undefined
      ? `Anda punya ${attempts} kali percobaan.`
      : `Anda punya ${attempts} kali percobaan. Bila semuanya belum lulus, percobaan berikutnya terbuka ${wait} jam kemudian.`,
  timeLimit: (minutes: number) =>
    `Waktu mengerjakan ${minutes} menit. Waktu tetap berjalan bila halaman ditutup; bila habis, jawaban yang sudah ada dikirim.`,
  honesty:
    'Kunci jawaban baru dimuat setelah jawaban Anda dikirim. Sertifikat yang Anda cetak sendiri bersandar pada kejujuran Anda; satuan Anda memeriksa ulang setiap percobaan dari berkas progres.',
  attemptsLeft: (left: number, total: number) => `Sisa percobaan: ${left} dari ${total}.`,
  waiting: (until: string) =>
    `Semua percobaan rangkaian ini sudah dipakai. Percobaan berikutnya terbuka ${dateTime(until)}.`,
  closed: 'Semua percobaan ujian ini sudah dipakai.',
  passed: (score: number, on: string) =>
    `Anda lulus ujian akhir dengan nilai ${score}% pada ${formatDate(new Date(on))}.`,
  certificateLink: 'Buka sertifikat',
  pretestDone: (score: number) => `Anda sudah mengerjakan pra-tes (nilai ${score}%). Lanjutkan ke modul pertama.`,
  startExam: 'Mulai ujian',
  startPretest: 'Mulai pra-tes',
  resumed: 'Percobaan Anda yang belum selesai dilanjutkan.',
  timeLeftLabel: 'Sisa waktu',
  timeLeftSpoken: (text: string) => `Sisa waktu ${text}.`,
  minutesSpoken: (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} menit` : `${Math.round(ms / 1000)} detik`),
  timeUp: 'Waktu habis. Jawaban yang sudah ada dikirim.',
  grading: 'Memeriksa jawaban…',
  keyError:
    'Kunci jawaban belum bisa dimuat. Periksa sambungan, lalu coba lagi. Jawaban Anda tetap tersimpan di perangkat ini.',
  retryKey: 'Coba muat lagi',
  examResult: 'Hasil ujian',
  examPassed: 'Lulus. Ujian akhir tercatat di progres Anda; sertifikat dapat dicetak bila semua modul selesai.',
  examFailed: 'Belum lulus. Pelajari pembahasan di bawah sebelum percobaan berikutnya.',
  pretestResult: 'Hasil pra-tes',
  pretestSaved: 'Tercatat di progres Anda. Pra-tes tidak dinilai untuk sertifikat.',
  nextAttempt: 'Percobaan berikutnya',
  gainTitle: 'Kemajuan per temuan kajian',
  gainIntro:
    'Persentase jawaban benar pada soal setiap temuan kajian Litbang Polri 2022: pra-tes (sebelum) dan ujian akhir (sesudah).',
  gainNone: 'Kerjakan pra-tes di awal kursus dan ujian akhir di akhirnya untuk melihat kemajuan Anda per temuan.',
  finding: (n: number) => `Temuan ${n}`,
  findingHeader: 'Temuan',
  before: 'Pra-tes',
  after: 'Ujian akhir',
  gain: 'Selisih',
  afterShort: 'Ujian',
  gainPoints: (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : ''}${n}`),
  percentOrDash: (n: number | null) => (n === null ? '–' : `${n}%`),
  chartLabel: (course: string) => `Diagram batang: pra-tes dan ujian akhir per temuan, kursus ${course}`,
  tableCaption: (course: string) => `Pra-tes dan ujian akhir per temuan: ${course}`,
} as const;
