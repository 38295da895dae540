// Shows a storage notice in the live region every page carries (ProgressData.astro). The texts are rendered
// at build time into <template data-notice="..."> elements, so this stays a few hundred bytes with no dictionary.
import type { StorageNoticeKind } from './store.ts';

/** Kinds of notices the page has texts for: the store's, and the confirmation of an in-place download. */
export type NoticeKind = StorageNoticeKind | 'downloaded';

const region = () => document.querySelector<HTMLElement>('[data-progress-notice]');

// "Unduh progres sekarang" downloads the progress file on the page itself: leaving for /progres would close the
// page that holds the work. The export code loads only when the button is pressed.
function offerDownload(host: HTMLElement) {
  if (host.dataset['offers'] !== undefined) return;
  host.dataset['offers'] = '';
  host.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-download-now]')) return;
    void import('./download-now.ts')
      .then(({ downloadProgressNow }) => downloadProgressNow())
      .then((name) => {
        showNotice('downloaded', name);
      });
  });
}

/** Puts the text of a notice into the page's live region (once per kind; `detail` fills its [data-detail] slot). */
export function showNotice(kind: NoticeKind, detail?: string): void {
  const host = region();
  const template = document.querySelector<HTMLTemplateElement>(`template[data-notice="${kind}"]`);
  if (!host || !template || host.querySelector(`[data-shown="${kind}"]`)) return;
  offerDownload(host);
  const item = document.createElement('div');
  item.dataset['shown'] = kind;
  host.append(item);
  const wasHidden = host.hidden;
  host.hidden = false;
  const fill = () => {
    item.append(template.content.cloneNode(true));
    if (detail) {
      const slot = item.querySelector('[data-detail]');
      if (slot) slot.textContent = detail;
    }
  };
  // Screen readers often miss text that appears together with its live region: show the region, then the text.
  if (wasHidden) setTimeout(fill, 100);
  else fill();
}

/** Takes notices that no longer hold off the page (storage works again); hides the region once it is empty. */
export function withdrawNotices(kinds: readonly NoticeKind[]): void {
  const host = region();
  if (!host) return;
  for (const kind of kinds) host.querySelector(`[data-shown="${kind}"]`)?.remove();
  if (!host.querySelector('[data-shown]')) host.hidden = true;
}
