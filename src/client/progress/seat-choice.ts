// The home page's "Anda bertugas di fungsi apa?": saves the learner's answer (their function, or that they skipped the
// question). Which block shows, the question or that function's "Jalur Anda", is decided before the first paint by
// the inline script in SeatPath.astro, which this script tells about an answer through SEAT_EVENT. Its texts come
// from the page, and the store and the seat schema load only once the learner answers.
import { localStorageOrNull } from '../platform/local-storage.ts';
import { loadProgressApi } from './load-api.ts';

/** localStorage key remembering that the learner answered (or skipped) the question, so it is not asked again. */
export const SEAT_ASKED_KEY = 'sinergi:seat-question:v1';

/** DOM event carrying a new answer (`detail`: the seat id, or null when skipped) to the pre-paint script. */
export const SEAT_EVENT = 'sinergi:seat-chosen';

/** Name of the question's select: the form sends `?seat=<id>` when submitted before this script is ready. */
export const SEAT_FIELD = 'seat';

/** Name of the "Lewati" button: the form sends `?seat-skip=1` when it is pressed before this script is ready. */
export const SEAT_SKIP_FIELD = 'seat-skip';

function rememberAsked(answer: 'chosen' | 'skipped'): void {
  try {
    localStorageOrNull()?.setItem(SEAT_ASKED_KEY, answer);
  } catch {
    // Storage blocked: the question is asked again on the next visit, and nothing else depends on it.
  }
}

function announce(answer: string | null): void {
  window.dispatchEvent(new CustomEvent(SEAT_EVENT, { detail: answer }));
}

/**
 * Shows the chosen function's path at once, then saves it. The question counts as answered only once the function is
 * saved: leaving the page before the store has loaded then asks again, instead of hiding both the question and a path.
 */
function choose(value: string): void {
  announce(value);
  document.getElementById(`jalur-${value}`)?.focus();
  void Promise.all([loadProgressApi(), import('../../schemas/common.ts')]).then(([{ saveSeat }, { SeatSchema }]) => {
    const seat = SeatSchema.safeParse(value);
    if (!seat.success) return;
    saveSeat(seat.data);
    rememberAsked('chosen');
  });
}

function skip(status: HTMLElement | null): void {
  rememberAsked('skipped');
  announce(null);
  if (!status) return;
  status.textContent = status.dataset['skipped'] ?? '';
  status.focus();
}

/**
 * Takes the answer the form sent before this script was ready (in the address, shown by the pre-paint script) as if
 * it had been given now, and removes it from the address so a reload or a bookmark does not send it again.
 */
function takeSentAnswer(select: HTMLSelectElement, status: HTMLElement | null): void {
  const url = new URL(location.href);
  const value = url.searchParams.get(SEAT_FIELD) ?? '';
  const skipped = url.searchParams.has(SEAT_SKIP_FIELD);
  if (!skipped && !value) return;
  if (skipped) skip(status);
  else if ([...select.options].some((option) => option.value === value)) choose(value);
  url.searchParams.delete(SEAT_FIELD);
  url.searchParams.delete(SEAT_SKIP_FIELD);
  history.replaceState(history.state, '', url);
}

/**
 * Wires the question's form: "Tampilkan jalur saya" saves the chosen function, "Lewati" only remembers the answer, and
 * an answer sent before this script was ready is taken from the address.
 */
export function wireSeatQuestion(form: HTMLFormElement): void {
  const select = form.querySelector('select');
  const status = document.querySelector<HTMLElement>('[data-seat-status]');
  if (!select) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (event.submitter?.hasAttribute('data-seat-skip')) {
      skip(status);
      return;
    }
    if (!select.value) {
      select.focus();
      return;
    }
    choose(select.value);
  });
  takeSentAnswer(select, status);
}
