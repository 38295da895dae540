import { useState } from 'preact/hooks';
import { useSyncExternalStore } from 'preact/compat';
import type { AnyActor } from 'xstate';

/**
 * Creates and starts an actor once for the component's lifetime, and re-renders on each new snapshot: the part of
 * @xstate/react's useMachine the islands need, without its weight on the page budget.
 */
export function useStartedActor<TActor extends AnyActor>(create: () => TActor) {
  const [actor] = useState(() => create().start());
  const snapshot = useSyncExternalStore(
    (onChange) => {
      const subscription = actor.subscribe(onChange);
      return () => {
        subscription.unsubscribe();
      };
    },
    () => actor.getSnapshot() as ReturnType<TActor['getSnapshot']>,
  );
  return [snapshot, actor] as const;
}
