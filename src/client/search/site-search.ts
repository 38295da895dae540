// Full-text search on /cari/ with Pagefind's JS API. The bundle in /pagefind/ is written by the build
// (src/integrations/pagefind.ts) and fetched from the same server: no third-party service, works offline.
import { ui } from '../../i18n/id.ts';

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data: () => Promise<PagefindFragment> }[] } | null>;
}

const MAX_RESULTS = 20;
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    await api.options({ excerptLength: 24 });
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Pagefind's excerpt as DOM nodes: its text and its <mark> highlights, nothing else. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function renderResult(fragment: PagefindFragment): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = fragment.url;
  link.textContent = fragment.meta['title'] ?? fragment.url;
  heading.append(link);
  li.append(heading);
  const module = fragment.meta['modul'];
  if (module) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = `${ui.search.module}: ${module}`;
    li.append(meta);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(fragment.excerpt));
  li.append(excerpt);
  return li;
}

/** Wires the /cari/ form: searches as the user types, on submit, and when a filter changes; keeps ?q= in the URL. */
export function setUpSiteSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = document.getElementById('hasil');
  const status = document.getElementById('hasil-status');
  if (!input || !list || !status) return;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);

  const run = async () => {
    const ticket = ++latest;
    const query = input.value.trim();
    const modules = checked('modul');
    const courses = checked('kursus');
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const m of modules) params.append('modul', m);
    for (const c of courses) params.append('kursus', c);
    history.replaceState(null, '', params.size > 0 ? `?${params.toString()}` : location.pathname);
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = ui.search.loading;
    try {
      const api = await loadPagefind();
      const filters: Record<string, { any: string[] }> = {};
      if (modules.length > 0) filters['modul'] = { any: modules };
      if (courses.length > 0) filters['kursus'] = { any: courses };
      const search = await api.search(query, { filters });
      if (ticket !== latest || !search) return;
      const fragments = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      // Results first, then the live count, so screen readers announce a list that is already there.
      list.replaceChildren(...fragments.map(renderResult));
      const more = search.results.length > MAX_RESULTS ? ` ${ui.search.moreResults(MAX_RESULTS)}` : '';
      status.textContent = ui.search.results(search.results.length, query) + more;
    } catch {
      if (ticket === latest) status.textContent = ui.search.unavailable;
    }
  };

  const params = new URLSearchParams(location.search);
  // Keep what the learner typed before this script ran (a slow phone); the address wins only when it has a query.
  input.value = params.get('q') ?? input.value;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  if (params.getAll('modul').length + params.getAll('kursus').length > 0) {
    form.querySelector('details')?.setAttribute('open', '');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void run();
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  if (input.value.trim() !== '') void run();
}
