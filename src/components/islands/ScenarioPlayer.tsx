import { useMachine } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { scenarioStrings as t } from '../../i18n/scenario.ts';
import { buildDebrief } from '../../lib/scenario/debrief.ts';
import { availableChoices, indexNodes } from '../../lib/scenario/play.ts';
import type { ScenarioView } from '../../lib/scenario/view.ts';
import { runOfContext, scenarioMachine } from '../../machines/scenario-machine.ts';
import type { ScenarioRun } from '../../schemas/progress.ts';

const progress = () => import('../../client/progress/api.ts');

/** The scenario machine, saving each run to the progress store (loaded on demand). */
const savingScenarioMachine = scenarioMachine.provide({
  actions: {
    saveProgress: ({ context }) => {
      const run = runOfContext(context);
      void progress().then(({ saveScenarioRun }) => {
        saveScenarioRun(run);
      });
    },
  },
});

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
  const { scenario } = view;
  const [snapshot, , actor] = useMachine(savingScenarioMachine, {
    input: {
      scenario,
      resume,
      createRunId: () => crypto.randomUUID(),
      now: () => new Date().toISOString(),
    },
  });
  const trail = snapshot.context.trail;
  const ended = snapshot.hasTag('ending');
  const [announcement, setAnnouncement] = useState(resume ? t.resumed : '');
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const nodes = useMemo(() => indexNodes(scenario), [scenario]);

  const state = trail.states[trail.states.length - 1];
  const node = state ? nodes.get(state.nodeId) : undefined;
  const lastStep = trail.steps[trail.steps.length - 1];
  const lastChoice = lastStep ? nodes.get(lastStep.nodeId)?.choices.find((c) => c.id === lastStep.choiceId) : undefined;
  const choices = state ? availableChoices(scenario, state) : [];
  const stepNumber = trail.steps.length + 1;

  useEffect(() => {
    if (moved.current) focusTarget.current?.focus();
  }, [trail]);
  // Marks the player as hydrated: before that, the server-rendered buttons do not answer yet.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => {
    setInteractive(true);
  }, []);

  if (!state || !node) return null;
  const act = (event: Parameters<typeof actor.send>[0], message: (after: typeof actor) => string) => {
    moved.current = true;
    onMove();
    actor.send(event);
    setAnnouncement(message(actor));
  };
  const endingOf = (a: typeof actor) => {
    const ctx = a.getSnapshot().context;
    const id = ctx.trail.states[ctx.trail.states.length - 1]?.nodeId ?? '';
    return nodes.get(id)?.ending;
  };
  const consult = lastChoice?.consult ? view.consults[lastChoice.consult] : undefined;
  const debrief = ended ? buildDebrief(scenario, trail.steps, node.id) : undefined;

  return (
    <div className="scenario-player" data-interactive={interactive || undefined}>
      <section aria-label={t.scores} className="scenario-scores">
        <h3>{t.scores}</h3>
        <ul>
          {scenario.scores.map((dim) => {
            const range = view.ranges[dim.id];
            return (
              <li key={dim.id}>
                <span className="score-label">{dim.label}</span> <strong>{state.scores[dim.id] ?? 0}</strong>
                {range && <span className="meta"> ({t.range(range.min, range.max)})</span>}
              </li>
            );
          })}
        </ul>
      </section>

      {lastChoice?.feedback && (
        <div className="scenario-feedback">
          <p>
            <strong>{t.consequence}:</strong> {lastChoice.feedback}
          </p>
        </div>
      )}
      {consult && lastChoice?.consult && (
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
            <a href={`/fungsi/#${lastChoice.consult}`}>{t.consultLink}</a>
          </p>
        </aside>
      )}

      <div className="scenario-node">
        <h3 ref={focusTarget} tabIndex={-1} className="scenario-node-heading">
          {ended ? t.ending : t.step(stepNumber)}
          {node.speaker && <span className="speaker"> · {node.speaker}</span>}
        </h3>
        <div className="scenario-text" dangerouslySetInnerHTML={{ __html: view.narrative[node.id] ?? '' }} />
      </div>

      {!ended && (
        <fieldset className="scenario-choices">
          <legend>{t.choose}</legend>
          <ul>
            {choices.map((choice) => (
              <li key={choice.id}>
                <button
                  type="button"
                  className="button choice"
                  onClick={() => {
                    act({ type: 'choice.pick', choiceId: choice.id }, (a) => {
                      const ending = endingOf(a);
                      return ending
                        ? t.announceEnding(ending.title)
                        : t.announcePick(choice.label, a.getSnapshot().context.trail.steps.length + 1);
                    });
                  }}
                >
                  {choice.label}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      {ended && node.ending && debrief && (
        <section className="scenario-ending" aria-label={t.ending}>
          <p className={`rating rating-${node.ending.rating}`}>
            {t.rating}: <strong>{t.ratings[node.ending.rating] ?? node.ending.rating}</strong>
          </p>
          <h3>{node.ending.title}</h3>
          <h4>{t.debrief}</h4>
          <div dangerouslySetInnerHTML={{ __html: view.debrief[node.id] ?? '' }} />
          {node.ending.source && (
            <p className="meta">
              {t.source}: {node.ending.source}
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
          <p>
            {t.recorded} <a href="/progres/">{t.progressLink}</a>
          </p>
        </section>
      )}

      <div className="scenario-controls">
        <button
          type="button"
          className="button secondary"
          disabled={trail.steps.length === 0}
          onClick={() => {
            act({ type: 'step.back' }, (a) => t.announceBack(a.getSnapshot().context.trail.steps.length + 1));
          }}
        >
          {t.back}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            act({ type: 'scenario.restart' }, () => t.announceRestart);
          }}
        >
          {t.restart}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </div>
  );
}
