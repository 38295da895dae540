import type { ReactNode } from 'react';
import { ui } from '../../i18n/id.ts';
import { scenarioAnchor } from '../../lib/course/anchors.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/** The section around a scenario (<Scenario>): its title and summary; its child is the scenario island. */
export function ScenarioBox({ scenario, children }: { scenario: Scenario; children: ReactNode }) {
  const anchor = scenarioAnchor(scenario.id);
  const headingId = `${anchor}-judul`;
  return (
    <section className="scenario" id={anchor} aria-labelledby={headingId} data-pagefind-ignore="">
      <p className="meta">{ui.scenario.label}</p>
      <h2 id={headingId}>{scenario.title}</h2>
      <p>{scenario.summary}</p>
      {children}
    </section>
  );
}
