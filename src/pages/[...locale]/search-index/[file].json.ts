import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/catalog';
import { LOCALES } from '../../../i18n/locales';
import { getSearchIndexFiles } from '../../../search/search-index';
import { getLocaleParam } from '../../../site/routes';

/** Every file of every edition's search index, made once per build: `latin.json`, `cjk.json`, `records-<n>.json`. */
export const getStaticPaths = (async () => {
  const { entries } = await getCatalog();
  return LOCALES.flatMap((locale) =>
    getSearchIndexFiles(entries, locale).map(({ name, data }) => ({
      params: { locale: getLocaleParam(locale), file: name.replace(/\.json$/, '') },
      props: { data },
    })),
  );
}) satisfies GetStaticPaths;

/** One file of an edition's search index, which its search box loads as queries need it (src/search/search-engine.ts). */
export const GET: APIRoute<{ data: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
