// Limits of the stored progress, free of zod so the tiny lesson script can share them.

/** Most activity-log entries a stored progress may hold. */
export const LOG_LIMIT = 500;

/** The version of the persisted progress and of the export file written by this build. */
export const PROGRESS_VERSION = 1;
