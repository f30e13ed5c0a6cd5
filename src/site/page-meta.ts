import { SITE_NAME } from '../settings';
import { BASE, withBase } from './routes';

/** The card image every page shares when it is linked on social sites (public/og-card.png). */
export const DEFAULT_CARD = {
  path: '/og-card.png',
  width: 1200,
  height: 630,
  alt: 'Hallyu Abroad: how Korean studios take production local to foreign markets',
};

/** What a page says about itself to search engines and link previews. */
export interface PageMetaInput {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** The page's path as served, base path included ("/hallyu-abroad/studios/sll/"). */
  pathname: string;
  /** The canonical origin (SITE_URL), possibly with a path. */
  site: URL | string;
  /** "article" for an entry page, "website" for the rest. */
  type?: 'website' | 'article' | undefined;
  /** False for pages that must not be indexed or shared under their own URL (the 404 page). */
  indexable?: boolean | undefined;
  /** The base path (BASE_PATH); defaults to the build's. */
  base?: string | undefined;
}

/** A `<meta>` element: `name` for standard and Twitter tags, `property` for OpenGraph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** The `<title>` text: the page title, then the site name (the home page is just the site name). */
export function getDocumentTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}

/**
 * Canonical URL, OpenGraph and Twitter card tags of a page. Every URL is absolute on SITE_URL
 * and keeps the base path, so a sub-path deploy shares the right addresses.
 */
export function getPageMeta(input: PageMetaInput): { canonical?: string; tags: MetaTag[] } {
  const { title, description, pathname, site, type = 'website', indexable = true, base = BASE } = input;
  if (!indexable) return { tags: [{ name: 'robots', content: 'noindex' }] };
  const canonical = new URL(pathname, site).href;
  const image = new URL(withBase(DEFAULT_CARD.path, base), site).href;
  return {
    canonical,
    tags: [
      { property: 'og:type', content: type },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: canonical },
      { property: 'og:image', content: image },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(DEFAULT_CARD.width) },
      { property: 'og:image:height', content: String(DEFAULT_CARD.height) },
      { property: 'og:image:alt', content: DEFAULT_CARD.alt },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: title },
      { name: 'twitter:description', content: description },
      { name: 'twitter:image', content: image },
      { name: 'twitter:image:alt', content: DEFAULT_CARD.alt },
    ],
  };
}
