/** Strings of the studio's preview pane (src/components/studio/StudioPreview.tsx). */
export const previewUi = {
  trialNote:
    'Mode uji coba: kuis, skenario dan ujian di pratinjau ini bisa dimainkan, tetapi tidak dicatat di progres.',
  nothing:
    'Pilih pelajaran, halaman modul, kuis, skenario, atau kursus yang punya ujian akhir untuk melihat pratinjaunya di sini.',
  errorsHeading: 'Berkas ini belum bisa ditampilkan; pratinjau di bawah adalah versi terakhir yang berhasil.',
  errorsNoLast: 'Berkas ini belum bisa ditampilkan.',
  at: (line: number, column: number) => `baris ${String(line)}, kolom ${String(column)}`,
  renderFailed: (reason: string) => `Pratinjau tidak dapat ditampilkan: ${reason}`,
  mapHeading: 'Peta skenario',
  playHeading: 'Mainkan skenario',
  noExam: 'Kursus ini tidak punya ujian akhir: kolom exam tidak diisi.',
};
