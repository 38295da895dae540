import ts from 'typescript';

/** The one-line JSDoc of each property of one `z.object({...})` literal in a schema source file. */
export interface ObjectLiteralDocs {
  /** Where it was found, e.g. "src/schemas/module.ts ModuleSchema.completion". */
  readonly where: string;
  /** Every property name of the literal (documented or not). */
  readonly keys: ReadonlySet<string>;
  /** Property name -> JSDoc text. */
  readonly docs: ReadonlyMap<string, string>;
  /** Properties declared as `z.literal('x')`: they tell union variants with the same keys apart. */
  readonly literals: ReadonlyMap<string, string>;
}

const OBJECT_FACTORIES = new Set(['object', 'strictObject', 'looseObject', 'extend', 'safeExtend']);

function jsDocOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const doc = ranges
    .map((r) => source.text.slice(r.pos, r.end))
    .filter((text) => text.startsWith('/**'))
    .at(-1);
  if (!doc) return undefined;
  return doc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter((line) => line && !line.startsWith('@'))
    .join(' ')
    .trim();
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isIdentifier(callee)) return callee.text;
  return undefined;
}

/**
 * Reads the JSDoc of every property of every object-schema literal (`z.object({...})`, `.extend({...})`) in a
 * schema source file, with the TypeScript parser. The guide matches these literals to the runtime schemas by
 * their keys, so it shows exactly the fields the schemas accept with the comments written next to them.
 */
export function readObjectLiteralDocs(file: string, text: string): ObjectLiteralDocs[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: ObjectLiteralDocs[] = [];
  // Plain object constants spread into schemas (`const common = {...}` then `z.object({ ...common })`).
  const spreadable = new Map<string, ts.ObjectLiteralExpression>();
  source.forEachChild(function collect(node): void {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (ts.isObjectLiteralExpression(node.initializer)) spreadable.set(node.name.text, node.initializer);
    }
    node.forEachChild(collect);
  });
  const propertiesOf = (literal: ts.ObjectLiteralExpression): ts.ObjectLiteralElementLike[] =>
    literal.properties.flatMap((prop) => {
      if (!ts.isSpreadAssignment(prop) || !ts.isIdentifier(prop.expression)) return [prop];
      const spread = spreadable.get(prop.expression.text);
      return spread ? propertiesOf(spread) : [];
    });
  const visit = (node: ts.Node, where: string): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      if (node.initializer) visit(node.initializer, `${file} ${node.name.text}`);
      return;
    }
    if (ts.isCallExpression(node) && OBJECT_FACTORIES.has(calleeName(node) ?? '')) {
      const literal = node.arguments.find(ts.isObjectLiteralExpression);
      if (literal) {
        const keys = new Set<string>();
        const docs = new Map<string, string>();
        const literals = new Map<string, string>();
        for (const prop of propertiesOf(literal)) {
          const name =
            prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : null;
          if (!name) continue;
          keys.add(name);
          const doc = jsDocOf(prop, source);
          if (doc) docs.set(name, doc);
          if (!ts.isPropertyAssignment(prop)) continue;
          const init = prop.initializer;
          if (ts.isCallExpression(init) && calleeName(init) === 'literal' && init.arguments[0]) {
            const arg = init.arguments[0];
            if (ts.isStringLiteral(arg) || ts.isNumericLiteral(arg)) literals.set(name, arg.text);
          }
          visit(init, `${where}.${name}`);
        }
        out.push({ where, keys, docs, literals });
        ts.forEachChild(node.expression, (child) => {
          visit(child, where);
        });
        return;
      }
    }
    ts.forEachChild(node, (child) => {
      visit(child, where);
    });
  };
  visit(source, file);
  return out;
}

/**
 * The JSDoc of a field of an object schema with these keys: from the literal with exactly these keys, else from the
 * literal it extends (all of whose keys it has) that looks most alike. Never from an unrelated object.
 */
export function findFieldDoc(
  literals: readonly ObjectLiteralDocs[],
  keys: readonly string[],
  field: string,
  literalValues: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  const all = new Set(keys);
  let best: { doc: string; score: number } | undefined;
  for (const literal of literals) {
    const doc = literal.docs.get(field);
    if (!doc || ![...literal.keys].every((k) => all.has(k))) continue;
    if ([...literal.literals].some(([k, v]) => literalValues.has(k) && literalValues.get(k) !== v)) continue;
    const score = literal.keys.size / all.size;
    if (!best || score > best.score) best = { doc, score };
  }
  return best?.doc;
}
