import { z } from 'astro/zod';
import { COLLECTIONS, ENTRY_KEY_PATTERN, ID_PATTERN, schemas, type CollectionName } from '../schemas';
import { getEntryTitle, type Catalog, type Entry } from '../catalog/entries';
import { findReferences, getCollectionFields } from '../schemas/fields';
import { EDGE_TYPES, type EdgeType } from '../catalog/graph';
import { CODE_LICENCE, CONTENT_LICENCE, SITE_NAME } from '../settings';
import { getEntryHref, withBase } from './routes';
import { DEFAULT_LOCALE, getMessages } from '../i18n';
import type { SiteAddress } from './structured-data';

/** Site paths of the open data files and their JSON Schemas. */
export const OPEN_DATA_PATHS = {
  catalog: '/data/catalog.json',
  catalogSchema: '/data/catalog.schema.json',
  graph: '/data/graph.json',
  graphSchema: '/data/graph.schema.json',
} as const;

/** What each edge type means, in English: graph.json says it, and the /data/ page of each edition in its language. */
export const EDGE_TYPE_DESCRIPTIONS: Record<EdgeType, string> = getMessages(DEFAULT_LOCALE).openData.edgeTypes;

const licence = z
  .strictObject({
    name: z.string().describe('The licence name, e.g. "CC BY-SA 4.0".'),
    spdx: z.string().describe('The SPDX identifier, e.g. "CC-BY-SA-4.0".'),
    url: z.string().describe('Where the licence text is.'),
  })
  .meta({ title: 'licence' });

const header = {
  $schema: z.string().describe('URL of the JSON Schema this file follows.'),
  name: z.string().describe('What the file is.'),
  site: z.string().describe('The home page of the site the data comes from.'),
  licence: z
    .strictObject({
      content: licence.describe('Licence of the data (the catalog content): attribute Hallyu Abroad and share alike.'),
      code: licence.describe('Licence of the code that builds the site and this file.'),
    })
    .describe('Licences: content CC BY-SA 4.0, code MIT.'),
};

const entryKey = z.string().regex(ENTRY_KEY_PATTERN);

/** One entry of catalog.json for each collection: the frontmatter is checked by that collection's own schema. */
const catalogEntry = (collection: CollectionName) =>
  z
    .strictObject({
      collection: z.literal(collection).describe('The collection the entry belongs to.'),
      id: z.string().regex(ID_PATTERN).describe('The entry id: its file name and URL segment.'),
      url: z.string().describe('The entry page, absolute.'),
      title: z.string().describe('The title or name it is listed under.'),
      data: schemas[collection].describe(`The entry's frontmatter, as in content/${collection}/<id>.mdx, with defaults filled in.`),
    })
    .meta({ title: `${collection} entry` });

/** The format of /data/catalog.json. */
export const catalogExportSchema = z
  .strictObject({
    ...header,
    entries: z
      .array(z.discriminatedUnion('collection', COLLECTIONS.map(catalogEntry) as unknown as [ReturnType<typeof catalogEntry>]))
      .describe('Every entry, collection by collection, A-Z.'),
  })
  .meta({
    title: 'Hallyu Abroad catalog',
    description: 'Every entry of the Hallyu Abroad catalog with its frontmatter and URL. References are entry ids.',
  });

/** The format of /data/graph.json. */
export const graphExportSchema = z
  .strictObject({
    ...header,
    edgeTypes: z.record(z.enum(Object.values(EDGE_TYPES) as [EdgeType, ...EdgeType[]]), z.string()).describe('What each edge type means.'),
    nodes: z
      .array(
        z.strictObject({
          id: entryKey.describe('`<collection>/<id>`, as edges name it.'),
          collection: z.enum(COLLECTIONS),
          title: z.string(),
          url: z.string().describe('The entry page, absolute.'),
        }),
      )
      .describe('Every entry.'),
    edges: z
      .array(
        z.strictObject({
          from: entryKey.describe('The entry whose frontmatter declares the relation.'),
          to: entryKey.describe('The entry it points to.'),
          type: z.enum(Object.values(EDGE_TYPES) as [EdgeType, ...EdgeType[]]).describe('What the relation is: see edgeTypes.'),
          role: z.string().optional().describe('The role, relation or character given beside the reference.'),
        }),
      )
      .describe('Every relation, typed by the frontmatter field it comes from.'),
  })
  .meta({
    title: 'Hallyu Abroad relation graph',
    description: 'The entries of Hallyu Abroad as nodes and their relations as typed, directed edges.',
  });

export type CatalogExport = z.input<typeof catalogExportSchema>;
export type GraphExport = z.input<typeof graphExportSchema>;

/** An entry's frontmatter as a contributor writes it: references back to plain ids. */
export function toFrontmatter(collection: CollectionName, data: unknown): Record<string, unknown> {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const { path, id } of findReferences(getCollectionFields(collection), data)) {
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>((value, key) => value[key] as Record<string | number, unknown>, copy);
    parent[path.at(-1)!] = id;
  }
  return copy;
}

function headerOf(address: SiteAddress, schemaPath: string, name: string) {
  const absolute = (path: string) => new URL(withBase(path, address.base), address.site).href;
  return {
    $schema: absolute(schemaPath),
    name,
    site: absolute('/'),
    licence: { content: CONTENT_LICENCE, code: CODE_LICENCE },
  };
}

function entryUrl(address: SiteAddress, entry: Entry): string {
  return new URL(getEntryHref(entry.collection, entry.id, DEFAULT_LOCALE, address.base), address.site).href;
}

/** /data/catalog.json: every entry with its frontmatter and URL. */
export function createCatalogExport(catalog: Catalog, address: SiteAddress): CatalogExport {
  return {
    ...headerOf(address, OPEN_DATA_PATHS.catalogSchema, `${SITE_NAME} catalog`),
    entries: COLLECTIONS.flatMap((collection) =>
      catalog.byCollection[collection].map((entry) => ({
        collection,
        id: entry.id,
        url: entryUrl(address, entry),
        title: getEntryTitle(entry),
        data: toFrontmatter(entry.collection, entry.data),
      })),
    ) as CatalogExport['entries'],
  };
}

/** /data/graph.json: the relation graph, nodes and typed edges. */
export function createGraphExport(catalog: Catalog, address: SiteAddress): GraphExport {
  return {
    ...headerOf(address, OPEN_DATA_PATHS.graphSchema, `${SITE_NAME} relation graph`),
    edgeTypes: EDGE_TYPE_DESCRIPTIONS,
    nodes: COLLECTIONS.flatMap((collection) =>
      catalog.byCollection[collection].map((entry) => ({
        id: `${collection}/${entry.id}`,
        collection,
        title: getEntryTitle(entry),
        url: entryUrl(address, entry),
      })),
    ),
    edges: catalog.graph.edges.map((edge) => ({
      from: edge.from,
      to: edge.to,
      type: edge.type,
      ...(edge.role ? { role: edge.role } : {}),
    })),
  };
}

/** The JSON Schema of an export, generated from its zod schema so the two cannot drift. */
export function getExportJsonSchema(schema: z.ZodType, address: SiteAddress, path: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }),
    $id: new URL(withBase(path, address.base), address.site).href,
  };
}
