import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { createCatalogExport } from '../../site/open-data';

/** Every entry with its frontmatter and URL (documented at /data/). */
export const GET: APIRoute = async ({ site }) => Response.json(createCatalogExport(await getCatalog(), { site: site! }));
