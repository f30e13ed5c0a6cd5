/** How a link may be rendered: off-site (http/https), within the site (a root-relative path), or not at all. */
export type HrefKind = 'external' | 'internal' | 'unsafe';

/** True for an absolute http:// or https:// URL. */
export function isHttpUrl(value: string): boolean {
  // Most hrefs are relative: settle those without the cost of parsing a URL.
  if (!/^\s*https?:/i.test(value)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Classifies an href before it is rendered. Schemas already refuse anything but http(s) in
 * frontmatter; this is the second line, so a `javascript:` or `data:` URL that slipped past
 * one (or came from an entry body) is shown as text, never as a link.
 */
export function getHrefKind(href: string): HrefKind {
  if (isHttpUrl(href)) return 'external';
  // Relative links ("../../studios/sll/", "#note") and site paths ("/studios/") stay in the site;
  // "//host" is protocol-relative, so off-site, and anything with a scheme is refused.
  if (href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href.trim())) return 'unsafe';
  if (/[\u0000-\u001f]/.test(href)) return 'unsafe';
  return 'internal';
}

/** The rel an external link carries: no window.opener, no Referer. */
export const EXTERNAL_REL = 'noopener noreferrer external';
