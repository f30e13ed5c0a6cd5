import { createCatalog, getEntryKey, getEntryMarkets, getEntryTitle, getEntryYear, getOriginalNames, type Entry } from '../catalog/entries';
import type { EdgeType } from '../catalog/graph';
import { getEntryHref } from '../site/routes';
import type { SearchRecord } from './search-engine';

// Search for the site and the benchmark: records from catalog entries (build time), then the
// engine the browser runs. The browser imports `search-engine.ts` directly, since this module
// pulls in the catalog and its schemas.
export * from './search-engine';

/** Relations that credit a person or company; `cites` and production-to-production links do not. */
const CREDIT_EDGES: ReadonlySet<EdgeType> = new Set(['credit', 'cast', 'crew', 'producer', 'staff', 'affiliation', 'parent']);

/** Names credited by an entry: the people and companies it names, or a source's publisher and author. */
function getCredits(catalog: ReturnType<typeof createCatalog>, entry: Entry): string[] {
  if (entry.collection === 'sources') return [entry.data.publisher, ...(entry.data.author ? [entry.data.author] : [])];
  const names = catalog.graph
    .outgoing(getEntryKey(entry.collection, entry.id))
    .filter((edge) => CREDIT_EDGES.has(edge.type))
    .map((edge) => {
      const target = catalog.get(edge.to);
      // Validation guarantees every reference resolves; reaching this is a bug, not bad content.
      if (!target) throw new Error(`search: ${edge.from} credits ${edge.to}, which is not in the catalog`);
      return getEntryTitle(target);
    });
  return [...new Set(names)];
}

/** One search record per entry, in the order given, with every name it can be found by. */
export function createSearchRecords(entries: readonly Entry[]): SearchRecord[] {
  const catalog = createCatalog(entries);
  return entries.map((entry) => {
    const year = getEntryYear(entry);
    return {
      id: entry.id,
      kind: entry.collection,
      url: getEntryHref(entry.collection, entry.id, '/'),
      title: getEntryTitle(entry),
      originalNames: getOriginalNames(entry).map(({ text, lang }) => ({ text, lang })),
      aliases: 'aliases' in entry.data ? [...entry.data.aliases] : [],
      credits: getCredits(catalog, entry),
      ...(year === undefined ? {} : { year }),
      markets: getEntryMarkets(entry),
    };
  });
}
