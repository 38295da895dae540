// Instant search over a server-rendered list (/istilah/, /fungsi/). The list works without JS; this only
// filters and reorders it. Lunr and the prebuilt index load on first use, not with the page.
import { ui } from '../../i18n/id.ts';

type Engine = (query: string) => { ref: string; score: number }[];

async function loadEngine(indexUrl: string): Promise<Engine> {
  const [{ loadSearchIndex, searchIndex }, response] = await Promise.all([
    import('../../lib/search/lunr-index.ts'),
    fetch(indexUrl),
  ]);
  if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
  const index = loadSearchIndex(await response.json());
  return (query) => searchIndex(index, query);
}

/** Wires one `[data-instant-search]` box to the list named by its `data-list` attribute. */
export function setUpInstantSearch(root: HTMLElement): void {
  const input = root.querySelector('input');
  const status = root.querySelector('[role="status"]');
  const list = document.getElementById(root.dataset['list'] ?? '');
  const indexUrl = root.dataset['index'];
  const noun = root.dataset['noun'] ?? '';
  if (!input || !status || !list || !indexUrl) return;
  const items = [...list.querySelectorAll<HTMLElement>(':scope > [data-search-ref]')];
  const byRef = new Map(items.map((item) => [item.dataset['searchRef'] ?? '', item]));
  let engine: Promise<Engine> | undefined;
  let latest = 0;

  const show = (hits: readonly { ref: string }[] | undefined) => {
    if (!hits) {
      for (const item of items) {
        item.hidden = false;
        list.append(item);
      }
      status.textContent = ui.search.count(items.length, items.length, noun);
      return;
    }
    const shown = new Set<HTMLElement>();
    for (const hit of hits) {
      const item = byRef.get(hit.ref);
      if (!item) continue;
      shown.add(item);
      list.append(item);
    }
    for (const item of items) {
      item.hidden = !shown.has(item);
      if (item.hidden) list.append(item);
    }
    status.textContent = ui.search.count(shown.size, items.length, noun);
  };

  const run = async () => {
    const ticket = ++latest;
    const query = input.value.trim();
    if (query === '') {
      show(undefined);
      return;
    }
    engine ??= loadEngine(indexUrl);
    try {
      const search = await engine;
      if (ticket === latest) show(search(query));
    } catch {
      engine = undefined;
      status.textContent = ui.search.unavailable;
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    engine ??= loadEngine(indexUrl);
    engine.catch(() => (engine = undefined));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = list.querySelector<HTMLElement>(':scope > [data-search-ref]:not([hidden])');
    first?.querySelector<HTMLAnchorElement>('a[data-permalink]')?.focus();
  });
  root.hidden = false;
  if (input.value.trim() !== '') void run();
}
