// Shows a storage notice in the live region every page carries (ProgressNotice.astro). The texts are rendered
// at build time into <template data-notice="..."> elements, so this stays a few hundred bytes with no dictionary.

/** Kinds of notices the page has texts for. */
export type NoticeKind = 'unavailable' | 'quota' | 'corrupted' | 'newer';

/** Puts the text of a notice into the page's live region (once per kind). */
export function showNotice(kind: NoticeKind, detail?: string): void {
  const region = document.querySelector<HTMLElement>('[data-progress-notice]');
  const template = document.querySelector<HTMLTemplateElement>(`template[data-notice="${kind}"]`);
  if (!region || !template || region.querySelector(`[data-shown="${kind}"]`)) return;
  const item = document.createElement('div');
  item.dataset['shown'] = kind;
  region.append(item);
  const wasHidden = region.hidden;
  region.hidden = false;
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
