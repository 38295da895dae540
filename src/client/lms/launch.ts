// The launch page of a course package (src/components/lms/LaunchPage.astro): shows the course page at once, then loads
// the LMS session (session.ts: the LMS runtime, the progress store, suspend data) without holding up the first page.
import type { LmsCourseData } from '../../lib/lms/report.ts';

/** Starts the launch page. */
export function startLaunchPage(): void {
  const started = performance.now();
  const course = JSON.parse(document.getElementById('sinergi-lms-course')?.textContent ?? 'null') as LmsCourseData;
  const frame = document.querySelector<HTMLIFrameElement>('[data-lms-frame]');
  if (!frame) return;
  frame.src = course.start;
  void import('./session.ts').then(({ startSession }) => startSession(frame, course, started));
}
