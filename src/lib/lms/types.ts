/** The LMS runtimes a course package can run under. */
export type LmsKind = 'scorm12' | 'scorm2004' | 'cmi5';

/** What the packaging step knows of one course, for manifests and cmi5.xml. */
export interface PackageCourse {
  id: string;
  title: string;
  description: string;
  language: 'id';
  /** Launch file, relative to the package root, e.g. 'index.html'. */
  launch: string;
  /** Pass mark 0..1 of the final exam, or null when the course has no exam. */
  masteryScore: number | null;
  /** Package version, e.g. the site version/date. */
  version: string;
}

/** One answered exam item, as SCORM 2004 cmi.interactions and xAPI answered statements carry it. */
export interface LmsInteraction {
  id: string;
  type: 'choice' | 'true-false' | 'fill-in' | 'matching' | 'sequencing' | 'other';
  learnerResponse: string;
  result: 'correct' | 'incorrect' | 'neutral';
  weighting: number;
  timestamp: string;
  description: string;
}

/** What the package reports to the LMS after each change of the learner's progress. */
export interface LmsReport {
  /** Every required module of the course done (course completion rules). */
  completed: boolean;
  /** Exam passed/failed; null when no exam result yet or no exam. */
  passed: boolean | null;
  /** 0..1 exam score, null when none. */
  scoreScaled: number | null;
  /** Last page, path relative to package root. */
  location: string;
  /** Compact progress record (see src/lib/lms/suspend.ts), <= 4096 chars. */
  suspendData: string;
  /** Exam items answered since the last report. */
  interactions: LmsInteraction[];
}

/** What the LMS gave back at launch to resume a previous session. */
export interface LmsResume {
  suspendData: string | null;
  location: string | null;
}
