import type { APIRoute } from 'astro';
import { getExportJsonSchema, graphExportSchema, OPEN_DATA_PATHS } from '../../lib/open-data';

/** The JSON Schema of /data/graph.json. */
export const GET: APIRoute = ({ site }) =>
  Response.json(getExportJsonSchema(graphExportSchema, { site: site! }, OPEN_DATA_PATHS.graphSchema));
