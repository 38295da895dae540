/**
 * A relay that hands items on in the order their work started, whatever order it finishes in. `begin()` is called
 * as a piece of work starts and returns the function that takes its result (nothing for work that yields no item).
 * An item whose work finished early waits for every earlier-started one. Pagefind numbers pages in the order it
 * receives them, so relaying rendered pages this way gives the same index on every build.
 */
export function inStartOrder<T>(send: (item: T) => void): () => (item?: T) => void {
  const finished = new Map<number, T | undefined>();
  let started = 0;
  let sent = 0;
  return () => {
    const ticket = started++;
    return (item) => {
      finished.set(ticket, item);
      while (finished.has(sent)) {
        const next = finished.get(sent);
        finished.delete(sent++);
        if (next !== undefined) send(next);
      }
    };
  };
}
