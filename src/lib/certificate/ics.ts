/** What a calendar reminder says. */
export interface Reminder {
  /** Stable unique id (e.g. the certificate number). */
  readonly uid: string;
  /** All-day event date (YYYY-MM-DD): the expiry date. */
  readonly date: string;
  readonly summary: string;
  readonly description: string;
  /** When the file is made (for DTSTAMP). */
  readonly now: Date;
}

const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

/** Folds a content line at 75 octets as RFC 5545 requires (continuation lines start with a space). */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 74) {
    out.push(rest.slice(0, 74));
    rest = ` ${rest.slice(74)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

/** An RFC 5545 calendar file with one all-day event and an alarm a week before. */
export function reminderIcs(reminder: Reminder): string {
  const day = reminder.date.replace(/-/g, '');
  const next = addDay(reminder.date).replace(/-/g, '');
  const stamp = reminder.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sinergi//Sertifikat//ID',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}@sinergi`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${next}`,
    fold(`SUMMARY:${escapeText(reminder.summary)}`),
    fold(`DESCRIPTION:${escapeText(reminder.description)}`),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P7D',
    fold(`DESCRIPTION:${escapeText(reminder.summary)}`),
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function addDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
