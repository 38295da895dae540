/** Why a progress file was refused (part of `ui` as `ui.progressFile`; used by the codec and the import). */
export const progressFileStrings = {
  tooLarge: 'Berkas terlalu besar: batasnya 5 MB. Berkas progres Sinergi biasanya hanya beberapa KB.',
  notJson: 'Berkas ini bukan JSON yang sah. Pilih berkas .json hasil "Ekspor progres" di Sinergi.',
  tooDeep: (levels: number) =>
    `Isi berkas bersarang lebih dari ${levels} tingkat, jauh lebih dalam dari berkas progres Sinergi mana pun, jadi tidak dibaca. Berkas ini bukan hasil "Ekspor progres" atau sudah diubah: pilih berkas asli hasil ekspor, atau ekspor ulang dari perangkat asal.`,
  forbiddenKey: (key: string) => `Berkas ditolak demi keamanan: berisi kunci terlarang "${key}".`,
  otherApp: 'Berkas ini bukan berkas progres Sinergi (mungkin dari aplikasi lain).',
  unknownVersion: 'Berkas ini tidak menyebut versi progres Sinergi yang dikenal.',
  newerFile: (version: number, known: number) =>
    `Berkas ini dibuat oleh versi Sinergi yang lebih baru (versi ${version}; versi ini mengenal sampai ${known}). Muat ulang situs agar mendapat versi terbaru, lalu impor lagi.`,
  futureDate: (where: string, date: string) =>
    `Berkas berisi tanggal di masa depan: ${date} (bagian "${where}"). Jam perangkat yang mengekspornya mungkin salah: betulkan tanggal dan jamnya, lalu ekspor ulang. Bila jam perangkat ini yang salah, betulkan dulu lalu impor lagi.`,
  noDigest: 'Berkas tidak memiliki sidik SHA-256 yang lengkap, jadi keasliannya tidak bisa diperiksa.',
  digestMismatch:
    'Sidik SHA-256 berkas tidak cocok: isinya berubah atau rusak setelah diekspor. Ekspor ulang dari perangkat asal.',
  examsNoDigest:
    'Bagian "ujian yang sedang berjalan" tidak memiliki sidik SHA-256 yang lengkap, jadi keasliannya tidak bisa diperiksa. Ekspor ulang dari perangkat asal.',
  examsDigestMismatch:
    'Sidik SHA-256 bagian "ujian yang sedang berjalan" tidak cocok: isinya berubah atau rusak setelah diekspor. Ekspor ulang dari perangkat asal.',
};
