/** JSON with object keys sorted at every level, so the same data always gives the same text (for digests). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  // As JSON.stringify does inside arrays; the data is JSON, so functions and symbols never occur.
  if (value === undefined) return 'null';
  return JSON.stringify(value);
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Deepest nesting of arrays and objects a progress file may have. A real one has 8 levels (file, progress,
 * quizAttempts, attempt, answers, answer, response, matches); the margin leaves room for later versions, while
 * `canonicalJson`, which recurses once per level, stays far from the stack's limit.
 */
export const MAX_JSON_DEPTH = 32;

/** What a walk over parsed JSON found that must stop it being read further. */
export type JsonHazard = { readonly kind: 'forbidden-key'; readonly key: string } | { readonly kind: 'too-deep' };

/**
 * The first key that could pollute an object prototype (`__proto__`, `constructor`, `prototype`), or nesting deeper
 * than `MAX_JSON_DEPTH`, if any. Iterative, so neither a deep nor a wide value can overflow the stack.
 */
export function findJsonHazard(value: unknown): JsonHazard | undefined {
  // Only arrays and objects are stacked, so a long array of numbers costs no memory here.
  const stack: { readonly value: object; readonly depth: number }[] = [];
  const visit = (child: unknown, depth: number) => {
    if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
  };
  visit(value, 1);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: current, depth } = next;
    if (depth > MAX_JSON_DEPTH) return { kind: 'too-deep' };
    if (Array.isArray(current)) {
      for (const child of current as unknown[]) visit(child, depth + 1);
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      if (FORBIDDEN.has(key)) return { kind: 'forbidden-key', key };
      visit(child, depth + 1);
    }
  }
  return undefined;
}
