import { scenarioMapStrings } from '../../i18n/scenario-map.ts';
import { ui } from '../../i18n/id.ts';
import { BOX, describeGuard, layoutScenarioMap } from '../../lib/scenario/map-layout.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import './scenario-map.css';

const t = scenarioMapStrings;
const short = (id: string) => (id.length > 22 ? `${id.slice(0, 21)}…` : id);
const signed = (n: number) => (n > 0 ? `+${String(n)}` : String(n));
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** What the graph analysis finds wrong (src/lib/scenario/analyze.ts), one sentence each. */
function warningsOf(analysis: ReturnType<typeof layoutScenarioMap>['analysis']): string[] {
  return [
    ...analysis.unreachableNodes.map(t.unreachableNode),
    ...analysis.unreachableEndings.map(t.unreachableEnding),
    ...analysis.deadEnds.map(t.deadEnd),
    ...analysis.stuckNodes.map(t.stuck),
    ...analysis.traps.map(t.trap),
  ];
}

/**
 * The trainer's map of a scenario: path and state counts, score ranges, what the graph analysis finds wrong, the
 * flowchart and every node with its choices. Rendered to static HTML on /pelatih/skenario/<id>/ and live in the
 * studio's preview as the scenario is edited.
 */
export function ScenarioMap({ scenario }: { scenario: Scenario }) {
  const map = layoutScenarioMap(scenario);
  const { analysis } = map;
  const labels = new Map(scenario.scores.map((s) => [s.id, s.label]));
  const warnings = warningsOf(analysis);
  return (
    <div className="scenario-map-body">
      <ul>
        <li>{t.paths(analysis.pathCount, analysis.pathCountCapped)}</li>
        <li>{t.states(analysis.stateCount)}</li>
      </ul>

      {warnings.length > 0 && (
        <section className="map-warnings" aria-labelledby="masalah-alur">
          <h2 id="masalah-alur">{t.warnings}</h2>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}

      <h2 id="rentang">{t.ranges}</h2>
      <table aria-labelledby="rentang">
        <thead>
          <tr>
            <th scope="col">{t.scoreColumn}</th>
            <th scope="col">{t.minColumn}</th>
            <th scope="col">{t.maxColumn}</th>
          </tr>
        </thead>
        <tbody>
          {scenario.scores.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.label}</th>
              <td>{analysis.ranges?.[s.id]?.min ?? t.noRange}</td>
              <td>{analysis.ranges?.[s.id]?.max ?? t.noRange}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="bagan">{t.flowchart}</h2>
      <p className="meta">{t.flowchartDesc}</p>
      <div className="map-scroll" tabIndex={0} role="region" aria-labelledby="bagan">
        <svg
          viewBox={`0 0 ${String(map.width)} ${String(map.height)}`}
          width={map.width}
          height={map.height}
          role="img"
          aria-labelledby="bagan-judul bagan-desk"
        >
          <title id="bagan-judul">{`${t.flowchart}: ${scenario.title}`}</title>
          <desc id="bagan-desk">{t.flowchartDesc}</desc>
          <defs>
            <marker id="panah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" fill="#3d4650"></path>
            </marker>
          </defs>
          {map.arrows.map((a) => (
            <path
              key={`${a.from}/${a.choiceId}`}
              d={a.d}
              className={classes('arrow', !a.reachable && 'unreachable')}
              markerEnd="url(#panah)"
            />
          ))}
          {map.boxes.map((b) => (
            <g key={b.id}>
              <rect
                x={b.x}
                y={b.y}
                width={BOX.width}
                height={BOX.height}
                rx="6"
                className={classes(
                  'box',
                  b.ending && 'ending',
                  !b.reachable && 'unreachable',
                  b.id === scenario.start && 'start',
                )}
              />
              <text x={b.x + BOX.width / 2} y={b.y + BOX.height / 2 + 5} textAnchor="middle">
                {short(b.id)}
              </text>
            </g>
          ))}
        </svg>
      </div>

      <h2>{t.nodes}</h2>
      <ol className="node-list">
        {scenario.nodes.map((node) => {
          const reachable = analysis.reachable.has(node.id);
          return (
            <li
              key={node.id}
              id={`simpul-${node.id}`}
              className={classes('node', !reachable && 'unreachable', node.ending && 'ending')}
            >
              <p>
                <strong>{node.id}</strong>
                {node.id === scenario.start && <span className="tag">{t.start}</span>}
                {node.ending && (
                  <span className="tag">
                    {`${t.endingTag}: ${ui.scenario.ratings[node.ending.rating]} · ${node.ending.title}`}
                  </span>
                )}
                {!reachable && <span className="tag warn">{t.unreachable}</span>}
                {node.speaker && <span className="meta">{` · ${node.speaker}`}</span>}
              </p>
              {node.when && <p className="meta">{`${t.when}: ${describeGuard(node.when)}`}</p>}
              {!node.ending && node.choices.length === 0 && <p className="meta">{t.noChoices}</p>}
              {node.choices.length > 0 && (
                <ul>
                  {node.choices.map((c) => (
                    <li key={c.id}>
                      {`${c.label} → ${t.to} `}
                      <a href={`#simpul-${c.to}`}>{c.to}</a>
                      {Object.keys(c.effects).length > 0 && (
                        <span className="meta">
                          {` · ${t.effects}: ${Object.entries(c.effects)
                            .map(([k, v]) => `${signed(v)} ${labels.get(k) ?? k}`)
                            .join(', ')}`}
                        </span>
                      )}
                      {c.set.length > 0 && <span className="meta">{` · ${t.sets} ${c.set.join(', ')}`}</span>}
                      {c.consult && (
                        <span className="meta">
                          {` · ${t.consults} `}
                          <a href={`/fungsi/#${c.consult}`}>{c.consult}</a>
                        </span>
                      )}
                      {c.when && <span className="meta">{` · ${t.when}: ${describeGuard(c.when)}`}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
