import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { toLocale } from '../../i18n';
import { createSearchIndex, createSearchRecords } from '../../search/search-index';
import { getEditionIndexPaths } from '../../site/routes';

export const getStaticPaths = getEditionIndexPaths;

/** The prebuilt search index of an edition, which its search box loads on first use (src/search/search-engine.ts). */
export const GET: APIRoute = async ({ currentLocale }) => {
  const { entries } = await getCatalog();
  return new Response(JSON.stringify(createSearchIndex(createSearchRecords(entries, toLocale(currentLocale)))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
