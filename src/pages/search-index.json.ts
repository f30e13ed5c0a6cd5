import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog/catalog';
import { createSearchIndex, createSearchRecords } from '../search/search-index';

/** The prebuilt search index the search box loads on first use (src/search/search-engine.ts). */
export const GET: APIRoute = async () => {
  const { entries } = await getCatalog();
  return new Response(JSON.stringify(createSearchIndex(createSearchRecords(entries))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
