import type { APIRoute } from 'astro';
import { loadAnswerKeys } from '../../data/certificates.ts';

/**
 * The answer keys /satuan re-grades and analyses attempts with, kept out of the page's HTML and fetched only when the
 * first progress file is dropped (precached with the rest of the site for offline use). Mapped down to ids, tags and
 * answers: no prompt, option text or explanation.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadAnswerKeys()), { headers: { 'Content-Type': 'application/json' } });
