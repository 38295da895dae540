import { LOG_LIMIT } from '../../schemas/progress-limits.ts';
import type { LogEntry, LogEntryType } from '../../schemas/progress.ts';

/** A log entry whose id is derived from what it records, so the same fact merged twice stays one entry. */
export function logEntry(type: LogEntryType, ref: string, at: string): LogEntry {
  return { id: `${type}:${ref}:${at}`, at, type, ref };
}

/** Appends entries not already present (by id), keeping the newest `limit` entries. */
export function appendLog(log: readonly LogEntry[], entries: readonly LogEntry[], limit = LOG_LIMIT): LogEntry[] {
  const seen = new Set(log.map((e) => e.id));
  const out = [...log];
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push(entry);
  }
  return out.length > limit ? out.slice(out.length - limit) : out;
}
