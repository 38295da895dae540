import { useMachine } from '@xstate/react';
import { saveQuizAttempt } from '../../client/progress/quiz.ts';
import { quizUi as t } from '../../i18n/quiz.ts';
import type { QuizTextHtml } from '../../lib/quiz/text-html.ts';
import { quizMachine } from '../../machines/quiz-machine.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import { TextHtml } from './quiz/Md.tsx';
import QuestionForm from './quiz/QuestionForm.tsx';
import ResultView from './quiz/ResultView.tsx';
import type { QuizSnapshot, SendQuiz } from './quiz/types.ts';
import { useFocusOnStep } from './quiz/use-focus-on-step.ts';
import { useTrialMode } from './trial-mode.ts';

/** The quiz machine, saving each finished attempt to progress. */
const savingQuizMachine = quizMachine.provide({
  actions: {
    saveAttempt: ({ context }) => {
      if (context.attempt) void saveQuizAttempt(context.attempt);
    },
  },
});

interface RunnerProps {
  quiz: Quiz;
  attemptsUsed: number;
  /** The quiz's texts as HTML, rendered at build time. */
  textHtml: QuizTextHtml;
}

/** Everything after the quiz title: the machine and its screens. Loaded on demand by QuizIsland. */
export default function QuizRunner({ textHtml, ...props }: RunnerProps) {
  return (
    <TextHtml value={textHtml}>
      <QuizScreens {...props} />
    </TextHtml>
  );
}

/** The practice quiz's intro: attempts left and the start button. */
function QuizIntro({ snapshot, send, quiz }: { snapshot: QuizSnapshot; send: SendQuiz; quiz: Quiz }) {
  const left = quiz.attempts === undefined ? undefined : Math.max(0, quiz.attempts - snapshot.context.attemptsUsed);
  return (
    <div className="quiz-intro">
      {left !== undefined && quiz.attempts !== undefined && (
        <p>{left > 0 ? t.attemptsLeft(left, quiz.attempts) : t.noAttemptsLeft}</p>
      )}
      {snapshot.can({ type: 'quiz.start' }) && (
        <button
          type="button"
          className="button"
          onClick={() => {
            send({ type: 'quiz.start' });
          }}
        >
          {t.start}
        </button>
      )}
    </div>
  );
}

/** Retry, or the note that no attempt is left. */
function RetryButton({ snapshot, send, quiz }: { snapshot: QuizSnapshot; send: SendQuiz; quiz: Quiz }) {
  if (!snapshot.can({ type: 'quiz.retry' })) return quiz.attempts !== undefined ? <p>{t.noAttemptsLeft}</p> : null;
  return (
    <p>
      <button
        type="button"
        className="button"
        onClick={() => {
          send({ type: 'quiz.retry' });
        }}
      >
        {t.retry}
      </button>{' '}
      <span className="quiz-note">{t.retryFresh}</span>
    </p>
  );
}

/** The machine and the screen its state shows. */
function QuizScreens({ quiz, attemptsUsed }: Omit<RunnerProps, 'textHtml'>) {
  // In trial mode the machine's own saveAttempt, a no-op, stays: nothing reaches progress.
  const [snapshot, send] = useMachine(useTrialMode() ? quizMachine : savingQuizMachine, {
    input: {
      quiz,
      seed: crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now(),
      attemptsUsed,
      now: () => new Date(),
    },
  });
  const heading = useFocusOnStep(snapshot);
  if (snapshot.hasTag('intro')) return <QuizIntro snapshot={snapshot} send={send} quiz={quiz} />;
  if (snapshot.hasTag('result')) {
    return (
      <ResultView
        snapshot={snapshot}
        heading={heading}
        questions={quiz.questions}
        next={<RetryButton snapshot={snapshot} send={send} quiz={quiz} />}
      />
    );
  }
  return <QuestionForm snapshot={snapshot} send={send} heading={heading} />;
}
