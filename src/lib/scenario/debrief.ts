import type { ScenarioStep } from '../../schemas/progress.ts';
import type { Scenario, ScenarioEnding } from '../../schemas/scenario.ts';
import { indexNodes } from './play.ts';

/** One step of the replay shown with the debrief. */
export interface ReplayStep {
  /** 1-based position in the path. */
  readonly number: number;
  readonly nodeId: string;
  /** Who spoke at that node, if anyone. */
  readonly speaker: string | undefined;
  readonly choiceId: string;
  /** What the learner chose. */
  readonly label: string;
  /** The consequence the author wrote for it. */
  readonly feedback: string | undefined;
  /** Non-zero score changes, in the order the scores are declared. */
  readonly effects: readonly { readonly scoreId: string; readonly label: string; readonly delta: number }[];
  /** Function card consulted, if any. */
  readonly consult: string | undefined;
}

/** The debrief of a finished run: the ending and the path replayed choice by choice. */
export interface Debrief {
  readonly endingId: string;
  readonly ending: ScenarioEnding | undefined;
  readonly steps: readonly ReplayStep[];
}

/** Builds the replay of a path: every choice with its feedback and score changes. Unknown steps are skipped. */
export function buildDebrief(scenario: Scenario, path: readonly ScenarioStep[], endingId: string): Debrief {
  const nodes = indexNodes(scenario);
  const steps: ReplayStep[] = [];
  for (const step of path) {
    const node = nodes.get(step.nodeId);
    const choice = node?.choices.find((c) => c.id === step.choiceId);
    if (!node || !choice) continue;
    steps.push({
      number: steps.length + 1,
      nodeId: node.id,
      speaker: node.speaker,
      choiceId: choice.id,
      label: choice.label,
      feedback: choice.feedback,
      effects: scenario.scores
        .map((s) => ({ scoreId: s.id, label: s.label, delta: choice.effects[s.id] ?? 0 }))
        .filter((e) => e.delta !== 0),
      consult: choice.consult,
    });
  }
  return { endingId, ending: nodes.get(endingId)?.ending, steps };
}
