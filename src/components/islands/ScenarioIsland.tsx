import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ScenarioView } from '../../lib/scenario/view.ts';
import type { ScenarioRun } from '../../schemas/progress.ts';
import { useTrialMode } from './trial-mode.ts';
import { loadProgressApi } from '../../client/progress/load-api.ts';

// The player (XState, play rules, the screens) is its own chunk, fetched as soon as the scenario is on screen:
// the page's first download stays small for officers on a weak connection.
const Player = lazy(() => import('./ScenarioPlayer.tsx'));

// The progress store (with its validation) loads after the player is on screen, so it never delays the first paint.

/**
 * Plays a scenario: resumes an unfinished run after hydration, then hands over to the player. Once the learner has
 * made a move, the run found is the one being played (saved by that move) or an older one the learner did not pick
 * up: neither replaces the game on screen.
 */
export default function ScenarioIsland({ view }: { view: ScenarioView }) {
  const [resume, setResume] = useState<{ run: ScenarioRun | undefined; key: string }>({ run: undefined, key: 'new' });
  const moved = useRef(false);
  const trial = useTrialMode();
  useEffect(() => {
    if (trial) return;
    let mounted = true;
    void loadProgressApi().then(({ findUnfinishedScenarioRun }) => {
      const run = findUnfinishedScenarioRun(view.scenario.id);
      if (mounted && !moved.current && run && run.path.length > 0) setResume({ run, key: run.id });
    });
    return () => {
      mounted = false;
    };
  }, [view.scenario.id, trial]);
  return (
    <Suspense fallback={null}>
      <Player
        key={resume.key}
        view={view}
        resume={resume.run}
        onMove={() => {
          moved.current = true;
        }}
      />
    </Suspense>
  );
}
