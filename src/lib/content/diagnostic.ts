/** One problem found in a content file, located to the line and column an author should edit. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong, in Indonesian. */
  readonly message: string;
  /** How to fix it, in Indonesian. */
  readonly hint: string;
  /** Places (`file:line:column`) that fail only because of this problem, reported here instead of one by one. */
  readonly affects?: readonly string[];
  /**
   * The file whose own mistake makes this one happen (a reference to an entry that is invalid): such a diagnostic is
   * folded into that file's first message as `affects` (see foldIntoRootCauses).
   */
  readonly causedBy?: string;
}

/** Where a diagnostic points, as `file:line:column`. */
export function placeOf(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}`;
}

/** Formats a diagnostic as `path:line:column  message  (hint)`, the shape editors and CI logs link. */
export function formatDiagnostic(d: Diagnostic): string {
  const affects = d.affects?.length ? `  juga memengaruhi: ${d.affects.join(', ')}` : '';
  return `${placeOf(d)}  ${d.message}  (${d.hint})${affects}`;
}

/** Formats a warning like a diagnostic, its message marked "peringatan:". */
export function formatWarning(d: Diagnostic): string {
  return formatDiagnostic({ ...d, message: `${WARNING_PREFIX}${d.message}` });
}

/** Sorts diagnostics by file, then position, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** The word before a warning's message, so a trainer tells it from an error at a glance. */
export const WARNING_PREFIX = 'peringatan: ';

/**
 * Formats a whole report: one line per problem, then the warnings (content that builds but should not be published
 * as it is), then a count. Without warnings the report is exactly as before they existed.
 */
export function formatReport(list: readonly Diagnostic[], warnings: readonly Diagnostic[] = []): string {
  const lines = [...sortDiagnostics(list).map(formatDiagnostic), ...sortDiagnostics(warnings).map(formatWarning)];
  const counts = [
    list.length > 0 ? `${list.length} masalah ditemukan` : '',
    warnings.length > 0 ? `${warnings.length} peringatan` : '',
  ].filter(Boolean);
  lines.push(counts.length === 0 ? 'Tidak ada masalah.' : `${counts.join(', ')}.`);
  return lines.join('\n');
}

/**
 * Folds every diagnostic caused by another file's mistake into that file's first message (`affects`), so one mistake
 * is reported once. A caused diagnostic whose cause reported nothing (it cannot happen, but a message is never lost)
 * stays as it is.
 */
export function foldIntoRootCauses(list: readonly Diagnostic[]): Diagnostic[] {
  const sorted = sortDiagnostics(list);
  const roots = new Map<string, { index: number; affects: string[] }>();
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    if (d.causedBy === undefined && !roots.has(d.file)) roots.set(d.file, { index: out.length, affects: [] });
    if (d.causedBy === undefined) out.push(d);
  }
  for (const d of sorted) {
    if (d.causedBy === undefined) continue;
    const root = roots.get(d.causedBy);
    if (root) root.affects.push(placeOf(d));
    else out.push({ file: d.file, line: d.line, column: d.column, message: d.message, hint: d.hint });
  }
  for (const root of roots.values()) {
    const d = out[root.index];
    if (d && root.affects.length > 0) out[root.index] = { ...d, affects: [...new Set(root.affects)] };
  }
  return sortDiagnostics(out);
}
