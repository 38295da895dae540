import { assertEvent, assign, setup } from 'xstate';
import type { ScenarioRun } from '../schemas/progress.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { availableChoices, isEndingState, pickChoice } from '../lib/scenario/play.ts';
import { currentState, replaySteps, startTrail, toScenarioRun, type RunTrail } from '../lib/scenario/run.ts';

/** What the machine needs: the scenario graph, and optionally an unfinished run to resume. */
export interface ScenarioMachineInput {
  readonly scenario: Scenario;
  /** An unfinished run of this scenario, replayed to where it stopped. */
  readonly resume?: ScenarioRun | undefined;
  /** Id for a new run (e.g. crypto.randomUUID()); called on start, restart and when stepping back from an ending. */
  readonly createRunId: () => string;
  /** Clock: the current time as an ISO string. */
  readonly now: () => string;
}

/** Machine context: the graph, the run's identity and its trail. */
export interface ScenarioMachineContext {
  readonly scenario: Scenario;
  readonly createRunId: () => string;
  readonly now: () => string;
  readonly runId: string;
  readonly startedAt: string;
  readonly trail: RunTrail;
}

/** Events: pick a choice offered at the current node, go back one step, start again. */
export type ScenarioMachineEvent =
  { type: 'choice.pick'; choiceId: string } | { type: 'step.back' } | { type: 'scenario.restart' };

function fresh(context: Pick<ScenarioMachineContext, 'scenario' | 'createRunId' | 'now'>) {
  return { runId: context.createRunId(), startedAt: context.now(), trail: startTrail(context.scenario) };
}

/**
 * One generic machine for every scenario, parameterised by the graph in `input`. The node, scores and flags
 * live in context; `playing` and `ended` tell the UI whether an ending is shown. `saveProgress` runs after
 * every change and is a no-op here: the island supplies it with `.provide()`.
 */
export const scenarioMachine = setup({
  types: {
    context: {} as ScenarioMachineContext,
    events: {} as ScenarioMachineEvent,
    input: {} as ScenarioMachineInput,
  },
  guards: {
    isAtEnding: ({ context }) => isEndingState(context.scenario, currentState(context.trail)),
    canPick: ({ context, event }) => {
      assertEvent(event, 'choice.pick');
      return availableChoices(context.scenario, currentState(context.trail)).some((c) => c.id === event.choiceId);
    },
    canPickEnding: ({ context, event }) => {
      assertEvent(event, 'choice.pick');
      const next = pickChoice(context.scenario, currentState(context.trail), event.choiceId);
      return next !== undefined && isEndingState(context.scenario, next);
    },
    canGoBack: ({ context }) => context.trail.steps.length > 0,
  },
  actions: {
    recordChoice: assign(({ context, event }) => {
      assertEvent(event, 'choice.pick');
      const state = currentState(context.trail);
      const next = pickChoice(context.scenario, state, event.choiceId);
      if (!next) return {};
      return {
        trail: {
          states: [...context.trail.states, next],
          steps: [...context.trail.steps, { nodeId: state.nodeId, choiceId: event.choiceId, at: context.now() }],
        },
      };
    }),
    undoChoice: assign(({ context }) => ({
      trail: { states: context.trail.states.slice(0, -1), steps: context.trail.steps.slice(0, -1) },
    })),
    // A finished run stays recorded as finished: stepping back from an ending continues as a new run.
    continueAsNewRun: assign(({ context }) => ({ runId: context.createRunId(), startedAt: context.now() })),
    restartRun: assign(({ context }) => fresh(context)),
    saveProgress: () => {},
  },
}).createMachine({
  id: 'scenario',
  context: ({ input }) => {
    const base = { scenario: input.scenario, createRunId: input.createRunId, now: input.now };
    const resume = input.resume;
    if (resume && resume.scenarioId === input.scenario.id && resume.endingId === undefined) {
      return {
        ...base,
        runId: resume.id,
        startedAt: resume.startedAt,
        trail: replaySteps(input.scenario, resume.path),
      };
    }
    return { ...base, ...fresh(base) };
  },
  initial: 'init',
  states: {
    init: {
      always: [{ guard: 'isAtEnding', target: 'ended' }, { target: 'playing' }],
    },
    playing: {
      on: {
        'choice.pick': [
          { guard: 'canPickEnding', target: 'ended', actions: ['recordChoice', 'saveProgress'] },
          { guard: 'canPick', actions: ['recordChoice', 'saveProgress'] },
        ],
        'step.back': { guard: 'canGoBack', actions: ['undoChoice', 'saveProgress'] },
        'scenario.restart': { actions: ['restartRun', 'saveProgress'] },
      },
    },
    ended: {
      tags: ['ending'],
      on: {
        'step.back': { target: 'playing', actions: ['undoChoice', 'continueAsNewRun', 'saveProgress'] },
        'scenario.restart': { target: 'playing', actions: ['restartRun', 'saveProgress'] },
      },
    },
  },
});

/** The progress record for the machine's current context. */
export function runOfContext(context: ScenarioMachineContext): ScenarioRun {
  return toScenarioRun(context.scenario, context.trail, { id: context.runId, startedAt: context.startedAt });
}
