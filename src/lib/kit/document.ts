// One model of a filled-in field-kit template, read by every output: the printable page, the PDF and the DOCX. Pure:
// the template comes from the content collection (through the page's data block), the values from the draft.
import type { KitDraftValue } from '../../schemas/progress.ts';
import type { KitBlock, KitTemplate } from '../../schemas/kit.ts';
import { formatDate } from '../../i18n/format.ts';

/** A template as the tool page hands it to the browser: its blocks, with each limit's citations spelled out. */
export interface KitTemplateView {
  readonly id: string;
  readonly title: string;
  readonly document: string;
  readonly status: string;
  readonly blocks: readonly KitBlock[];
  /** Each legal limit with the short citations of its references, e.g. "UU 12/2022 Pasal 23". */
  readonly limits: readonly { readonly text: string; readonly cites: readonly string[] }[];
}

/** A table's rows: one record per row, by column id. */
export type KitRows = readonly Readonly<Record<string, string>>[];

/** One part of the document, in order. */
export type KitDocPart =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly label: string; readonly value: string }
  | {
      readonly kind: 'table';
      readonly label: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

/** The filled-in document: its title, its parts, and the limits and status printed under it. */
export interface KitDocument {
  readonly title: string;
  readonly parts: readonly KitDocPart[];
  readonly limits: KitTemplateView['limits'];
  readonly status: string;
}

/** Shown on paper where a field was left empty, so that a reader sees it was not filled in rather than lost. */
export const EMPTY_VALUE = '-';

/** The view of a template that the tool page embeds, with `cite` turning a reference id into its short citation. */
export function templateView(template: KitTemplate, cite: (refId: string) => string): KitTemplateView {
  return {
    id: template.id,
    title: template.title,
    document: template.document,
    status: template.status,
    blocks: template.blocks,
    limits: template.limits.map((limit) => ({ text: limit.text, cites: limit.refs.map(cite) })),
  };
}

const textOf = (value: KitDraftValue | undefined): string => (typeof value === 'string' ? value.trim() : '');

/** "2026-12-02" (a date input's value) as "2 Desember 2026"; anything else as typed. */
function dateText(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? formatDate(date) : value;
}

/** A table's non-empty rows (a row whose every cell is blank is left out). */
export function tableRows(value: KitDraftValue | undefined, columns: readonly string[]): string[][] {
  if (!Array.isArray(value)) return [];
  return value
    .map((row) => columns.map((column) => (row[column] ?? '').trim()))
    .filter((cells) => cells.some((cell) => cell !== ''));
}

/** The document of a template filled with the draft's values; unknown keys in the values are ignored. */
export function buildKitDocument(
  template: KitTemplateView,
  values: Readonly<Record<string, KitDraftValue>>,
): KitDocument {
  const parts = template.blocks.map((block): KitDocPart => {
    switch (block.type) {
      case 'heading':
      case 'text':
        return { kind: block.type, text: block.text };
      case 'field-table': {
        const ids = block.columns.map((c) => c.id);
        return {
          kind: 'table',
          label: block.label,
          columns: block.columns.map((c) => c.label),
          rows: tableRows(values[block.id], ids),
        };
      }
      case 'field-date':
        return { kind: 'field', label: block.label, value: dateText(textOf(values[block.id])) || EMPTY_VALUE };
      default:
        return { kind: 'field', label: block.label, value: textOf(values[block.id]) || EMPTY_VALUE };
    }
  });
  return { title: template.document, parts, limits: template.limits, status: template.status };
}

/** A file name for the document, e.g. "laporan-informasi-2026-12-02". */
export function kitFileName(templateId: string, now: Date): string {
  return `${templateId}-${now.toISOString().slice(0, 10)}`;
}
