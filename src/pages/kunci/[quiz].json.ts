// The answer key of every exam bank and pre-test, as JSON the exam fetches once an attempt is submitted: never part
// of a page's HTML. A static site cannot hide it from a determined learner; the unit's re-grading is the real check.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { loadCatalog } from '../../data/catalog.ts';
import { quizTextHtml } from '../../lib/quiz/text-html.ts';

export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  const ids = new Set(
    catalog.courses.flatMap((c) => [c.exam?.bank, c.pretest]).filter((id): id is string => id !== undefined),
  );
  return [...ids].map((quiz) => ({ params: { quiz } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const entry = await getEntry('quizzes', params.quiz ?? '');
  if (!entry) throw new Error(`no quiz ${params.quiz ?? ''}`);
  return new Response(JSON.stringify({ quiz: entry.data, textHtml: quizTextHtml(entry.data) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
