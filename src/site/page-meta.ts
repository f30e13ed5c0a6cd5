import { SITE_NAME } from '../settings';
import { DEFAULT_LOCALE, getMessages, LOCALES, OG_LOCALES, type Locale } from '../i18n';
import { BASE, delocalizePath, getPageHref, withBase } from './routes';

/** The card image every page shares when it is linked on social sites (public/og-card.png). */
export const DEFAULT_CARD = {
  path: '/og-card.png',
  width: 1200,
  height: 630,
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
  /** The page's edition; default English. */
  locale?: Locale | undefined;
}

/** The same page in every edition, by locale: "/ko/studios/sll/" -> { en: "/studios/sll/", ko: ..., ja: "/ja/studios/sll/" }. */
export function getAlternates(pathname: string, base: string = BASE): Record<Locale, string> {
  const path = delocalizePath(pathname, base);
  return Object.fromEntries(LOCALES.map((locale) => [locale, getPageHref(path, locale, base)])) as Record<Locale, string>;
}

/**
 * Where the language picker leads from a page: the same page in every edition, or, from a page
 * missing from the site (not indexable), which has no counterpart, every edition's home page.
 */
export function getEditionLinks(pathname: string, indexable = true, base: string = BASE): Record<Locale, string> {
  if (indexable) return getAlternates(pathname, base);
  return Object.fromEntries(LOCALES.map((locale) => [locale, getPageHref('/', locale, base)])) as Record<Locale, string>;
}

/** A `<link rel="alternate" hreflang>`: every edition of the page, and `x-default` for the English one. */
export interface AlternateLink {
  hreflang: string;
  href: string;
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
export function getPageMeta(input: PageMetaInput): { canonical?: string; alternates: AlternateLink[]; tags: MetaTag[] } {
  const { title, description, pathname, site, type = 'website', indexable = true, base = BASE, locale = DEFAULT_LOCALE } = input;
  if (!indexable) return { alternates: [], tags: [{ name: 'robots', content: 'noindex' }] };
  const canonical = new URL(pathname, site).href;
  const image = new URL(withBase(DEFAULT_CARD.path, base), site).href;
  const editions = getAlternates(pathname, base);
  const alternates = [
    ...LOCALES.map((edition) => ({ hreflang: edition, href: new URL(editions[edition], site).href })),
    { hreflang: 'x-default', href: new URL(editions[DEFAULT_LOCALE], site).href },
  ];
  const cardAlt = getMessages(locale).site.cardAlt;
  return {
    canonical,
    alternates,
    tags: [
      { property: 'og:locale', content: OG_LOCALES[locale] },
      ...LOCALES.filter((edition) => edition !== locale).map((edition) => ({
        property: 'og:locale:alternate',
        content: OG_LOCALES[edition],
      })),
      { property: 'og:type', content: type },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: canonical },
      { property: 'og:image', content: image },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(DEFAULT_CARD.width) },
      { property: 'og:image:height', content: String(DEFAULT_CARD.height) },
      { property: 'og:image:alt', content: cardAlt },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: title },
      { name: 'twitter:description', content: description },
      { name: 'twitter:image', content: image },
      { name: 'twitter:image:alt', content: cardAlt },
    ],
  };
}
