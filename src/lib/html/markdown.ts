import { Marked } from 'marked';
import { escapeHtml } from './escape-html.ts';

/** Relative links and these schemes are kept; any other (`javascript:`, `data:`…) renders as plain text. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

function isSafeUrl(href: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme, so strip them before reading it.
  const scheme = /^([a-z][a-z\d+.-]*:)/i.exec(href.replace(/[\p{Cc}\s]/gu, ''))?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/**
 * The one Markdown dialect of quiz and scenario text (CommonMark + GFM, by marked). Raw HTML in the source is
 * shown as text, never as markup, and links to unsafe schemes lose their link.
 */
const marked = new Marked({
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    link(token) {
      return isSafeUrl(token.href) ? false : this.parser.parseInline(token.tokens);
    },
    image: ({ href, text }) => (isSafeUrl(href) ? false : escapeHtml(text)),
  },
});

/** Renders block Markdown (paragraphs, lists…): scenario narratives and debriefs. */
export const renderMarkdown = (markdown: string): string => marked.parse(markdown, { async: false });

/** Renders one line of inline Markdown (`**bold**`, `*italic*`, `` `code` ``, links): quiz text. */
export const renderInlineMarkdown = (markdown: string): string => marked.parseInline(markdown, { async: false });
