import type { PresentedQuestion } from '../../../lib/quiz/draw.ts';
import type { QuizResponse } from '../../../schemas/progress.ts';

/** What every answer input of a question gets. */
export interface InputProps {
  presented: PresentedQuestion;
  response: QuizResponse;
  onChange: (response: QuizResponse) => void;
  announce: (message: string) => void;
  name: string;
}
