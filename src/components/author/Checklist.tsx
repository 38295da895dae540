import type { ReactNode } from 'react';
import { ui } from '../../i18n/id.ts';
import './checklist.css';

export interface ChecklistProps {
  /** Heading of the list. */
  title?: string;
  children?: ReactNode;
}

/** The steps a learner takes after the lesson, as a tick list. */
export function Checklist({ title = ui.checklist, children }: ChecklistProps) {
  return (
    <section className="checklist" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
