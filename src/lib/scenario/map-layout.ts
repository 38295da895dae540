import type { Scenario, ScenarioGuard } from '../../schemas/scenario.ts';
import { analyzeScenario, type ScenarioAnalysis } from './analyze.ts';
import { indexNodes } from './play.ts';

/** A node box of the trainer's flowchart. */
export interface MapBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly ending: boolean;
  readonly reachable: boolean;
}

/** An arrow of the flowchart (one per choice whose target exists). */
export interface MapArrow {
  readonly from: string;
  readonly choiceId: string;
  readonly d: string;
  /** False when its source or target is unreachable. */
  readonly reachable: boolean;
}

/** A flowchart laid out in rows by distance from the start; unreachable nodes go in a last row. */
export interface ScenarioMap {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly MapBox[];
  readonly arrows: readonly MapArrow[];
  readonly analysis: ScenarioAnalysis;
}

/** Box size and gaps of the flowchart, in SVG units. */
export const BOX = { width: 180, height: 44, gapX: 24, gapY: 56 } as const;

/** Lays out a scenario as a top-down flowchart for the trainer's map. Pure. */
export function layoutScenarioMap(scenario: Scenario): ScenarioMap {
  const analysis = analyzeScenario(scenario);
  const nodes = indexNodes(scenario);
  const depth = new Map<string, number>();
  const queue = nodes.has(scenario.start) ? [scenario.start] : [];
  if (queue.length > 0) depth.set(scenario.start, 0);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const node = nodes.get(id);
    for (const c of node?.ending ? [] : (node?.choices ?? [])) {
      if (nodes.has(c.to) && !depth.has(c.to)) {
        depth.set(c.to, (depth.get(id) ?? 0) + 1);
        queue.push(c.to);
      }
    }
  }
  const lastRow = Math.max(-1, ...depth.values()) + 1;
  const rows: string[][] = [];
  for (const id of nodes.keys()) {
    const row = depth.get(id) ?? lastRow;
    (rows[row] ??= []).push(id);
  }
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const width = widest * (BOX.width + BOX.gapX) + BOX.gapX;
  const boxes: MapBox[] = [];
  rows.forEach((row, r) => {
    const rowWidth = row.length * (BOX.width + BOX.gapX) - BOX.gapX;
    row.forEach((id, i) => {
      boxes.push({
        id,
        x: (width - rowWidth) / 2 + i * (BOX.width + BOX.gapX),
        y: BOX.gapY / 2 + r * (BOX.height + BOX.gapY),
        ending: nodes.get(id)?.ending !== undefined,
        reachable: analysis.reachable.has(id),
      });
    });
  });
  const at = new Map(boxes.map((b) => [b.id, b]));
  const margin = width + BOX.gapX / 2;
  const arrows: MapArrow[] = [];
  for (const node of nodes.values()) {
    const from = at.get(node.id);
    if (!from || node.ending) continue;
    node.choices.forEach((choice, i) => {
      const to = at.get(choice.to);
      if (!to) return;
      const spread = (i - (node.choices.length - 1) / 2) * 12;
      const x1 = from.x + BOX.width / 2 + spread;
      const x2 = to.x + BOX.width / 2;
      let d: string;
      if (to.y > from.y) {
        d = `M${x1},${from.y + BOX.height} L${x2},${to.y - 2}`;
      } else {
        // Loops and same-row moves run through the gaps between rows (and the right margin when going up),
        // so they never cross a box; they enter the target from above.
        const above = from.y - BOX.gapY / 2 + 6 + (i % 3) * 6;
        const entry = to.y - BOX.gapY / 2 + 10 + (i % 3) * 6;
        const tx = x2 + 14;
        d =
          to.y === from.y
            ? `M${x1},${from.y} L${x1},${above} L${tx},${above} L${tx},${to.y - 2}`
            : `M${x1},${from.y} L${x1},${above} L${margin},${above} L${margin},${entry} L${tx},${entry} L${tx},${to.y - 2}`;
      }
      arrows.push({ from: node.id, choiceId: choice.id, d, reachable: from.reachable && to.reachable });
    });
  }
  const height = rows.length * (BOX.height + BOX.gapY) + BOX.gapY / 2;
  return { width: width + BOX.gapX, height, boxes, arrows, analysis };
}

/** A guard as a trainer reads it, e.g. "penanda konsultasi-intelkam dan kemitraan ≥ 2". */
export function describeGuard(guard: ScenarioGuard): string {
  if ('flag' in guard) return `penanda ${guard.flag}`;
  if ('notFlag' in guard) return `belum ada penanda ${guard.notFlag}`;
  if ('all' in guard) return guard.all.map((g) => wrap(g)).join(' dan ');
  if ('any' in guard) return guard.any.map((g) => wrap(g)).join(' atau ');
  const parts: string[] = [];
  if (guard.min !== undefined) parts.push(`${guard.score} ≥ ${guard.min}`);
  if (guard.max !== undefined) parts.push(`${guard.score} ≤ ${guard.max}`);
  return parts.join(' dan ');
}

function wrap(guard: ScenarioGuard): string {
  return 'all' in guard || 'any' in guard ? `(${describeGuard(guard)})` : describeGuard(guard);
}
