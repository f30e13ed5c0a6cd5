import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { createGraphExport } from '../../site/open-data';

/** The relation graph: nodes and typed edges (documented at /data/). */
export const GET: APIRoute = async ({ site }) => Response.json(createGraphExport(await getCatalog(), { site: site! }));
