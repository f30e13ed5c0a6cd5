import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { createGraphExport } from '../../lib/open-data';

/** The relation graph: nodes and typed edges (documented at /data/). */
export const GET: APIRoute = async ({ site }) => Response.json(createGraphExport(await getCatalog(), { site: site! }));
