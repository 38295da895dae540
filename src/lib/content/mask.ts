/** Replaces every character of a match with spaces, keeping newlines, so positions stay the same. */
function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

/**
 * Hides what an MDX author does not publish or did not mean as markup: `{/* comments *\/}`, fenced code blocks
 * and inline code. Line and column of everything else are unchanged.
 */
export function maskMdx(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}

/** Hides YAML comments (a `#` at the start of a line or after a space, outside quotes). */
export function maskYamlComments(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let quote: string | null = null;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote) {
          if (ch === quote) quote = null;
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? '')))
          return line.slice(0, i) + blank(line.slice(i));
      }
      return line;
    })
    .join('\n');
}

/** 1-based line and column of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
