import { Workbox } from 'workbox-window';
import type { OfflineFile } from '../../integrations/service-worker.ts';
import { localStorageOrNull } from '../platform/local-storage.ts';
import { CHOICE_KEY } from './choice.ts';

type Choice = 'accepted' | 'dismissed';

function storedChoice(): Choice | undefined {
  try {
    const value = localStorageOrNull()?.getItem(CHOICE_KEY);
    return value === 'accepted' || value === 'dismissed' ? value : undefined;
  } catch {
    return undefined;
  }
}

function rememberChoice(choice: Choice): void {
  try {
    localStorageOrNull()?.setItem(CHOICE_KEY, choice);
  } catch {
    // Storage blocked (some private modes): the offer simply shows again on the next page.
  }
}

type Message = 'saving' | 'saved' | 'failed' | 'stored' | 'unsupported';

/**
 * Wires the "Simpan untuk offline" offer, the /progres panel (when the page has one) and the "Versi baru tersedia"
 * prompt to the Workbox service worker. The offer shows until the learner answers it once; the panel always says
 * whether the course is saved and offers to save it. Status messages come from the offer's data attributes
 * (data-saving, data-saved, ...), rendered from the UI dictionary at build time so the dictionary never ships.
 */
export async function initOffline(offer: HTMLElement, update: HTMLElement, panel: HTMLElement | null): Promise<void> {
  // Both the offer and the panel: question, actions and a status line.
  const boxes = [offer, panel].filter((box): box is HTMLElement => box !== null);
  const say = (key: Message) => {
    for (const box of boxes) {
      const status = box.querySelector<HTMLElement>('[data-status]');
      if (status) status.textContent = offer.dataset[key] ?? '';
    }
  };
  // A final state: the question and its buttons give way to the message.
  const settle = (key: Message) => {
    for (const box of boxes) for (const el of box.querySelectorAll('[data-question], [data-actions]')) el.remove();
    say(key);
  };

  if (!('serviceWorker' in navigator)) {
    settle('unsupported');
    return;
  }
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
    // Saved before: keep the worker registered so new versions are found. A device saved before the answer was kept
    // records it now, so later pages never show the offer.
    settle('stored');
    if (storedChoice() !== 'accepted') {
      rememberChoice('accepted');
      offer.hidden = true;
    }
    await wb.register();
    return;
  }
  // On /progres the panel is the offer; elsewhere the offer asks until answered, in this tab or another.
  if (panel === null && storedChoice() !== undefined) return;

  let info: OfflineFile;
  try {
    info = (await (await fetch('/offline.json')).json()) as OfflineFile;
  } catch {
    return;
  }
  for (const box of boxes) {
    const size = box.querySelector<HTMLElement>('[data-size]');
    if (size) size.textContent = `(${info.size})`;
  }
  offer.hidden = panel !== null;
  window.addEventListener('storage', (event) => {
    if (event.key === CHOICE_KEY && event.newValue) offer.hidden = true;
  });

  const accepts = boxes.flatMap((box) => [...box.querySelectorAll<HTMLButtonElement>('[data-action="accept"]')]);
  const fail = () => {
    for (const button of accepts) button.disabled = false;
    say('failed');
  };
  wb.addEventListener('activated', () => {
    rememberChoice('accepted');
    // The confirmation stays until the next page, which the stored answer keeps clear of the offer: hiding it here,
    // with no input to explain it, would move the page under the learner's eyes.
    settle('saved');
  });
  // A file that could not be downloaded (lost signal, full storage) makes the new worker redundant: say so and let the
  // learner try again instead of leaving "Menyimpan…" on screen forever.
  wb.addEventListener('redundant', fail);
  for (const accept of accepts) {
    accept.addEventListener('click', () => {
      for (const button of accepts) button.disabled = true;
      say('saving');
      wb.register().catch(fail);
    });
  }
  offer.querySelector('[data-action="dismiss"]')?.addEventListener('click', () => {
    rememberChoice('dismissed');
    offer.hidden = true;
    // The stored answer hides the offer before the first paint of every later page (see OfflineOffer.astro).
  });
}
