// Lesson pages: marks the lesson visited once its end has been on screen. Framework-free and without zod.
import { WRITTEN_EVENT } from '../../lib/progress/keys.ts';
import { localStorageOrNull, requestPersistence } from '../platform/local-storage.ts';
import { recordLessonVisit } from './lesson-visit.ts';
import { showNotice } from './notice.ts';
import { loadProgressApi } from './load-api.ts';

function record(lessonId: string) {
  const outcome = recordLessonVisit(localStorageOrNull(), lessonId, () => new Date());
  if (outcome === 'saved') requestPersistence();
  if (outcome === 'corrupted') showNotice(outcome);
  if (outcome === 'saved' || outcome === 'corrupted') {
    window.dispatchEvent(new Event(WRITTEN_EVENT));
    return;
  }
  // Storage full, blocked, or holding a newer version's record: the full store (loaded only now) keeps the visit
  // aside and tells the learner where it is.
  void loadProgressApi().then(({ markLessonVisited }) => {
    markLessonVisited(lessonId);
  });
}

/** Watches the end-of-lesson marker and records the visit the first time it is reached. */
export function watchLessonEnd(): void {
  const marker = document.querySelector<HTMLElement>('[data-lesson-end]');
  const lessonId = marker?.dataset['lessonId'];
  if (!marker || !lessonId) return;
  if (!('IntersectionObserver' in window)) {
    record(lessonId);
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      record(lessonId);
    }
  });
  observer.observe(marker);
}
