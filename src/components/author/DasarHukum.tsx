import { Fragment, type ReactNode } from 'react';
import { ui } from '../../i18n/id.ts';
import type { LegalCitation } from '../../lib/mdx/author-data.ts';
import './dasar-hukum.css';

export interface DasarHukumProps {
  /** The cited reference, found with legalCitation (src/lib/mdx/author-data.ts). */
  cited: LegalCitation;
  /** The author's own wording; without it the reference's summary is shown. */
  children?: ReactNode;
}

/** A legal basis: the cited rule, its status when it is no longer (or not surely) in force, and its sources. */
export function DasarHukum({ cited, children }: DasarHukumProps) {
  const { reference, sources, citation, historical } = cited;
  const classes = ['dasar-hukum', historical && 'repealed', reference.status === 'tidak-diketahui' && 'unknown'];
  return (
    <aside className={classes.filter(Boolean).join(' ')} aria-label={`${ui.legal.label}: ${citation}`}>
      <p className="label">
        <strong>{`${ui.legal.label}:`}</strong> <cite>{citation}</cite>
      </p>
      {children ? <div className="body">{children}</div> : <p className="body">{reference.summary}</p>}
      {reference.status === 'dicabut' && <p className="flag">{ui.legal.repealed}</p>}
      {reference.status === 'diganti' && <p className="flag">{ui.legal.replaced}</p>}
      {reference.status === 'tidak-diketahui' && <p className="flag">{ui.legal.unknownStatus}</p>}
      {reference.confidence === 'LIKELY' && (
        <p className="flag">{reference.note ? `${ui.legal.likely}: ${reference.note}` : ui.legal.likely}</p>
      )}
      {reference.confidence === 'VERIFIED' && reference.note && <p className="flag">{reference.note}</p>}
      <p className="sources">
        {`${ui.legal.sources}: `}
        {sources.map((s, i) => (
          <Fragment key={s.id}>
            {i > 0 && '; '}
            {s.url ? (
              <a href={s.url} rel="noopener">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {` [${s.id}]`}
          </Fragment>
        ))}
      </p>
    </aside>
  );
}
