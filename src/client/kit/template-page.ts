// The template page of the field kit (/perangkat/<id>/): fills the form from the saved draft, saves the draft as the
// user types (with the progress record, so it is exported and imported with it), and produces the printable page,
// the PDF and the DOCX from one document model (src/lib/kit/document.ts). PDF and DOCX code load on demand.
import { ui } from '../../i18n/id.ts';
import { buildKitDocument, kitFileName, type KitDocument, type KitTemplateView } from '../../lib/kit/document.ts';
import type { KitDraftValue } from '../../schemas/progress.ts';
import { downloadFile } from '../platform/download.ts';
import { discardKitDraft, loadProgress, saveKitDraft, subscribe } from '../progress/api.ts';

type Values = Record<string, KitDraftValue>;
type TableBlock = Extract<KitTemplateView['blocks'][number], { type: 'field-table' }>;

const SAVE_DELAY_MS = 300;
const k = ui.kit;

function tableBlocks(view: KitTemplateView): TableBlock[] {
  return view.blocks.filter((b): b is TableBlock => b.type === 'field-table');
}

/** One row of a table field: a group of labelled inputs, one per column, and its remove button. */
function rowElement(block: TableBlock, index: number, cells: Readonly<Record<string, string>>): HTMLFieldSetElement {
  const row = document.createElement('fieldset');
  row.className = 'row';
  row.dataset['row'] = '';
  const legend = document.createElement('legend');
  legend.textContent = k.row(index + 1);
  row.append(legend);
  for (const column of block.columns) {
    const id = `isian-${block.id}-${index}-${column.id}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = column.label;
    const input = document.createElement('input');
    input.id = id;
    input.type = 'text';
    input.dataset['column'] = column.id;
    input.value = cells[column.id] ?? '';
    row.append(label, input);
  }
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'button secondary';
  remove.dataset['removeRow'] = '';
  remove.textContent = k.removeRow(index + 1);
  row.append(remove);
  return row;
}

function renderRows(form: HTMLFormElement, block: TableBlock, rows: readonly Readonly<Record<string, string>>[]): void {
  const holder = form.querySelector(`[data-table="${block.id}"] [data-rows]`);
  if (!holder) return;
  // An empty table still shows one row to type into.
  const shown = rows.length > 0 ? rows : [{}];
  holder.replaceChildren(...shown.map((cells, i) => rowElement(block, i, cells)));
}

function readRows(form: HTMLFormElement, block: TableBlock): Record<string, string>[] {
  const rows = form.querySelectorAll<HTMLElement>(`[data-table="${block.id}"] [data-row]`);
  return [...rows].map((row) =>
    Object.fromEntries(
      [...row.querySelectorAll<HTMLInputElement>('input[data-column]')].map((i) => [
        i.dataset['column'] ?? '',
        i.value,
      ]),
    ),
  );
}

function readValues(form: HTMLFormElement, view: KitTemplateView): Values {
  const values: Values = {};
  for (const block of view.blocks) {
    if (block.type === 'field-table') values[block.id] = readRows(form, block);
    else if ('id' in block) {
      const input = form.elements.namedItem(block.id);
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) values[block.id] = input.value;
    }
  }
  return values;
}

function fillForm(form: HTMLFormElement, view: KitTemplateView, values: Values): void {
  for (const block of view.blocks) {
    const value = 'id' in block ? values[block.id] : undefined;
    if (block.type === 'field-table') renderRows(form, block, Array.isArray(value) ? value : []);
    else if ('id' in block) {
      const input = form.elements.namedItem(block.id);
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
        input.value = typeof value === 'string' ? value : '';
      }
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** The printable page: the document as plain HTML in the print-only holder. */
function renderPrint(holder: HTMLElement, doc: KitDocument): void {
  const nodes: HTMLElement[] = [element('h1', doc.title)];
  for (const part of doc.parts) {
    if (part.kind === 'heading') nodes.push(element('h2', part.text));
    else if (part.kind === 'text') nodes.push(element('p', part.text));
    else if (part.kind === 'field') {
      const p = element('p');
      p.append(element('strong', `${part.label}: `), element('span', part.value, 'value'));
      nodes.push(p);
    } else {
      nodes.push(element('p', part.label, 'table-label'));
      const table = element('table');
      const head = element('tr');
      head.append(...part.columns.map((c) => element('th', c)));
      table.append(
        head,
        ...part.rows.map((cells) => {
          const tr = element('tr');
          tr.append(...cells.map((c) => element('td', c, 'value')));
          return tr;
        }),
      );
      nodes.push(table);
    }
  }
  if (doc.limits.length > 0) {
    nodes.push(element('h2', k.limits));
    const list = element('ul', undefined, 'small');
    list.append(...doc.limits.map((l) => element('li', `${l.text} (${l.cites.join('; ')})`)));
    nodes.push(list);
  }
  nodes.push(element('p', `${k.status}: ${doc.status} ${k.printedFrom}.`, 'small'));
  holder.replaceChildren(...nodes);
}

/** Starts the template page: restores the draft, saves changes, wires the output buttons. */
export function startTemplatePage(): void {
  const data = document.getElementById('kit-template')?.textContent;
  const form = document.querySelector<HTMLFormElement>('[data-kit-form]');
  const status = document.querySelector<HTMLElement>('[data-kit-status]');
  const printHolder = document.querySelector<HTMLElement>('[data-kit-print]');
  if (!data || !form || !status || !printHolder) return;
  const view = JSON.parse(data) as KitTemplateView;
  const draftNow = () => loadProgress().kitDrafts?.[view.id];
  const showSaved = (at: string | undefined) => {
    status.textContent = at
      ? k.saved(new Date(at).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' }))
      : k.notSaved;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    saveKitDraft(view.id, readValues(form, view));
    showSaved(draftNow()?.updatedAt);
  };
  // Text typed before this script ran (a slow phone on a slow network) is the newest work: keep it and save it
  // instead of writing the stored draft over it.
  const typedEarly = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some(
    (input) => input.value !== input.defaultValue,
  );
  if (typedEarly) save();
  else {
    fillForm(form, view, draftNow()?.values ?? {});
    showSaved(draftNow()?.updatedAt);
  }
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  form.addEventListener('input', saveSoon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  // Leaving the page (or hiding the tab) writes what was typed in the last moments.
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) save();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) save();
  });
  // Another tab saved or an import merged a newer draft: show it unless the user is typing here.
  subscribe((progress) => {
    if (timer !== undefined || form.contains(document.activeElement)) return;
    fillForm(form, view, progress.kitDrafts?.[view.id]?.values ?? {});
    showSaved(progress.kitDrafts?.[view.id]?.updatedAt);
  });

  form.addEventListener('click', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const fieldset = target?.closest<HTMLElement>('[data-table]');
    const block = tableBlocks(view).find((b) => b.id === fieldset?.dataset['table']);
    if (!target || !block) return;
    const rows = readRows(form, block);
    if (target.closest('[data-add-row]')) {
      renderRows(form, block, [...rows, {}]);
      const inputs = fieldset?.querySelectorAll<HTMLInputElement>('[data-row]:last-of-type input');
      inputs?.[0]?.focus();
    } else if (target.closest('[data-remove-row]')) {
      const row = target.closest('[data-row]');
      const index = [...(fieldset?.querySelectorAll('[data-row]') ?? [])].indexOf(row as Element);
      renderRows(
        form,
        block,
        rows.filter((_, i) => i !== index),
      );
      fieldset?.querySelector<HTMLButtonElement>('[data-add-row]')?.focus();
    } else return;
    save();
  });

  const currentDocument = () => buildKitDocument(view, readValues(form, view));
  const print = () => {
    renderPrint(printHolder, currentDocument());
  };
  window.addEventListener('beforeprint', print);

  const actions: Record<string, () => Promise<void> | void> = {
    print: () => {
      print();
      window.print();
    },
    pdf: async () => {
      const { kitPdf } = await import('./pdf.ts');
      const bytes = (await kitPdf(currentDocument())) as Uint8Array<ArrayBuffer>;
      downloadFile(`${kitFileName(view.id, new Date())}.pdf`, bytes, 'application/pdf');
    },
    docx: async () => {
      const { kitDocx } = await import('./docx.ts');
      downloadFile(
        `${kitFileName(view.id, new Date())}.docx`,
        await kitDocx(currentDocument()),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    },
    discard: () => {
      if (!window.confirm(k.discardConfirm)) return;
      clearTimeout(timer);
      timer = undefined;
      discardKitDraft(view.id);
      fillForm(form, view, {});
      showSaved(undefined);
    },
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-kit-action]')) {
    const run = async () => {
      const action = actions[button.dataset['kitAction'] ?? ''];
      if (!action) return;
      const isFile = button.dataset['kitAction'] === 'pdf' || button.dataset['kitAction'] === 'docx';
      if (isFile) status.textContent = k.preparing;
      try {
        await action();
        if (isFile) showSaved(draftNow()?.updatedAt);
      } catch {
        status.textContent = k.failed;
      }
    };
    button.addEventListener('click', () => {
      void run();
    });
  }
}
