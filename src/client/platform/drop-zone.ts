// The one wiring of a file drop zone (/progres imports a progress file, /satuan reads members' files): the zone holds
// a real file input, so a keyboard or screen-reader user chooses files the ordinary way, and a mouse user may drop
// them on the zone instead. Markup: an element with class "dropzone" that contains the input; CSS highlights
// ".dropzone.is-over" while files are dragged over it.

/** Class the zone carries while files are dragged over it. */
export const DRAG_OVER_CLASS = 'is-over';

/** Sends the files chosen in `input` or dropped on `zone` to `take`, and highlights the zone during a drag. */
export function wireDropZone(zone: HTMLElement, input: HTMLInputElement, take: (files: File[]) => void): void {
  input.addEventListener('change', () => {
    take([...(input.files ?? [])]);
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add(DRAG_OVER_CLASS);
  });
  zone.addEventListener('dragleave', () => {
    zone.classList.remove(DRAG_OVER_CLASS);
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove(DRAG_OVER_CLASS);
    take([...(event.dataTransfer?.files ?? [])]);
  });
}
