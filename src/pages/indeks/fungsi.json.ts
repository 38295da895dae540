import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { functionDocument } from '../../lib/search/documents.ts';
import { buildSearchIndex, serializeSearchIndex } from '../../lib/search/lunr-index.ts';

/** The function cards' Lunr index, built once at build time; /fungsi/ fetches it when the search box is used. */
export const GET: APIRoute = async () => {
  const cards = await getCollection('functions');
  const index = buildSearchIndex(cards.map((e) => functionDocument(e.data)));
  return new Response(JSON.stringify(serializeSearchIndex(index)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
