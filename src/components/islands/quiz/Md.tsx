import { createContext, Fragment, useContext, type ReactNode } from 'react';
import type { QuizTextHtml } from '../../../lib/quiz/text-html.ts';

/** The quiz's texts rendered from Markdown at build time (quizTextHtml). */
export const TextHtml = createContext<QuizTextHtml>({});

/** A text of the quiz file as its build-time HTML; any other text (a UI word) as plain text. */
export function Md({ text, as: Tag = 'span' }: { text: string; as?: 'span' | 'p' }) {
  const html = useContext(TextHtml)[text];
  return html === undefined ? <Tag>{text}</Tag> : <Tag dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Parts separated by "; ". */
export const joined = (parts: ReactNode[]) =>
  parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && '; '}
      {part}
    </Fragment>
  ));
