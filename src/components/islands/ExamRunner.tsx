import { useMachine } from '@xstate/react';
import { useState, type ReactNode } from 'react';
import { clearInProgress, fetchAnswerKey, readInProgress, writeInProgress } from '../../client/progress/exam.ts';
import { saveQuizAttempt } from '../../client/progress/quiz.ts';
import { examUi as e } from '../../i18n/exam.ts';
import { presentExam } from '../../lib/exam/draw.ts';
import { examStatus } from '../../lib/exam/policy.ts';
import type { ExamSetup } from '../../lib/exam/setup.ts';
import { drawQuestions } from '../../lib/quiz/draw.ts';
import type { QuizTextHtml } from '../../lib/quiz/text-html.ts';
import { quizMachine } from '../../machines/quiz-machine.ts';
import type { ExamInProgress, QuizAttempt } from '../../schemas/progress.ts';
import Countdown from './quiz/Countdown.tsx';
import { TextHtml } from './quiz/Md.tsx';
import QuestionForm from './quiz/QuestionForm.tsx';
import ResultView from './quiz/ResultView.tsx';
import type { QuizSnapshot, SendQuiz } from './quiz/types.ts';
import { useFocusOnStep } from './quiz/use-focus-on-step.ts';
import { useTrialMode } from './trial-mode.ts';

interface RunnerProps {
  setup: ExamSetup;
  attempts: readonly QuizAttempt[];
}

/** The exam (or pre-test) after its description: status under the attempt policy, and the attempt itself. */
export default function ExamRunner({ setup, attempts: initial }: RunnerProps) {
  const [attempts, setAttempts] = useState(initial);
  const trial = useTrialMode();
  // Each new attempt gets a fresh machine; a kept attempt in progress is resumed first (never in trial mode).
  const [round, setRound] = useState(() => {
    const resume = trial ? null : readInProgress(setup.bank.id);
    return { n: 0, resume, started: resume !== null };
  });
  const status = examStatus(attempts, setup.policy, new Date());
  // A started attempt stays on screen through its result, whatever the policy says after it.
  const open = status.state === 'open' || round.started;
  return (
    <TextHtml value={setup.textHtml}>
      {open ? (
        <ExamSession
          key={round.n}
          setup={setup}
          resume={round.resume}
          attemptsUsed={attempts.length}
          intro={status.state === 'open' ? <p>{e.attemptsLeft(status.left, setup.policy.attempts)}</p> : null}
          onStarted={() => {
            setRound((r) => (r.started ? r : { ...r, started: true }));
          }}
          onFinished={(attempt) => {
            setAttempts((list) => [...list, attempt]);
          }}
          next={(after) => (
            <ExamStatusView
              setup={setup}
              attempts={after}
              onNext={() => {
                setRound((r) => ({ n: r.n + 1, resume: null, started: false }));
              }}
            />
          )}
          attempts={attempts}
        />
      ) : (
        <ExamStatusView setup={setup} attempts={attempts} />
      )}
    </TextHtml>
  );
}

/** Where the learner stands: passed (with the certificate link), waiting, closed, or the next attempt's button. */
function ExamStatusView({
  setup,
  attempts,
  onNext,
}: {
  setup: ExamSetup;
  attempts: readonly QuizAttempt[];
  onNext?: () => void;
}) {
  const status = examStatus(attempts, setup.policy, new Date());
  if (setup.mode === 'pretest') {
    const last = attempts.at(-1);
    return last ? <p className="exam-status">{e.pretestDone(last.score)}</p> : null;
  }
  switch (status.state) {
    case 'passed':
      return (
        <p className="exam-status">
          {e.passed(status.attempt.score, status.attempt.finishedAt)}{' '}
          <a href={setup.certificateUrl}>{e.certificateLink}</a>
        </p>
      );
    case 'waiting':
      return <p className="exam-status">{e.waiting(status.until)}</p>;
    case 'closed':
      return <p className="exam-status">{e.closed}</p>;
    case 'open':
      return (
        <p className="exam-status">
          {e.attemptsLeft(status.left, setup.policy.attempts)}{' '}
          {onNext && (
            <button type="button" className="button" onClick={onNext}>
              {e.nextAttempt}
            </button>
          )}
        </p>
      );
  }
}

interface SessionProps {
  setup: ExamSetup;
  resume: ExamInProgress | null;
  attemptsUsed: number;
  attempts: readonly QuizAttempt[];
  intro: ReactNode;
  onStarted: () => void;
  onFinished: (attempt: QuizAttempt) => void;
  next: (attempts: readonly QuizAttempt[]) => ReactNode;
}

/**
 * One attempt: the machine in exam mode, saving the attempt in progress and fetching the key on submit. In trial mode
 * (the studio) nothing is kept and the key comes with the setup.
 */
function ExamSession({ setup, resume, attemptsUsed, attempts, intro, onStarted, onFinished, next }: SessionProps) {
  const [keyHtml, setKeyHtml] = useState<QuizTextHtml>({});
  const trial = useTrialMode();
  // Made once per attempt (the session is keyed by attempt).
  const [machine] = useState(() =>
    quizMachine.provide({
      actions: {
        saveInProgress: ({ context }) => {
          if (context.startedAt === null) return;
          onStarted();
          if (trial) return;
          writeInProgress({
            quizId: context.quiz.id,
            seed: context.seed,
            startedAt: context.startedAt,
            ...(context.deadline === null ? {} : { deadline: context.deadline }),
            answers: [...context.answers],
          });
        },
        requestKey: ({ self }) => {
          (setup.key ? Promise.resolve(setup.key) : fetchAnswerKey(setup.keyUrl)).then(
            (key) => {
              setKeyHtml(key.textHtml);
              self.send({ type: 'key.loaded', key: { ...key.quiz, passMark: setup.bank.passMark } });
            },
            () => {
              self.send({ type: 'key.failed' });
            },
          );
        },
        saveAttempt: ({ context }) => {
          if (!context.attempt) return;
          if (!trial) {
            clearInProgress(context.quiz.id);
            void saveQuizAttempt(context.attempt);
          }
          onFinished(context.attempt);
        },
      },
    }),
  );
  const [snapshot, send] = useMachine(machine, {
    input: {
      quiz: setup.bank,
      seed: resume?.seed ?? crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now(),
      attemptsUsed,
      now: () => new Date(),
      exam: {
        draw: (seed) => (setup.plan ? presentExam(setup.bank, setup.plan, seed) : drawQuestions(setup.bank, seed)),
        timeLimit: setup.timeLimit,
        resume: resume ?? undefined,
      },
    },
  });
  const heading = useFocusOnStep(snapshot);
  const texts =
    setup.mode === 'ujian'
      ? { title: e.examResult, passed: e.examPassed, failed: e.examFailed }
      : { title: e.pretestResult, passed: e.pretestSaved, failed: e.pretestSaved };
  if (snapshot.hasTag('intro')) return <ExamIntro send={send} setup={setup} intro={intro} />;
  if (snapshot.hasTag('grading')) return <Grading snapshot={snapshot} send={send} />;
  if (snapshot.hasTag('result')) {
    const attempt = snapshot.context.attempt;
    return (
      <TextHtml value={{ ...setup.textHtml, ...keyHtml }}>
        <ResultView
          snapshot={snapshot}
          heading={heading}
          questions={snapshot.context.key?.questions ?? []}
          texts={texts}
          next={next(attempt ? [...attempts, attempt] : attempts)}
        />
      </TextHtml>
    );
  }
  const { deadline } = snapshot.context;
  return (
    <QuestionForm
      snapshot={snapshot}
      send={send}
      heading={heading}
      aside={
        deadline === null ? null : (
          <Countdown
            deadline={deadline}
            opening={resume ? e.resumed : undefined}
            onTimeUp={() => {
              send({ type: 'time.up' });
            }}
          />
        )
      }
    />
  );
}

function ExamIntro({ send, setup, intro }: { send: SendQuiz; setup: ExamSetup; intro: ReactNode }) {
  return (
    <div className="quiz-intro">
      {intro}
      <button
        type="button"
        className="button"
        onClick={() => {
          send({ type: 'quiz.start' });
        }}
      >
        {setup.mode === 'ujian' ? e.startExam : e.startPretest}
      </button>
    </div>
  );
}

/** While the key loads; when it cannot, the answers stay kept and the learner can try again. */
function Grading({ snapshot, send }: { snapshot: QuizSnapshot; send: SendQuiz }) {
  return (
    <div role="status" aria-live="polite">
      {snapshot.context.timedOut && <p>{e.timeUp}</p>}
      {snapshot.hasTag('keyError') ? (
        <p>
          {e.keyError}{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              send({ type: 'key.retry' });
            }}
          >
            {e.retryKey}
          </button>
        </p>
      ) : (
        <p>{e.grading}</p>
      )}
    </div>
  );
}
