import type { Seat } from '../../schemas/common.ts';
import type { SeatGuide } from '../../schemas/seat-guide.ts';
import { scenarioAnchor } from './anchors.ts';
import type { Catalog } from './catalog.ts';

/** One link of a learner's path, with the id its progress status is read by. */
export interface PathLink {
  readonly id: string;
  readonly title: string;
  readonly href: string;
}

/** What the home page's "Jalur Anda" shows for one function. */
export interface SeatPath {
  readonly guide: SeatGuide;
  /** Lessons written for this function, in catalogue order. */
  readonly lessons: readonly PathLink[];
  /** Scenarios played from this function's seat, at their first place on a module page. */
  readonly scenarios: readonly PathLink[];
  /** Function cards this function most needs to work with, linked on /fungsi/. */
  readonly partners: readonly PathLink[];
}

/** What seat paths are built from. */
export interface SeatPathInput {
  readonly catalog: Catalog;
  readonly scenarios: readonly { id: string; title: string; seat?: Seat | undefined }[];
  readonly functions: readonly { id: string; name: string; fullName: string }[];
  readonly guides: readonly SeatGuide[];
}

/** The path of every function that has a guide: its lessons, its scenarios and its partner function cards. */
export function seatPaths({ catalog, scenarios, functions, guides }: SeatPathInput): SeatPath[] {
  const lessons = catalog.modules.flatMap((m) => m.lessons);
  const placedIn = (scenarioId: string) => catalog.modules.find((m) => m.scenarios.includes(scenarioId));
  return guides.map((guide) => ({
    guide,
    lessons: lessons
      .filter((l) => l.seat === guide.id)
      .map((l) => ({ id: l.id, title: l.title, href: `/modul/${l.moduleId}/${l.id}/` })),
    scenarios: scenarios
      .filter((s) => s.seat === guide.id)
      .flatMap((s) => {
        const module = placedIn(s.id);
        return module ? [{ id: s.id, title: s.title, href: `/modul/${module.id}/#${scenarioAnchor(s.id)}` }] : [];
      }),
    partners: guide.partners.flatMap((id) => {
      const card = functions.find((f) => f.id === id);
      return card ? [{ id, title: `${card.name} (${card.fullName})`, href: `/fungsi/#${id}` }] : [];
    }),
  }));
}
