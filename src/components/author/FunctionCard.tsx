import { ui } from '../../i18n/id.ts';
import type { FunctionCard as Card } from '../../schemas/function-card.ts';
import { BinmasRoutes } from './BinmasRoutes.tsx';
import './function-card.css';

/** A technical function's card in a lesson: what it does, needs from and gives back to Polmas, how to ask Binmas. */
export function FunctionCard({ card }: { card: Card }) {
  return (
    <aside className="function-card" aria-label={`${card.name} (${card.fullName})`}>
      <p className="name">
        <a href={`/fungsi/#${card.id}`}>{card.name}</a>
        {` — ${card.fullName}`}
      </p>
      <p>
        <strong>{`${ui.functions.core}:`}</strong>
        {` ${card.core}`}
      </p>
      <p>
        <strong>{`${ui.functions.needs}:`}</strong>
        {` ${card.needsFromPolmas.join('; ')}`}
      </p>
      <p>
        <strong>{`${ui.functions.gives}:`}</strong>
        {` ${card.givesBack.join('; ')}`}
      </p>
      <p>
        <strong>{`${ui.functions.askBinmas}:`}</strong>
      </p>
      <BinmasRoutes routes={card.askBinmas} />
      <p>
        <strong>{`${ui.functions.binmasNeeds}:`}</strong>
        {` ${card.binmasNeeds.join('; ')}`}
      </p>
    </aside>
  );
}
