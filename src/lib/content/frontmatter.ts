/** The frontmatter block of an MDX file: its YAML text and the line its first YAML line sits on, minus one. */
export interface Frontmatter {
  readonly yaml: string;
  /** Number of lines before the YAML text (the opening `---`). */
  readonly lineOffset: number;
  /** The text after the closing `---`. */
  readonly body: string;
  /** Number of lines before the body. */
  readonly bodyLineOffset: number;
}

/** Splits `---`-fenced frontmatter from an MDX text; returns null when the file has none or it is not closed. */
export function splitFrontmatter(text: string): Frontmatter | null {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) return null;
  return {
    yaml: lines.slice(1, end).join('\n'),
    lineOffset: 1,
    body: lines.slice(end + 1).join('\n'),
    bodyLineOffset: end + 1,
  };
}
