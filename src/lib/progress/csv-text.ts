import Papa from 'papaparse';

/**
 * A cell a spreadsheet could run as a formula: one starting with a tab, CR or LF, or with `=`, `+`, `-` or `@` after
 * any leading blanks. papaparse's `escapeFormulae: FORMULA_CELL` (`/^[=+\-@\t\r].*$/`) misses a cell that starts with `=`
 * and goes on over several lines, and one that starts with a blank.
 */
export const FORMULA_CELL = /^(?:[\t\r\n]|\s*[=+\-@])/;

/** Rows (objects, or `fields` and `data`) as the CSV text every file the site writes uses: CRLF lines, quoted where
 * needed, and every formula-like text cell prefixed with `'` so that a spreadsheet shows it as text. */
export function writeCsv(rows: Parameters<typeof Papa.unparse>[0]): string {
  return Papa.unparse(rows, { escapeFormulae: FORMULA_CELL, newline: '\r\n' });
}
