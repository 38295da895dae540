/**
 * The learner's answer to the "Simpan untuk offline" offer ("accepted" or "dismissed"), kept in localStorage across
 * tabs and visits. Read by register.ts and, before the first paint, by the inline script in OfflineOffer.astro.
 */
export const CHOICE_KEY = 'sinergi:offline-choice:v1';
