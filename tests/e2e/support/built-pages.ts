// The pages of the production build, so that a new page cannot ship without the sweeps that visit every page.
import { readdirSync } from 'node:fs';

/** The path of every HTML page in dist/, sorted. */
export const builtPages = (): string[] =>
  readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
