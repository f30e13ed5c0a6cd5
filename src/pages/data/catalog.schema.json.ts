import type { APIRoute } from 'astro';
import { catalogExportSchema, getExportJsonSchema, OPEN_DATA_PATHS } from '../../site/open-data';

/** The JSON Schema of /data/catalog.json. */
export const GET: APIRoute = ({ site }) =>
  Response.json(getExportJsonSchema(catalogExportSchema, { site: site! }, OPEN_DATA_PATHS.catalogSchema));
