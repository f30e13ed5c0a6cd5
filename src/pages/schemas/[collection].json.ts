import type { APIRoute, GetStaticPaths } from 'astro';
import { getFrontmatterJsonSchema } from '../../schemas/fields';
import { withBase } from '../../site/routes';
import { COLLECTIONS, type CollectionName } from '../../schemas';

export const getStaticPaths: GetStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

/** The JSON Schema of a collection's frontmatter, for editors and other tools. */
export const GET: APIRoute = ({ params, site }) => {
  const collection = params['collection'] as CollectionName;
  return Response.json(getFrontmatterJsonSchema(collection, new URL(withBase(`/schemas/${collection}.json`), site).href));
};
