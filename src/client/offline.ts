import { Workbox } from 'workbox-window';
import type { OfflineFile } from '../integrations/service-worker.ts';

const DISMISS_KEY = 'sinergi:offline-dismissed:v1';

function wasDismissed(): boolean {
  try {
    return sessionStorage.getItem(DISMISS_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberDismissal(): void {
  try {
    sessionStorage.setItem(DISMISS_KEY, '1');
  } catch {
    // Private mode without storage: the offer simply shows again on the next page.
  }
}

/**
 * Wires the "Simpan untuk offline" offer and the "Versi baru tersedia" prompt to the Workbox service worker.
 * Status messages come from the offer's data attributes (data-saving, data-saved, data-failed), rendered from the
 * UI dictionary at build time so the dictionary never ships to the browser.
 */
export async function initOffline(offer: HTMLElement, update: HTMLElement): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const status = offer.querySelector<HTMLElement>('[data-status]');
  const say = (key: 'saving' | 'saved' | 'failed') => {
    if (status) status.textContent = offer.dataset[key] ?? '';
  };
  const wb = new Workbox('/sw.js');

  wb.addEventListener('waiting', () => {
    update.hidden = false;
  });
  update.querySelector('button')?.addEventListener('click', () => {
    wb.addEventListener('controlling', () => {
      window.location.reload();
    });
    wb.messageSkipWaiting();
  });

  if (await navigator.serviceWorker.getRegistration()) {
    // Saved before: keep the worker registered so new versions are found.
    await wb.register();
    return;
  }
  if (wasDismissed()) return;

  let info: OfflineFile;
  try {
    info = (await (await fetch('/offline.json')).json()) as OfflineFile;
  } catch {
    return;
  }
  const size = offer.querySelector<HTMLElement>('[data-size]');
  if (size) size.textContent = info.size;
  offer.hidden = false;

  const accept = offer.querySelector<HTMLButtonElement>('[data-action="accept"]');
  const fail = () => {
    if (accept) accept.disabled = false;
    say('failed');
  };
  wb.addEventListener('activated', () => {
    say('saved');
    offer.querySelector('[data-actions]')?.remove();
    // Leave the confirmation long enough to read, then give the screen back.
    setTimeout(() => {
      offer.hidden = true;
    }, 8000);
  });
  // A file that could not be downloaded (lost signal, full storage) makes the new worker redundant: say so and let the
  // learner try again instead of leaving "Menyimpan…" on screen forever.
  wb.addEventListener('redundant', fail);
  accept?.addEventListener('click', () => {
    accept.disabled = true;
    say('saving');
    wb.register().catch(fail);
  });
  offer.querySelector('[data-action="dismiss"]')?.addEventListener('click', () => {
    rememberDismissal();
    offer.hidden = true;
  });
}
