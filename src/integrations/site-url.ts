import type { AstroIntegration } from 'astro';

/** The site address a build uses when `SITE_URL` is not set: a placeholder no learning record store should keep. */
export const PLACEHOLDER_SITE = 'https://sinergi.example.id';

/**
 * Warns once, at the start of `astro build`, when the site address is still the placeholder: every xAPI activity id
 * and canonical link would then point at a site that does not exist.
 */
export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'sinergi:site-url',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || config.site !== PLACEHOLDER_SITE) return;
        logger.warn(
          `SITE_URL is not set, so xAPI statement ids and canonical links point at the placeholder ${PLACEHOLDER_SITE}. ` +
            'Set it to the address the site is served from, e.g. SITE_URL=https://polmas.example.go.id npm run build.',
        );
      },
    },
  };
}
