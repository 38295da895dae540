import { distance } from 'fastest-levenshtein';
import type { Diagnostic } from './diagnostic.ts';
import { positionAt } from './mask.ts';
import { AUTHOR_COMPONENTS, findAuthorComponent } from './mdx-components.ts';

/** A `<Component ...>` opening tag found in an MDX body. */
export interface ComponentTag {
  readonly name: string;
  /** Attributes as written; the value is null for a `{expression}` or a bare attribute. */
  readonly attributes: ReadonlyMap<string, string | null>;
  /** Offset of the `<` in the body. */
  readonly offset: number;
}

const ATTRIBUTE = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})))?/gy;

/** Finds capitalised JSX opening tags (`<Term id="x">`, `<Quiz id="y" />`) in an already masked MDX body. */
export function findComponentTags(body: string): ComponentTag[] {
  const out: ComponentTag[] = [];
  for (const match of body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
    const attributes = new Map<string, string | null>();
    let i = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(body[i] ?? '')) i++;
      if (body[i] === undefined || body[i] === '>' || body[i] === '/' || body[i] === '<') break;
      ATTRIBUTE.lastIndex = i;
      const attr = ATTRIBUTE.exec(body);
      if (!attr) break;
      attributes.set(attr[1] ?? '', attr[2] ?? attr[3] ?? null);
      i = ATTRIBUTE.lastIndex;
    }
    out.push({ name: match[1] ?? '', attributes, offset: match.index });
  }
  return out;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  return candidates.find((c) => distance(c.toLowerCase(), word.toLowerCase()) <= 2);
}

/**
 * Checks author components in an MDX body (masked, see mask.ts): unknown component names, unknown attributes,
 * missing required attributes and values outside a fixed choice. Ids are checked against content in references.ts.
 */
export function checkComponentUsage(file: string, body: string, bodyLineOffset: number): Diagnostic[] {
  const names = AUTHOR_COMPONENTS.map((c) => c.name);
  return findComponentTags(body).flatMap((tag): Diagnostic[] => {
    const pos = positionAt(body, tag.offset);
    const at = { file, line: pos.line + bodyLineOffset, column: pos.column };
    const component = findAuthorComponent(tag.name);
    if (!component) {
      const guess = closest(tag.name, names);
      return [
        {
          ...at,
          message: `komponen <${tag.name}> tidak dikenal`,
          hint: guess ? `mungkin maksud Anda <${guess}>?` : `komponen yang tersedia: ${names.join(', ')}`,
        },
      ];
    }
    const out: Diagnostic[] = [];
    const propNames = component.props.map((p) => p.name);
    for (const [name] of tag.attributes) {
      if (propNames.includes(name)) continue;
      const guess = closest(name, propNames);
      out.push({
        ...at,
        message: `<${tag.name}>: atribut "${name}" tidak dikenal`,
        hint: guess
          ? `mungkin maksud Anda ${guess}="..."?`
          : propNames.length > 0
            ? `atribut yang boleh: ${propNames.join(', ')}`
            : `<${tag.name}> tidak memakai atribut; hapus atribut ini`,
      });
    }
    for (const prop of component.props) {
      const written = tag.attributes.has(prop.name);
      const value = tag.attributes.get(prop.name);
      if (prop.required && !written) {
        out.push({
          ...at,
          message: `komponen <${tag.name}> tanpa atribut ${prop.name}`,
          hint: `tulis <${tag.name} ${prop.name}="...">, berisi ${prop.description.replace(/\.$/, '')}`,
        });
      } else if (prop.values && typeof value === 'string' && !prop.values.includes(value)) {
        out.push({
          ...at,
          message: `<${tag.name} ${prop.name}="${value}">: nilai tidak dikenal`,
          hint: `pilih salah satu: ${prop.values.join(', ')}`,
        });
      }
    }
    return out;
  });
}
