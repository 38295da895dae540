// Dates and sizes as Indonesian readers write them (alone, so small scripts need not ship the dictionary).

// Made on first use: creating an Intl formatter loads locale data, which a page showing no date should not pay for.
let dateFormat: Intl.DateTimeFormat | undefined;

/** "28 November 2026": a date as Indonesian readers write it. */
export function formatDate(date: Date): string {
  dateFormat ??= new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  });
  return dateFormat.format(date);
}

/** "5,1 MB": a download size as Indonesian readers write it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** "7 menit", "1 jam 5 menit": a duration as Indonesian readers write it. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} menit`;
  return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} menit`;
}
