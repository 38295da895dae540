import { createContext, useContext } from 'react';

/**
 * "Mode uji coba": the studio's preview plays quizzes and scenarios with the real islands but neither reads nor writes
 * the learner's progress store. Only the studio provides `true`; on the site every island is its own root and records.
 */
export const TrialMode = createContext(false);

/** Whether the island plays in trial mode (nothing read from or written to progress). */
export const useTrialMode = (): boolean => useContext(TrialMode);
