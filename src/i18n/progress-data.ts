/**
 * Why progress data, stored or in a file, does not read as progress (used by migrate.ts, which the progress store of
 * every page loads; the file's own refusals are in progress-file.ts, loaded only by an import).
 */
export const progressDataStrings = {
  newerData: (version: number) =>
    `Data progres ini dibuat oleh versi Sinergi yang lebih baru (versi ${version}). Perbarui halaman (muat ulang) lalu coba lagi.`,
  brokenV0: (detail: string) => `Data progres versi 0 rusak: ${detail}.`,
  broken: (detail: string) => `Data progres rusak: ${detail}.`,
  brokenPart: (where: string, message: string) => `bagian "${where}" tidak sah (${message})`,
  wholeContent: 'isi',
  unknownShape: 'bentuk tidak dikenal',
};
