// The /progres section listing certificates that expire within 60 days, with an .ics reminder for each.
import { ui } from '../../i18n/id.ts';
import { daysBetween } from '../../lib/certificate/dates.ts';
import { expiresWithin } from '../../lib/certificate/expiry.ts';
import { reminderIcs } from '../../lib/certificate/ics.ts';
import { issueCertificate } from '../../lib/certificate/issue.ts';
import { examOutcome, moduleResults, trustRecorded } from '../../lib/certificate/results.ts';
import { certificateCourse, printedDate, type CourseInfo } from './view.ts';
import { downloadFile } from '../platform/download.ts';
import { loadProgress } from '../progress/api.ts';
import { browserDigest, todayWib } from '../platform/webcrypto.ts';

/** How far ahead the reminder looks. */
export const REMINDER_DAYS = 60;
const e = ui.expiring;

/** Fills the list from the progress on this device. */
export async function mountExpiringCertificates(): Promise<void> {
  const courses = JSON.parse(document.getElementById('expiring-courses')?.textContent ?? '[]') as CourseInfo[];
  const list = document.getElementById('expiring-list');
  const none = document.getElementById('expiring-none');
  const progress = loadProgress();
  if (!list || !none) return;
  const today = todayWib();
  for (const course of courses) {
    const issued = await issueCertificate(
      certificateCourse(course),
      progress.profile,
      moduleResults(progress, course.modules, trustRecorded),
      browserDigest,
      course.exam ? examOutcome(progress, course.exam, trustRecorded) : undefined,
    );
    if (!issued.ok) continue;
    const { payload } = issued.certificate;
    if (!payload.x || !expiresWithin(payload.x, today, REMINDER_DAYS)) continue;
    const expires = payload.x;
    const item = document.createElement('li');
    const text = document.createElement('p');
    text.textContent = e.item(course.title, printedDate(expires), daysBetween(today, expires));
    const link = document.createElement('a');
    link.href = `/sertifikat/${course.id}/`;
    link.textContent = e.open;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = e.reminder;
    button.addEventListener('click', () => {
      const ics = reminderIcs({
        uid: payload.no,
        date: expires,
        summary: e.reminderSummary(course.title),
        description: e.reminderDescription(payload.no),
        now: new Date(),
      });
      downloadFile(`pengingat-${payload.no}.ics`, ics, 'text/calendar;charset=utf-8');
    });
    item.append(text, link, ' ', button);
    list.append(item);
  }
  none.hidden = list.children.length > 0;
}
