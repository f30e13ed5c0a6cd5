import type { APIRoute } from 'astro';
import { getExportJsonSchema, graphExportSchema, OPEN_DATA_PATHS } from '../../site/open-data';

/** The JSON Schema of /data/graph.json. */
export const GET: APIRoute = ({ site }) =>
  Response.json(getExportJsonSchema(graphExportSchema, { site: site! }, OPEN_DATA_PATHS.graphSchema));
