import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../src/checker/content-files';
import { createCatalog, type Entry } from '../../src/catalog/entries';
import {
  catalogExportSchema,
  createCatalogExport,
  createGraphExport,
  getExportJsonSchema,
  graphExportSchema,
  OPEN_DATA_PATHS,
  toFrontmatter,
} from '../../src/site/open-data';
import { validateContent } from '../../src/checker/validate';
import { schemas } from '../../src/schemas';
import { validateJsonSchema } from '../helpers/json-schema';
import { SEED_CATALOG } from '../helpers/seed-catalog';

const files = readSourceFiles(SEED_CATALOG);
const catalog = createCatalog(validateContent(files, [], { bodies: false }).entries as unknown as Entry[]);
const address = { site: 'https://example.org', base: '/hallyu-abroad' };

describe('the open data exports', () => {
  const exported = JSON.parse(JSON.stringify(createCatalogExport(catalog, address)));
  const graph = JSON.parse(JSON.stringify(createGraphExport(catalog, address)));
  const catalogSchema = getExportJsonSchema(catalogExportSchema, address, OPEN_DATA_PATHS.catalogSchema);
  const graphSchema = getExportJsonSchema(graphExportSchema, address, OPEN_DATA_PATHS.graphSchema);

  it('lists every entry with its URL and its frontmatter as written, ids for references', () => {
    expect(exported.entries).toHaveLength(files.length);
    const mamono = exported.entries.find((entry: { id: string }) => entry.id === 'mamono');
    expect(mamono.url).toBe('https://example.org/hallyu-abroad/productions/mamono/');
    expect(mamono.data.credits[0]).toEqual({ studio: 'sll', role: 'planning' });
    expect(mamono.data.cast[0]).toEqual({ person: 'kumiko-aso' });
    expect(mamono.data.sources).toEqual([
      'joongang-2025-05-22-local-production',
      'eiga-2025-03-06-mamono',
      'netatopi-2025-04-18-tv-asahi-sll',
    ]);
    expect(exported.licence.content.spdx).toBe('CC-BY-SA-4.0');
    expect(exported.licence.code.spdx).toBe('MIT');
    expect(exported.$schema).toBe('https://example.org/hallyu-abroad/data/catalog.schema.json');
  });

  it('exports frontmatter the content schemas accept again, parsing back to the same data', () => {
    for (const entry of exported.entries) {
      const parsed = schemas[entry.collection as Entry['collection']].safeParse(entry.data);
      expect(parsed.success, `${entry.collection}/${entry.id}`).toBe(true);
      expect(toFrontmatter(entry.collection as Entry['collection'], parsed.data)).toEqual(entry.data);
    }
  });

  it('validates against its generated JSON Schema, which rejects a broken copy', () => {
    expect(catalogSchema['$id']).toBe('https://example.org/hallyu-abroad/data/catalog.schema.json');
    expect(validateJsonSchema(catalogSchema, exported)).toEqual([]);
    const broken = structuredClone(exported);
    broken.entries[0].data.unknownField = 1;
    broken.entries[1].collection = 'shows';
    const errors = validateJsonSchema(catalogSchema, broken).join('\n');
    expect(errors).toMatch(/^\/entries\/0: must match exactly one schema in oneOf/m);
    expect(errors).toMatch(/^\/entries\/0\/data: must NOT have additional properties \{"additionalProperty":"unknownField"\}/m);
    expect(errors).toMatch(/^\/entries\/1: must match exactly one schema in oneOf/m);
  });

  it('exports the relation graph: every entry a node, every relation a typed edge', () => {
    expect(validateJsonSchema(graphSchema, graph)).toEqual([]);
    expect(graph.nodes).toHaveLength(files.length);
    expect(graph.edges).toHaveLength(catalog.graph.edges.length);
    const nodes = new Set(graph.nodes.map((node: { id: string }) => node.id));
    for (const edge of graph.edges) {
      expect(nodes.has(edge.from) && nodes.has(edge.to), `${edge.from} -> ${edge.to}`).toBe(true);
    }
    expect(graph.edges).toContainEqual({ from: 'studios/gtist', to: 'studios/studio-dragon', type: 'parent' });
    expect(graph.edges).toContainEqual({ from: 'productions/mamono', to: 'studios/tv-asahi', type: 'credit', role: 'broadcaster' });
    expect(validateJsonSchema(graphSchema, { ...graph, edges: [{ from: 'x', to: 'studios/sll', type: 'credit' }] }).length).toBeGreaterThan(
      0,
    );
  });
});
