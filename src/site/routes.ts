import type { CollectionName } from '../schemas';

/** The site's base path with one trailing slash ("/" or "/hallyu-abroad/"). */
// `import.meta.env` exists only under Vite; plain Node (tsx tools, the benchmark) sees the root.
export const BASE: string = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** "/hallyu-abroad" and "hallyu-abroad/" both become "/hallyu-abroad/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a site path ("/studios/") with the base path. Every internal href goes through here. */
export function withBase(path: string, base: string = BASE): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** The URL of an entry's page: /<collection>/<id>/. */
export function getEntryHref(collection: CollectionName, id: string, base: string = BASE): string {
  return withBase(`/${collection}/${id}/`, base);
}

/** The index page of a collection. */
export function getCollectionHref(collection: CollectionName, base: string = BASE): string {
  return withBase(`/${collection}/`, base);
}

/** Browse page of one market, by ISO 3166-1 code: /markets/jp/. */
export function getMarketHref(code: string, base: string = BASE): string {
  return withBase(`/markets/${code.toLowerCase()}/`, base);
}

/** Browse page of one year: /years/2025/. */
export function getYearHref(year: string | number, base: string = BASE): string {
  return withBase(`/years/${year}/`, base);
}

/** Browse page of one localization model: /models/format-remake/. */
export function getModelHref(model: string, base: string = BASE): string {
  return withBase(`/models/${model}/`, base);
}

/** Browse page of one Korean company group, by its parent company's id: /groups/cj-enm/. */
export function getGroupHref(id: string, base: string = BASE): string {
  return withBase(`/groups/${id}/`, base);
}

/** Static paths of every entry page, for the one dynamic entry route. */
export function getEntryStaticPaths<E extends { collection: CollectionName; id: string }>(entries: readonly E[]) {
  return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
