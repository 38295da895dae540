import type { KitCard, KitTemplate } from '../../schemas/kit.ts';
import type { ContentCorpus, Located } from './corpus.ts';
import type { Diagnostic } from './diagnostic.ts';

type Entry = Located<KitTemplate> | Located<KitCard>;

function diag(entry: Entry, path: readonly PropertyKey[], message: string, hint: string): Diagnostic {
  return { file: entry.file, ...entry.locate(path), message, hint };
}

/** Every `refs:` list of a template or card, with its path in the file. */
function refLists(entry: Entry): { path: PropertyKey[]; ids: readonly string[] }[] {
  const data = entry.data;
  const lists: { path: PropertyKey[]; ids: readonly string[] }[] = [{ path: ['refs'], ids: data.refs }];
  if ('steps' in data) data.steps.forEach((step, i) => lists.push({ path: ['steps', i, 'refs'], ids: step.refs }));
  else data.limits.forEach((limit, i) => lists.push({ path: ['limits', i, 'refs'], ids: limit.refs }));
  return lists;
}

/**
 * The field kit's cross-file rules: one id per tool across templates and cards (they share /perangkat/<id>/), every
 * lesson a tool names exists, every legal reference it cites exists, a card or template states at least one, and
 * field and column ids are unique within their template (drafts are keyed by them).
 */
export function checkKitReferences(corpus: ContentCorpus): Diagnostic[] {
  const lessons = new Set(corpus.lessons.map((l) => l.data.id));
  const references = new Set(corpus.references.map((r) => r.data.id));
  const out: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const entry of [...corpus.kitTemplates, ...corpus.kitCards] as Entry[]) {
    const first = seen.get(entry.data.id);
    if (first) {
      out.push(
        diag(
          entry,
          ['id'],
          `id perangkat "${entry.data.id}" sudah dipakai di ${first}`,
          'templat dan kartu berbagi alamat /perangkat/<id>/: beri id yang belum dipakai',
        ),
      );
    } else seen.set(entry.data.id, entry.file);
    entry.data.lessons.forEach((id, i) => {
      if (!lessons.has(id)) {
        out.push(
          diag(entry, ['lessons', i], `kolom "lessons": pelajaran "${id}" tidak ada`, 'periksa ejaan id pelajaran'),
        );
      }
    });
    const lists = refLists(entry);
    for (const { path, ids } of lists) {
      ids.forEach((id, i) => {
        if (!references.has(id)) {
          out.push(
            diag(
              entry,
              [...path, i],
              `rujukan hukum "${id}" tidak ada`,
              'periksa ejaan id, atau tambahkan rujukan itu ke content/legal/references.yaml bersama sumbernya',
            ),
          );
        }
      });
    }
    if (lists.every((l) => l.ids.length === 0)) {
      out.push(
        diag(
          entry,
          ['id'],
          'perangkat ini tidak mengutip rujukan apa pun',
          'tambahkan kolom refs dengan id dari content/legal/references.yaml yang mendasari isinya',
        ),
      );
    }
    if ('blocks' in entry.data) out.push(...duplicateFieldIds(entry as Located<KitTemplate>));
  }
  return out;
}

function duplicateFieldIds(entry: Located<KitTemplate>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fields = new Set<string>();
  entry.data.blocks.forEach((block, i) => {
    if (!('id' in block)) return;
    if (fields.has(block.id)) {
      out.push(
        diag(entry, ['blocks', i, 'id'], `isian "${block.id}" disebut dua kali`, 'beri setiap isian id sendiri'),
      );
    }
    fields.add(block.id);
    if (block.type !== 'field-table') return;
    const columns = new Set<string>();
    block.columns.forEach((column, j) => {
      if (columns.has(column.id)) {
        out.push(
          diag(
            entry,
            ['blocks', i, 'columns', j, 'id'],
            `kolom "${column.id}" disebut dua kali`,
            'beri setiap kolom id sendiri',
          ),
        );
      }
      columns.add(column.id);
    });
  });
  return out;
}
