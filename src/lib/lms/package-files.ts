// How a built page becomes a page of an LMS package: the package is served from whatever path the LMS chooses, so
// every root-relative reference (`/modul/x/`, `/_astro/y.js`) becomes relative to the page, directory links name their
// index.html (an LMS's file server need not serve a folder's index), and links to pages outside the package go to the
// public site when its address is known, else stop being links.

/** What a root-relative path of the site is, seen from a package. */
export type PackageTarget =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'outside'; readonly url: string | null }
  | { readonly kind: 'unknown' };

/** The relative URL from the file `from` to the file `to`, both paths from the package root. */
export function relativePath(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  return '../'.repeat(fromDirs.length - common) + toParts.slice(common).join('/');
}

/** The file a root-relative URL path names: `/a/b/` is `a/b/index.html`, `/a/b.js` is `a/b.js`. */
export function fileOfPath(path: string): string {
  const clean = decodeURI(path.replace(/^\//, ''));
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

// A quoted or url() root-relative path: `="/x"`, `"/x"` in JSON, `&quot;/x&quot;` in an attribute, `url(/x)` in CSS.
const REFERENCE = /(="|='|"|&quot;|url\(\s*['"]?)(\/(?![/\\])[^"'()\s<>&#?]*)([?#][^"'()\s<>&]*)?/g;

/**
 * Rewrites the root-relative references of a page at `page` (its path in the package). `<a>` links to pages outside
 * the package go to `url`, or lose their href (plain text) when there is none; other references are left as they are
 * unless they name a package file.
 */
export function rewritePage(html: string, page: string, resolve: (path: string) => PackageTarget): string {
  const links = html.replace(/<a\b[^>]*>/g, (tag) =>
    tag.replace(/\s+href="(\/(?![/\\])[^"#?]*)([?#][^"]*)?"/, (whole, path: string, suffix: string | undefined) => {
      const target = resolve(path);
      if (target.kind === 'file') return ` href="${relativePath(page, target.path)}${suffix ?? ''}"`;
      if (target.kind === 'outside') return target.url === null ? '' : ` href="${target.url}${suffix ?? ''}"`;
      return whole;
    }),
  );
  return links.replace(REFERENCE, (whole, before: string, path: string, suffix: string | undefined) => {
    const target = resolve(path);
    return target.kind === 'file' ? `${before}${relativePath(page, target.path)}${suffix ?? ''}` : whole;
  });
}

/** Names of hashed build assets (`_astro/<name>`) a script or stylesheet refers to, e.g. by `./x.js` or `/_astro/x.js`. */
export function assetNames(code: string): string[] {
  return [
    ...new Set(
      [...code.matchAll(/[\w.-]+\.(?:m?js|css|ttf|otf|woff2?|svg|png|jpe?g|webp|avif|gif)\b/g)].map((m) => m[0]),
    ),
  ];
}
