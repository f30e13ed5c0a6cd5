import type { CollectionName } from '../schemas';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';

/** The site's base path with one trailing slash ("/" or "/hallyu-abroad/"). */
// `import.meta.env` exists only under Vite; plain Node (tsx tools, the benchmark) sees the root.
export const BASE: string = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** "/hallyu-abroad" and "hallyu-abroad/" both become "/hallyu-abroad/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a site path ("/icons/icon.svg") with the base path. Every internal href goes through here. */
export function withBase(path: string, base: string = BASE): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** A page's path in an edition: "/studios/" in English, "/ko/studios/" in Korean. */
export function localizePath(path: string, locale: Locale): string {
  const page = `/${path.replace(/^\/+/, '')}`;
  return locale === DEFAULT_LOCALE ? page : `/${locale}${page}`;
}

/** The edition a site path (without the base path) is in, by its prefix: "/ko/studios/" -> "ko", "/studios/" -> "en". */
export function getPathLocale(path: string): Locale {
  const [first] = path.replace(/^\/+/, '').split('/');
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE;
}

/** The path of a page without its edition's prefix: "/ko/studios/" -> "/studios/" (base path removed first). */
export function delocalizePath(pathname: string, base: string = BASE): string {
  const path = `/${pathname.slice(normalizeBase(base).length - 1).replace(/^\/+/, '')}`;
  const locale = getPathLocale(path);
  return locale === DEFAULT_LOCALE ? path : path.slice(locale.length + 1) || '/';
}

/** The href of a page of the site in an edition: base path, then the locale's prefix. */
export function getPageHref(path: string, locale: Locale, base: string = BASE): string {
  return withBase(localizePath(path, locale), base);
}

/** The URL of an entry's page: /<collection>/<id>/. */
export function getEntryHref(collection: CollectionName, id: string, locale: Locale, base: string = BASE): string {
  return getPageHref(`/${collection}/${id}/`, locale, base);
}

/** The index page of a collection. */
export function getCollectionHref(collection: CollectionName, locale: Locale, base: string = BASE): string {
  return getPageHref(`/${collection}/`, locale, base);
}

/** Browse page of one market, by ISO 3166-1 code: /markets/jp/. */
export function getMarketHref(code: string, locale: Locale, base: string = BASE): string {
  return getPageHref(`/markets/${code.toLowerCase()}/`, locale, base);
}

/** Browse page of one year: /years/2025/. */
export function getYearHref(year: string | number, locale: Locale, base: string = BASE): string {
  return getPageHref(`/years/${year}/`, locale, base);
}

/** Browse page of one localization model: /models/format-remake/. */
export function getModelHref(model: string, locale: Locale, base: string = BASE): string {
  return getPageHref(`/models/${model}/`, locale, base);
}

/** Browse page of one Korean company group, by its parent company's id: /groups/cj-enm/. */
export function getGroupHref(id: string, locale: Locale, base: string = BASE): string {
  return getPageHref(`/groups/${id}/`, locale, base);
}

/** The `locale` route parameter of each edition (`src/pages/[...locale]/`): none for the default one at `/`. */
export function getLocaleParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * Static paths of a page in every edition, from its paths in one (none for a page without
 * parameters). The page reads its edition from `Astro.currentLocale`.
 */
export function getEditionPaths<P extends Record<string, string>, T extends object>(paths: readonly { params: P; props: T }[]) {
  return LOCALES.flatMap((locale) => paths.map(({ params, props }) => ({ params: { ...params, locale: getLocaleParam(locale) }, props })));
}

/** Static paths of a page without parameters of its own, one per edition. */
export function getEditionIndexPaths() {
  return LOCALES.map((locale) => ({ params: { locale: getLocaleParam(locale) } }));
}

/** Static paths of every entry page in every edition, for the one dynamic entry route. */
export function getEntryStaticPaths<E extends { collection: CollectionName; id: string }>(entries: readonly E[]) {
  return getEditionPaths(entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } })));
}
