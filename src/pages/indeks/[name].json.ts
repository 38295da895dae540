import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { functionDocument, glossaryDocument, type SearchDocument } from '../../lib/search/documents.ts';
import { buildSearchIndex, serializeSearchIndex } from '../../lib/search/lunr-index.ts';

/** The Lunr indexes, built once at build time; /istilah/ and /fungsi/ fetch theirs when the search box is used. */
const sources: Record<string, () => Promise<SearchDocument[]>> = {
  istilah: async () => (await getCollection('glossary')).map((e) => glossaryDocument(e.data)),
  fungsi: async () => (await getCollection('functions')).map((e) => functionDocument(e.data)),
};

export const getStaticPaths = (() =>
  Object.keys(sources).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const load = sources[params['name'] ?? ''];
  if (!load) return new Response(null, { status: 404 });
  const index = buildSearchIndex(await load());
  return new Response(JSON.stringify(serializeSearchIndex(index)), { headers: { 'Content-Type': 'application/json' } });
};
