import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { glossaryDocument } from '../../lib/search/documents.ts';
import { buildSearchIndex, serializeSearchIndex } from '../../lib/search/lunr-index.ts';

/** The glossary's Lunr index, built once at build time; /istilah/ fetches it when the search box is used. */
export const GET: APIRoute = async () => {
  const terms = await getCollection('glossary');
  const index = buildSearchIndex(terms.map((e) => glossaryDocument(e.data)));
  return new Response(JSON.stringify(serializeSearchIndex(index)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
