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
}

/** Formats a diagnostic as `path:line:column  message  (hint)`, the shape editors and CI logs link. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.message}  (${d.hint})`;
}

/** Sorts diagnostics by file, then position, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** Formats a whole report: one line per problem, then a count. */
export function formatReport(list: readonly Diagnostic[]): string {
  const lines = sortDiagnostics(list).map(formatDiagnostic);
  lines.push(list.length === 0 ? 'Tidak ada masalah.' : `${list.length} masalah ditemukan.`);
  return lines.join('\n');
}
