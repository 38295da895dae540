import type { ReactNode } from 'react';
import { ui } from '../../i18n/id.ts';
import './callout.css';

export type CalloutType = keyof typeof ui.callout;

export interface CalloutProps {
  /** info: background; penting: a caution; contoh: a worked example from the field. */
  type?: CalloutType;
  /** Heading; defaults to the type's name. */
  title?: string;
  children?: ReactNode;
}

/** A boxed note in a lesson: background, a caution or a worked example. */
export function Callout({ type = 'info', title, children }: CalloutProps) {
  if (!(type in ui.callout)) throw new Error(`<Callout type="${type}">: type must be info, penting or contoh`);
  const kind = ui.callout[type];
  const heading = title ?? kind;
  return (
    <aside className={`callout ${type}`} aria-label={heading}>
      <p className="title">
        {title ? (
          <>
            <span className="kind">{`${kind}:`}</span>
            {` ${heading}`}
          </>
        ) : (
          heading
        )}
      </p>
      {children}
    </aside>
  );
}
