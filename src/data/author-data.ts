import { getCollection } from 'astro:content';
import { buildAuthorData, type AuthorData } from '../lib/mdx/author-data.ts';

let cached: Promise<AuthorData> | undefined;

/** What the author components look up (legal references, sources, glossary, function cards, quizzes, scenarios), once per build. */
export function loadAuthorData(): Promise<AuthorData> {
  cached ??= (async () => {
    const [references, sources, glossary, functions, quizzes, scenarios] = await Promise.all([
      getCollection('references'),
      getCollection('sources'),
      getCollection('glossary'),
      getCollection('functions'),
      getCollection('quizzes'),
      getCollection('scenarios'),
    ]);
    const data = <T>(entries: readonly { data: T }[]) => entries.map((e) => e.data);
    return buildAuthorData({
      references: data(references),
      sources: data(sources),
      glossary: data(glossary),
      functions: data(functions),
      quizzes: data(quizzes),
      scenarios: data(scenarios),
    });
  })();
  return cached;
}
