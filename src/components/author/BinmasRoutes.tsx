import { ui } from '../../i18n/id.ts';
import type { FunctionCard } from '../../schemas/function-card.ts';
import './binmas-routes.css';

/** A function card's routes to Binmas and the Bhabinkamtibmas, the unverified ones marked. */
export function BinmasRoutes({ routes }: { routes: FunctionCard['askBinmas'] }) {
  return (
    <ul className="binmas-routes">
      {routes.map((route) => (
        <li key={route.text}>
          {route.text}
          {route.confidence === 'LIKELY' && <span className="likely">{` (${ui.functions.routeLikely})`}</span>}
        </li>
      ))}
    </ul>
  );
}
