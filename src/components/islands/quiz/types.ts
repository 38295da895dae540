import type { SnapshotFrom } from 'xstate';
import type { quizMachine, QuizEvent } from '../../../machines/quiz-machine.ts';

/** The quiz machine's snapshot, as the screens read it. */
export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;
/** Sends an event to the quiz machine. */
export type SendQuiz = (event: QuizEvent) => void;
