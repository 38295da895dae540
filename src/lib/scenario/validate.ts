import { distance } from 'fastest-levenshtein';
import type { Scenario, ScenarioGuard } from '../../schemas/scenario.ts';
import type { Located } from '../content/corpus.ts';
import type { Diagnostic } from '../content/diagnostic.ts';
import { analyzeScenario } from './analyze.ts';

type Path = readonly PropertyKey[];

function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(k, id);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function listOr(known: readonly string[], empty: string): string {
  return known.length > 0 ? known.join(', ') : empty;
}

/**
 * Semantic checks of one scenario, located at the node, choice or field to edit: ids, references to nodes,
 * scores, flags and function cards, and the graph (see analyzeScenario). Messages are Indonesian.
 */
export function validateScenario(entry: Located<Scenario>, functionIds: ReadonlySet<string>): Diagnostic[] {
  const { data: scenario } = entry;
  const out: Diagnostic[] = [];
  const report = (path: Path, message: string, hint: string, key = false) =>
    out.push({ file: entry.file, ...entry.locate(path, { key }), message, hint });

  const scoreIds = scenario.scores.map((s) => s.id);
  const flagIds = scenario.flags;
  const nodeIds = new Set(scenario.nodes.map((n) => n.id));
  const scoreSet = new Set<string>();
  scenario.scores.forEach((s, i) => {
    if (scoreSet.has(s.id))
      report(['scores', i, 'id'], `id skor "${s.id}" dideklarasikan dua kali`, 'hapus salah satunya');
    scoreSet.add(s.id);
  });
  const flagSet = new Set<string>();
  flagIds.forEach((f, i) => {
    if (flagSet.has(f)) report(['flags', i], `penanda "${f}" dideklarasikan dua kali`, 'hapus salah satunya');
    flagSet.add(f);
  });

  const checkGuard = (guard: ScenarioGuard | undefined, path: Path): void => {
    if (!guard) return;
    if ('all' in guard)
      guard.all.forEach((g, i) => {
        checkGuard(g, [...path, 'all', i]);
      });
    else if ('any' in guard)
      guard.any.forEach((g, i) => {
        checkGuard(g, [...path, 'any', i]);
      });
    else if ('score' in guard) {
      if (!scoreSet.has(guard.score)) {
        const near = closest(guard.score, scoreSet);
        report(
          [...path, 'score'],
          `syarat menyebut skor "${guard.score}" yang tidak dideklarasikan`,
          near
            ? `mungkin maksud Anda "${near}"?`
            : `skor yang dideklarasikan di "scores:": ${listOr(scoreIds, '(belum ada)')}`,
        );
      }
    } else {
      const [field, flag] = 'flag' in guard ? ['flag', guard.flag] : ['notFlag', guard.notFlag];
      if (!flagSet.has(flag)) {
        const near = closest(flag, flagSet);
        report(
          [...path, field],
          `syarat menyebut penanda "${flag}" yang tidak dideklarasikan`,
          near ? `mungkin maksud Anda "${near}"?` : `tambahkan "${flag}" ke daftar "flags:" atau perbaiki ejaannya`,
        );
      }
    }
  };

  if (!nodeIds.has(scenario.start)) {
    const near = closest(scenario.start, nodeIds);
    report(
      ['start'],
      `simpul awal "${scenario.start}" tidak ada`,
      near ? `mungkin maksud Anda "${near}"?` : 'isi "start:" dengan id salah satu simpul',
    );
  }

  const firstNode = new Map<string, number>();
  scenario.nodes.forEach((node, i) => {
    const at = ['nodes', i];
    const first = firstNode.get(node.id);
    if (first !== undefined) {
      report(
        [...at, 'id'],
        `id simpul "${node.id}" sudah dipakai oleh simpul ke-${first + 1}`,
        'setiap simpul perlu id yang unik: ganti salah satunya',
      );
    } else firstNode.set(node.id, i);
    checkGuard(node.when, [...at, 'when']);
    if (node.ending && node.choices.length > 0) {
      report(
        [...at, 'choices'],
        `simpul akhir "${node.id}" tidak boleh punya pilihan`,
        'hapus "choices:" dari simpul ini, atau hapus "ending:" bila cerita masih berlanjut',
        true,
      );
    }
    const choiceSeen = new Set<string>();
    node.choices.forEach((choice, j) => {
      const cat = [...at, 'choices', j];
      if (choiceSeen.has(choice.id)) {
        report(
          [...cat, 'id'],
          `id pilihan "${choice.id}" dipakai dua kali di simpul "${node.id}"`,
          'setiap pilihan dalam satu simpul perlu id yang unik',
        );
      }
      choiceSeen.add(choice.id);
      if (!nodeIds.has(choice.to)) {
        const near = closest(choice.to, nodeIds);
        report(
          [...cat, 'to'],
          `pilihan "${choice.id}" di simpul "${node.id}" menuju simpul "${choice.to}" yang tidak ada`,
          near ? `mungkin maksud Anda "${near}"?` : `tambahkan simpul dengan id "${choice.to}", atau perbaiki "to:"`,
        );
      }
      for (const key of Object.keys(choice.effects)) {
        if (!scoreSet.has(key)) {
          const near = closest(key, scoreSet);
          report(
            [...cat, 'effects', key],
            `pilihan "${choice.id}" mengubah skor "${key}" yang tidak dideklarasikan`,
            near
              ? `mungkin maksud Anda "${near}"?`
              : `skor yang dideklarasikan di "scores:": ${listOr(scoreIds, '(belum ada)')}`,
            true,
          );
        }
      }
      choice.set.forEach((flag, k) => {
        if (!flagSet.has(flag)) {
          report(
            [...cat, 'set', k],
            `pilihan "${choice.id}" memasang penanda "${flag}" yang tidak dideklarasikan`,
            `tambahkan "${flag}" ke daftar "flags:" atau perbaiki ejaannya`,
          );
        }
      });
      if (choice.consult !== undefined && !functionIds.has(choice.consult)) {
        const near = closest(choice.consult, functionIds);
        report(
          [...cat, 'consult'],
          `pilihan "${choice.id}" berkonsultasi ke fungsi "${choice.consult}" yang tidak punya kartu fungsi`,
          near
            ? `mungkin maksud Anda "${near}"?`
            : `pakai id kartu di content/functions: ${listOr([...functionIds].sort(), '(belum ada)')}`,
        );
      }
      checkGuard(choice.when, [...cat, 'when']);
    });
  });

  // The graph of a scenario with a choice to nowhere is not the one the author meant: its unreachable endings and stuck
  // nodes would follow from that one mistake, so they are looked for once it is fixed.
  const brokenTarget = scenario.nodes.some((node) => node.choices.some((choice) => !nodeIds.has(choice.to)));
  if (!nodeIds.has(scenario.start) || brokenTarget) return out;
  const analysis = analyzeScenario(scenario);
  const nodeAt = (id: string): Path => ['nodes', firstNode.get(id) ?? 0, 'id'];
  for (const id of analysis.deadEnds) {
    report(
      nodeAt(id),
      `simpul "${id}" bukan akhir tetapi tidak punya pilihan`,
      'tambahkan "choices:" dengan minimal satu pilihan, atau jadikan akhir dengan "ending:"',
    );
  }
  for (const id of analysis.unreachableNodes) {
    report(
      nodeAt(id),
      `simpul "${id}" tidak dapat dicapai dari simpul awal "${scenario.start}"`,
      'tambahkan pilihan yang menuju simpul ini, periksa syarat "when" yang tidak mungkin terpenuhi, atau hapus simpul ini',
    );
  }
  for (const id of analysis.unreachableEndings) {
    report(
      nodeAt(id),
      `akhir "${id}" tidak tercapai oleh jalur mana pun`,
      'tambahkan pilihan yang menuju akhir ini, periksa syarat "when" di jalurnya, atau hapus akhir ini',
    );
  }
  for (const id of analysis.stuckNodes) {
    report(
      nodeAt(id),
      `simpul "${id}" dapat dicapai dalam keadaan semua pilihannya tersembunyi oleh syarat "when"`,
      'tambahkan satu pilihan tanpa syarat, atau longgarkan syarat pilihan-pilihannya',
    );
  }
  for (const group of analysis.traps) {
    report(
      nodeAt(group[0] ?? ''),
      `putaran tanpa jalan keluar: simpul ${group.map((id) => `"${id}"`).join(', ')} tidak pernah menuju akhir`,
      'tambahkan pilihan dari salah satu simpul ini menuju simpul yang berujung pada akhir',
    );
  }
  return out;
}
