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

/** The first key that could pollute an object prototype (`__proto__`, `constructor`, `prototype`), if any. */
export function findForbiddenKey(value: unknown): string | undefined {
  // Iterative, so a deeply nested file cannot overflow the stack.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      stack.push(...(current as unknown[]));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN.has(key)) return key;
      stack.push((current as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}
