import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { createCatalogExport } from '../../lib/open-data';

/** Every entry with its frontmatter and URL (documented at /data/). */
export const GET: APIRoute = async ({ site }) => Response.json(createCatalogExport(await getCatalog(), { site: site! }));
