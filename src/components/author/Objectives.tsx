import type { ReactNode } from 'react';
import { ui } from '../../i18n/id.ts';
import './objectives.css';

export interface ObjectivesProps {
  /** Heading of the list. */
  title?: string;
  children?: ReactNode;
}

/** What the learner will be able to do after the lesson. */
export function Objectives({ title = ui.objectives, children }: ObjectivesProps) {
  return (
    <section className="objectives" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
