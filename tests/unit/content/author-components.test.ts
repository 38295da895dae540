import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AUTHOR_COMPONENTS } from '../../../src/lib/content/mdx-components.ts';

const mdxDir = fileURLToPath(new URL('../../../src/components/mdx/', import.meta.url));

/** The props a component declares in its frontmatter `interface Props`, with whether each is optional. */
function declaredProps(file: string): Record<string, boolean> {
  const text = readFileSync(file, 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const source = ts.createSourceFile(file, frontmatter, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Record<string, boolean> = {};
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'Props') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && ts.isIdentifier(member.name)) out[member.name.text] = !member.questionToken;
    }
  });
  return out;
}

describe('the author component list used by the checker and the guide', () => {
  it('names each attribute the components declare, required exactly when the component requires it', () => {
    for (const component of AUTHOR_COMPONENTS) {
      const file = `${mdxDir}${component.name}.astro`;
      // Quiz and Scenario come from their own branches; compare them as soon as they exist.
      if (!existsSync(file)) continue;
      const expected: Record<string, boolean> = Object.fromEntries([
        ...component.props.map((p): [string, boolean] => [p.name, p.required]),
        ...(component.generatedProps ?? []).map((name): [string, boolean] => [name, false]),
      ]);
      expect(declaredProps(file), component.name).toEqual(expected);
    }
  });

  it('lists every component that MdxContent makes available in MDX', () => {
    const text = readFileSync(`${mdxDir}MdxContent.astro`, 'utf8');
    const registered =
      /const components = \{([^}]*)\}/
        .exec(text)?.[1]
        ?.split(',')
        .map((s) => s.trim()) ?? [];
    const names = AUTHOR_COMPONENTS.map((c) => c.name);
    for (const name of registered.filter(Boolean)) expect(names).toContain(name);
  });
});
