import type { AstroIntegration } from 'astro';

/** The environment variable `npm run package` sets for the package variant of the build. */
export const LMS_PACKAGE_ENV = 'SINERGI_LMS_PACKAGE';

/** Where the package variant of the site is built (the packages are cut from it). */
export const PACKAGE_SITE_DIR = 'dist-packages/.site';

/** Whether this build is the LMS package variant (scripts/package.ts), not the site. */
export function isPackageBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[LMS_PACKAGE_ENV] === '1';
}

/**
 * The package variant: a launch page per course (`/lms-start/<course>/`, the package's index.html) that holds the
 * LMS session and shows the course in a frame, and scripts that find the files they load relative to themselves, so
 * the package works under whatever path the LMS serves it from (scripts/package.ts makes the pages' own links relative).
 */
export function lmsPackage(): AstroIntegration {
  return {
    name: 'sinergi:lms-package',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, updateConfig }) => {
        injectRoute({ pattern: '/lms-start/[course]', entrypoint: './src/components/lms/LaunchPage.astro' });
        updateConfig({
          outDir: new URL(`${PACKAGE_SITE_DIR}/`, config.root),
          vite: { experimental: { renderBuiltUrl: () => ({ relative: true }) } },
        });
      },
    },
  };
}
