import { ui } from '../../i18n/id.ts';

/** The tags whose text names the tables after them. */
export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Names the scrolling region of each table of one page, in document order. */
export interface RegionNamer {
  /** A heading's text: it names the tables that follow it and have no caption. */
  heading(text: string): void;
  /** The next table's region name: its caption, else the last heading's text, numbered when the page repeats it. */
  table(caption: string | undefined): string;
}

/** A region namer for one page. */
export function createRegionNamer(): RegionNamer {
  let last = '';
  const seen = new Map<string, number>();
  return {
    heading(text) {
      last = text.trim();
    },
    table(caption) {
      const name = (caption === undefined ? last : caption.trim()) || ui.lesson.table;
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      return count === 1 ? name : `${name} (${String(count)})`;
    },
  };
}

/** The properties of the region a table goes in. */
export const regionProperties = (name: string) => ({
  className: ['table-scroll'],
  role: 'region',
  tabIndex: 0,
  ariaLabel: name,
});
