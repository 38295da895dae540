import { defineMiddleware } from 'astro:middleware';
import { loadAfterFirstPaint } from './client/platform/after-paint.ts';
import { deferToFirstPaint } from './lib/html/after-paint.ts';

const LESSON_ROUTE = '/modul/[module]/[lesson]';

// A lesson page's scripts (its visit, the offline offer, the storage notices) and its web app manifest are fetched
// after its text has painted, so nothing the page fetches competes with that paint (issue #19: a lesson's Lighthouse
// LCP of at most 1.0 s). In development the page stays as Astro writes it, for Vite's module reloading.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.PROD || context.routePattern !== LESSON_ROUTE) return response;
  return new Response(deferToFirstPaint(await response.text(), loadAfterFirstPaint), response);
});
