import { getCollection } from 'astro:content';
import { ui } from '../i18n/id.ts';
import type { KitCard, KitTemplate, LegalReference } from '../schemas/index.ts';

/** A tool of the field kit as pages list it: a template or a card. */
export type KitTool =
  { readonly kind: 'template'; readonly data: KitTemplate } | { readonly kind: 'card'; readonly data: KitCard };

/** The field kit as the pages need it, loaded once per build. */
export interface Kit {
  readonly templates: readonly KitTemplate[];
  readonly cards: readonly KitCard[];
  /** A legal reference by id (the content check has made sure every cited id exists). */
  readonly reference: (id: string) => LegalReference;
  /** "UU 12/2022 Pasal 23": the short citation of a reference. */
  readonly cite: (id: string) => string;
  /**
   * The short citation as a tool prints it, with its caveats: "UU 1/2023 (sumber sekunder)" when only secondary sources
   * agree, "Perkabaharkam 5/2011 (status berlakunya tidak diketahui)" when no source says it is still in force.
   */
  readonly note: (id: string) => string;
  /** Tools that name a lesson, templates first. */
  readonly forLesson: (lessonId: string) => KitTool[];
}

let cached: Promise<Kit> | undefined;

export function loadKit(): Promise<Kit> {
  cached ??= (async () => {
    const [templates, cards, references] = await Promise.all([
      getCollection('kitTemplates'),
      getCollection('kitCards'),
      getCollection('references'),
    ]);
    const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title, 'id');
    const refs = new Map(references.map((r) => [r.data.id, r.data]));
    const reference = (id: string): LegalReference => {
      const found = refs.get(id);
      if (!found) throw new Error(`Field kit cites "${id}", which content/legal/references.yaml does not list`);
      return found;
    };
    const kit: Kit = {
      templates: templates.map((t) => t.data).sort(byTitle),
      cards: cards.map((c) => c.data).sort(byTitle),
      reference,
      cite: (id) => {
        const r = reference(id);
        return [r.short, r.article].filter(Boolean).join(' ');
      },
      note: (id) => {
        const r = reference(id);
        const caveats = [
          ...(r.confidence === 'LIKELY' ? [ui.kit.likely] : []),
          ...(r.status === 'tidak-diketahui' ? [ui.kit.statusUnknown] : []),
        ];
        return caveats.length > 0 ? `${kit.cite(id)} (${caveats.join('; ')})` : kit.cite(id);
      },
      forLesson: (lessonId) => [
        ...kit.templates
          .filter((t) => t.lessons.includes(lessonId))
          .map((data) => ({ kind: 'template' as const, data })),
        ...kit.cards.filter((c) => c.lessons.includes(lessonId)).map((data) => ({ kind: 'card' as const, data })),
      ],
    };
    return kit;
  })();
  return cached;
}

/** Every reference id a tool cites, in order of first mention. */
export function citedRefs(tool: KitTemplate | KitCard): string[] {
  const lists = 'steps' in tool ? tool.steps.map((s) => s.refs) : tool.limits.map((l) => l.refs);
  return [...new Set([...lists.flat(), ...tool.refs])];
}
