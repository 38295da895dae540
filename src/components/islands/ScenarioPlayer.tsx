import { useMachine } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { scenarioStrings as t } from '../../i18n/scenario.ts';
import { buildDebrief } from '../../lib/scenario/debrief.ts';
import { availableChoices, indexNodes } from '../../lib/scenario/play.ts';
import type { ScenarioView } from '../../lib/scenario/view.ts';
import { runOfContext, scenarioMachine } from '../../machines/scenario-machine.ts';
import type { ScenarioRun, ScenarioStep } from '../../schemas/progress.ts';
import type { ScenarioChoice as Choice, ScenarioEnding as Ending } from '../../schemas/scenario.ts';
import { useTrialMode } from './trial-mode.ts';
import { loadProgressApi } from '../../client/progress/load-api.ts';

/** The scenario machine, saving each run to the progress store (loaded on demand). */
const savingScenarioMachine = scenarioMachine.provide({
  actions: {
    saveProgress: ({ context }) => {
      const run = runOfContext(context);
      void loadProgressApi().then(({ saveScenarioRun }) => {
        saveScenarioRun(run);
      });
    },
  },
});

/**
 * Play state and moves: the machine (resuming a stored run), the node on screen and the last choice made, and the three
 * moves (pick, back, restart), each told to `onMove`, then announced; focus goes to the node's heading after a move.
 */
function useScenarioPlay(view: ScenarioView, resume: ScenarioRun | undefined, onMove: () => void) {
  const { scenario } = view;
  // In trial mode the machine's own saveProgress, a no-op, stays: nothing reaches progress.
  const [snapshot, , actor] = useMachine(useTrialMode() ? scenarioMachine : savingScenarioMachine, {
    input: {
      scenario,
      resume,
      createRunId: () => crypto.randomUUID(),
      now: () => new Date().toISOString(),
    },
  });
  const trail = snapshot.context.trail;
  const [announcement, setAnnouncement] = useState(resume ? t.resumed : '');
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const nodes = useMemo(() => indexNodes(scenario), [scenario]);

  const state = trail.states[trail.states.length - 1];
  const lastStep = trail.steps[trail.steps.length - 1];

  useEffect(() => {
    if (moved.current) focusTarget.current?.focus();
  }, [trail]);
  // Marks the player as hydrated: before that, the server-rendered buttons do not answer yet.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => {
    setInteractive(true);
  }, []);

  const act = (event: Parameters<typeof actor.send>[0], message: () => string) => {
    moved.current = true;
    onMove();
    actor.send(event);
    setAnnouncement(message());
  };
  // The step the learner is on after a move, counted from one.
  const stepAfterMove = () => actor.getSnapshot().context.trail.steps.length + 1;
  const endingAfterMove = () => {
    const states = actor.getSnapshot().context.trail.states;
    return nodes.get(states[states.length - 1]?.nodeId ?? '')?.ending;
  };

  return {
    state,
    node: state ? nodes.get(state.nodeId) : undefined,
    lastChoice: lastStep ? nodes.get(lastStep.nodeId)?.choices.find((c) => c.id === lastStep.choiceId) : undefined,
    choices: state ? availableChoices(scenario, state) : [],
    steps: trail.steps,
    ended: snapshot.hasTag('ending'),
    announcement,
    focusTarget,
    interactive,
    pick: (choice: Choice) => {
      act({ type: 'choice.pick', choiceId: choice.id }, () => {
        const ending = endingAfterMove();
        return ending ? t.announceEnding(ending.title) : t.announcePick(choice.label, stepAfterMove());
      });
    },
    back: () => {
      act({ type: 'step.back' }, () => t.announceBack(stepAfterMove()));
    },
    restart: () => {
      act({ type: 'scenario.restart' }, () => t.announceRestart);
    },
  };
}

/** Each score with its value now and the range the scenario allows. */
function Scores({ view, values }: { view: ScenarioView; values: Readonly<Record<string, number>> }) {
  return (
    <section aria-label={t.scores} className="scenario-scores">
      <h3>{t.scores}</h3>
      <ul>
        {view.scenario.scores.map((dim) => {
          const range = view.ranges[dim.id];
          return (
            <li key={dim.id}>
              <span className="score-label">{dim.label}</span> <strong>{values[dim.id] ?? 0}</strong>
              {range && <span className="meta"> ({t.range(range.min, range.max)})</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What the last choice led to: its consequence, and what the function it consulted gives back. */
function LastChoiceOutcome({ view, choice }: { view: ScenarioView; choice: Choice | undefined }) {
  const consult = choice?.consult ? view.consults[choice.consult] : undefined;
  return (
    <>
      {choice?.feedback && (
        <div className="scenario-feedback">
          <p>
            <strong>{t.consequence}:</strong> {choice.feedback}
          </p>
        </div>
      )}
      {consult && choice?.consult && (
        <aside className="scenario-consult" aria-label={t.consult(consult.name)}>
          <p>
            <strong>{t.consult(`${consult.name} (${consult.fullName})`)}</strong>
          </p>
          <ul>
            {consult.givesBack.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          <p>
            <a href={`/fungsi/#${choice.consult}`}>{t.consultLink}</a>
          </p>
        </aside>
      )}
    </>
  );
}

/** The choices open at this node, one button each. */
function Choices({ choices, onPick }: { choices: readonly Choice[]; onPick: (choice: Choice) => void }) {
  return (
    <fieldset className="scenario-choices">
      <legend>{t.choose}</legend>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="button choice"
              onClick={() => {
                onPick(choice);
              }}
            >
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The ending reached: its rating, its debrief and source, and a replay of every step with its effects. */
function EndingDebrief({
  view,
  nodeId,
  ending,
  steps,
}: {
  view: ScenarioView;
  nodeId: string;
  ending: Ending;
  steps: readonly ScenarioStep[];
}) {
  const debrief = buildDebrief(view.scenario, steps, nodeId);
  const trial = useTrialMode();
  return (
    <section className="scenario-ending" aria-label={t.ending}>
      <p className={`rating rating-${ending.rating}`}>
        {t.rating}: <strong>{t.ratings[ending.rating] ?? ending.rating}</strong>
      </p>
      <h3>{ending.title}</h3>
      <h4>{t.debrief}</h4>
      <div dangerouslySetInnerHTML={{ __html: view.debrief[nodeId] ?? '' }} />
      {ending.source && (
        <p className="meta">
          {t.source}: {ending.source}
        </p>
      )}
      <h4>{t.replay}</h4>
      <ol className="scenario-replay">
        {debrief.steps.map((step) => (
          <li key={step.number}>
            <p>
              <strong>{step.label}</strong>
              {step.effects.length > 0 && (
                <span className="meta">
                  {' '}
                  ({step.effects.map((e) => `${e.delta > 0 ? '+' : ''}${e.delta} ${e.label}`).join(', ')})
                </span>
              )}
            </p>
            {step.feedback && <p>{step.feedback}</p>}
          </li>
        ))}
      </ol>
      {trial ? (
        <p>{t.notRecorded}</p>
      ) : (
        <p>
          {t.recorded} <a href="/progres/">{t.progressLink}</a>
        </p>
      )}
    </section>
  );
}

/** Step back (not before the first choice) and start again. */
function Controls({ canGoBack, onBack, onRestart }: { canGoBack: boolean; onBack: () => void; onRestart: () => void }) {
  return (
    <div className="scenario-controls">
      <button type="button" className="button secondary" disabled={!canGoBack} onClick={onBack}>
        {t.back}
      </button>
      <button type="button" className="button secondary" onClick={onRestart}>
        {t.restart}
      </button>
    </div>
  );
}

/**
 * The scenario player over the scenario machine; loaded by ScenarioIsland as its own chunk. `onMove` is told of every
 * choice, step back and restart, before the run is saved.
 */
export default function Player({
  view,
  resume,
  onMove,
}: {
  view: ScenarioView;
  resume: ScenarioRun | undefined;
  onMove: () => void;
}) {
  const play = useScenarioPlay(view, resume, onMove);
  const { state, node, ended } = play;
  if (!state || !node) return null;

  return (
    <div className="scenario-player" data-interactive={play.interactive || undefined}>
      <Scores view={view} values={state.scores} />
      <LastChoiceOutcome view={view} choice={play.lastChoice} />
      <div className="scenario-node">
        <h3 ref={play.focusTarget} tabIndex={-1} className="scenario-node-heading">
          {ended ? t.ending : t.step(play.steps.length + 1)}
          {node.speaker && <span className="speaker"> · {node.speaker}</span>}
        </h3>
        <div className="scenario-text" dangerouslySetInnerHTML={{ __html: view.narrative[node.id] ?? '' }} />
      </div>
      {!ended && <Choices choices={play.choices} onPick={play.pick} />}
      {ended && node.ending && <EndingDebrief view={view} nodeId={node.id} ending={node.ending} steps={play.steps} />}
      <Controls canGoBack={play.steps.length > 0} onBack={play.back} onRestart={play.restart} />
      <p className="visually-hidden" aria-live="polite" role="status">
        {play.announcement}
      </p>
    </div>
  );
}
