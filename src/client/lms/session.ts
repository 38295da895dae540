// The LMS session of a course package's launch page (loaded by launch.ts once the course shows in the frame):
// connects to the LMS that launched it (cmi5, then SCORM 2004, then SCORM 1.2), restores the learner's progress from
// the LMS's suspend data and opens the page where they left off, and reports after every change of progress (the frame's pages write it to localStorage, which
// reaches this page as a storage event) and every page the learner opens. One session per launch: it ends when the
// launch page goes away (pagehide). Without an LMS, or when it fails, progress stays in this browser as on the site,
// and a notice says so.
import { lmsReport, type LmsCourseData } from '../../lib/lms/report.ts';
import { toXapiStatements } from '../../lib/xapi/statements.ts';
import { courseSuspendScope, decodeSuspendData, encodeSuspendData } from '../../lib/lms/suspend.ts';
import { importProgress, loadProgress, subscribe, syncProgress } from '../progress/api.ts';
import { localStorageOrNull } from '../platform/local-storage.ts';
import { connectCmi5 } from './cmi5.ts';
import type { LmsConnection, LmsConnector } from './connection.ts';
import { connectScorm12, connectScorm2004 } from './scorm.ts';

/** Tried in this order: a cmi5 launch has its parameters in the URL, and a SCORM 2004 LMS may also offer `API`.
 * A cmi5 session also sends the site's own xAPI statements (lessons, answers, scenarios) as cmi5 allowed ones. */
function connectors(course: LmsCourseData): readonly LmsConnector[] {
  const siteStatements = () => toXapiStatements(loadProgress(), { siteUrl: import.meta.env.SITE, rules: course.rules });
  return [(onError) => connectCmi5(onError, siteStatements), connectScorm2004, connectScorm12];
}

/** A location the LMS gave back, if it is a page path inside the package (never another site or a parent folder). */
export function packageLocation(location: string | null): string | null {
  if (location === null || !/^[a-z0-9][a-z0-9/_.-]*\.html$/i.test(location) || location.includes('..')) return null;
  return location;
}

async function connect(course: LmsCourseData, onError: (error: Error) => void): Promise<LmsConnection | null> {
  for (const connector of connectors(course)) {
    const connection = await connector(onError);
    if (connection) return connection;
  }
  return null;
}

const STORAGE_PROBE = 'sinergi:lms:probe';

/** Whether this page can write localStorage: the course's pages hand it their progress there (storage events). */
function storageWorks(): boolean {
  const storage = localStorageOrNull();
  try {
    storage?.setItem(STORAGE_PROBE, '1');
    storage?.removeItem(STORAGE_PROBE);
    return storage !== null;
  } catch {
    return false;
  }
}

function showNotice(kind: 'missing' | 'failed' | 'storage') {
  const box = document.querySelector<HTMLElement>('[data-lms-notice]');
  const text = document.querySelector<HTMLTemplateElement>(`template[data-lms-text="${kind}"]`);
  if (!box || !text) return;
  box.replaceChildren(text.content.cloneNode(true));
  box.hidden = false;
}

/** Runs the LMS session of the launch page around `frame`, which already shows the course page. */
export async function startSession(frame: HTMLIFrameElement, course: LmsCourseData, started: number): Promise<void> {
  let failed = false;
  const onError = (error: Error) => {
    console.warn('LMS:', error);
    if (failed) return;
    failed = true;
    showNotice('failed');
  };

  let connection: LmsConnection | null = null;
  try {
    connection = await connect(course, onError);
    if (!connection) showNotice('missing');
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)));
  }
  // Without localStorage the pages keep progress aside (IndexedDB) and say so, but none of it reaches this page.
  if (!storageWorks()) showNotice('storage');

  const assessments = [course.exam?.quizId, course.pretest].filter((id) => typeof id === 'string');
  const scope = courseSuspendScope(course.rules, course.courseId, assessments, course.exam?.policy.attempts ?? 1);
  // Exam attempts the LMS already holds (from an earlier session) are not sent again as interactions.
  const reported = new Set<string>();
  const restored = connection?.resume.suspendData ? decodeSuspendData(connection.resume.suspendData) : undefined;
  if (restored) {
    for (const attempt of restored.quizAttempts) reported.add(attempt.id);
    importProgress(restored);
  }

  const root = new URL('./', window.location.href).href;
  let location = course.start;
  const resumeAt = packageLocation(connection?.resume.location ?? null);
  if (resumeAt && resumeAt !== location) {
    location = resumeAt;
    frame.src = resumeAt;
  }

  const report = () => {
    if (!connection) return;
    const progress = loadProgress();
    const next = lmsReport(
      progress,
      course,
      { location, suspendData: encodeSuspendData(progress, scope) },
      reported,
      new Date(),
    );
    for (const attempt of progress.quizAttempts) if (attempt.quizId === course.exam?.quizId) reported.add(attempt.id);
    void connection.report(next);
  };
  subscribe(report);
  frame.addEventListener('load', () => {
    try {
      const href = frame.contentWindow?.location.href ?? '';
      const inside = packageLocation(href.startsWith(root) ? (href.slice(root.length).split(/[?#]/)[0] ?? '') : null);
      if (inside) location = inside;
    } catch {
      // A page of another origin (the public site): the last page inside the package stays the location.
    }
    report();
  });
  window.addEventListener(
    'pagehide',
    () => {
      // The exam a frame page finished a moment ago may not have reached this page as a storage event yet.
      syncProgress();
      report();
      const ending = connection;
      connection = null;
      void ending?.terminate((performance.now() - started) / 1000);
    },
    { once: true },
  );
  report();
}
