/**
 * Strings of the unit recap (/satuan) that the pure recap and re-grading code produces: the notes shown per member,
 * the CSV columns and the module states (part of `ui` as `ui.recap`; imported alone by src/lib/certificate/).
 */
export const recapStrings = {
  states: { selesai: 'selesai', belum: 'belum', diragukan: 'diragukan' },
  /** A member's final exam in the recap: passed under the policy, attempted without an allowed pass, or not taken. */
  examStates: { lulus: 'lulus', 'belum-lulus': 'belum lulus', belum: 'belum' },
  examColumn: (course: string) => `Ujian akhir: ${course}`,
  examAttempts: (count: number) => `${String(count)} percobaan`,
  noProfile: 'profil peserta belum diisi',
  inQuiz: (quizId: string, problem: string) => `kuis ${quizId}: ${problem}`,
  passedMismatch: (passed: boolean, score: number) =>
    `status lulus (${passed ? 'lulus' : 'tidak lulus'}) tidak sesuai dengan nilai ${score}`,
  scoreMismatch: (score: number, earned: number) =>
    `nilai tercatat ${score} tidak sesuai dengan jawabannya (${earned})`,
  unknownQuiz: (quizId: string) => `kuis "${quizId}" tidak ada dalam konten saat ini, jadi tidak dapat dinilai ulang`,
  passMarkLowered: (recorded: number, current: number) =>
    `batas lulus tercatat ${recorded} lebih rendah dari ${current}`,
  unknownQuestion: (questionId: string, quizId: string) => `soal "${questionId}" tidak ada dalam kuis "${quizId}"`,
  creditMismatch: (questionId: string, credit: number, recorded: number) =>
    `jawaban soal "${questionId}" bernilai ${credit}, tercatat ${recorded}`,
  // Final exam: attempts the course's attempt policy did not allow (they never count as a pass).
  examTooEarly: (startedAt: string) => `ujian akhir dicoba ${startedAt} sebelum waktu tunggu berakhir`,
  examBeyondLimit: (startedAt: string) => `ujian akhir dicoba ${startedAt} melebihi batas percobaan`,
  csv: {
    name: 'Nama',
    idOrRole: 'NRP / peran',
    rank: 'Pangkat',
    unit: 'Satuan',
    file: 'Berkas',
    notes: 'Catatan',
    status: (module: string) => `${module} — status`,
    score: (module: string) => `${module} — nilai`,
    date: (module: string) => `${module} — tanggal`,
  },
} as const;
