// A page carries the styles of its quiz and scenario boxes once, inline, and only when it has one: imported as CSS,
// they would be in the stylesheet of every page their route can render (every lesson), used or not.
const asked = new WeakMap<Request, Set<string>>();

/** True the first time a page being rendered (its `Astro.request`) asks for `key`. */
export function firstOnPage(request: Request, key: string): boolean {
  const keys = asked.get(request) ?? new Set<string>();
  asked.set(request, keys);
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
