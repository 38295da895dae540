import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_SITE, siteUrlCheck } from '../../../src/integrations/site-url.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs the hook as Astro would, with only the fields it reads; returns what it logged as warnings. */
async function warningsFor(command: 'build' | 'dev', site: string | undefined): Promise<string[]> {
  const warn = vi.fn<(message: string) => void>();
  const hook = siteUrlCheck().hooks['astro:config:setup'];
  await hook?.({ command, config: { site }, logger: { warn } } as unknown as Parameters<Setup>[0]);
  return warn.mock.calls.map(([message]) => message);
}

describe('siteUrlCheck', () => {
  it('warns once when a build keeps the placeholder address, naming SITE_URL and what it affects', async () => {
    const warnings = await warningsFor('build', PLACEHOLDER_SITE);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SITE_URL is not set');
    expect(warnings[0]).toContain('xAPI statement ids');
    expect(warnings[0]).toContain(PLACEHOLDER_SITE);
  });

  it('stays silent when SITE_URL gave the address, and on the dev server', async () => {
    expect(await warningsFor('build', 'https://polmas.example.go.id')).toEqual([]);
    expect(await warningsFor('dev', PLACEHOLDER_SITE)).toEqual([]);
  });
});
