import type { LmsKind, LmsReport, LmsResume } from '../../lib/lms/types';

/** One open session with the LMS that launched the package (SCORM 1.2, SCORM 2004 or cmi5). */
export interface LmsConnection {
  kind: LmsKind;
  resume: LmsResume;
  /** Sends the learner's state; must not throw: failures surface through the connector's onError. */
  report(report: LmsReport): Promise<void>;
  /** Ends the session (SCORM Terminate/LMSFinish, cmi5 terminated). */
  terminate(sessionSeconds: number): Promise<void>;
}

/**
 * Returns null when this launch is not of that kind (no API / no launch params). Rejects when the LMS is there but
 * fails to start. `onError` receives every later failure (a report or terminate the LMS refused or could not take), so
 * the bridge can tell the learner that progress stays on this device.
 */
export type LmsConnector = (onError: (error: Error) => void) => Promise<LmsConnection | null>;
