// The home page's "Anda bertugas di fungsi apa?": saves the learner's answer (their function, or that they skipped the
// question). Which block shows, the question or that function's "Jalur Anda", is decided before the first paint by
// the inline script in SeatPath.astro, which this script tells about an answer through SEAT_EVENT. Its texts come
// from the page, and the store and the seat schema load only once the learner answers.
import { localStorageOrNull } from '../platform/local-storage.ts';

/** localStorage key remembering that the learner answered (or skipped) the question, so it is not asked again. */
export const SEAT_ASKED_KEY = 'sinergi:seat-question:v1';

/** DOM event carrying a new answer (`detail`: the seat id, or null when skipped) to the pre-paint script. */
export const SEAT_EVENT = 'sinergi:seat-chosen';

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

/** Wires the question's form: "Tampilkan jalur saya" saves the chosen function, "Lewati" only remembers the answer. */
export function wireSeatQuestion(form: HTMLFormElement): void {
  const select = form.querySelector('select');
  const status = document.querySelector<HTMLElement>('[data-seat-status]');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = select?.value ?? '';
    if (!value) {
      select?.focus();
      return;
    }
    rememberAsked('chosen');
    announce(value);
    document.getElementById(`jalur-${value}`)?.focus();
    void Promise.all([import('./api.ts'), import('../../schemas/common.ts')]).then(([{ saveSeat }, { SeatSchema }]) => {
      const seat = SeatSchema.safeParse(value);
      if (seat.success) saveSeat(seat.data);
    });
  });
  form.querySelector('[data-seat-skip]')?.addEventListener('click', () => {
    rememberAsked('skipped');
    announce(null);
    if (!status) return;
    status.textContent = status.dataset['skipped'] ?? '';
    status.focus();
  });
}
