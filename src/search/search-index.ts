import {
  createCatalog,
  getEntryKey,
  getEntryMarkets,
  getEntryTitle,
  getEntryYear,
  getLocalizedTitle,
  getOriginalNames,
  type Entry,
} from '../catalog/entries';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { EdgeType } from '../catalog/graph';
import { createSearchIndex, listIndexFiles, type SearchRecord } from './search-engine';

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

/**
 * One search record per entry, in the order given, with every name it can be found by, for an
 * edition: the title is the name it goes by there (shown first, and ranked as the title), and
 * its English name, when that differs, is its first alias. Its page, /<kind>/<id>/ under the
 * edition's prefix, is the browser's to make: a URL per record would cost every edition bytes.
 */
export function createSearchRecords(entries: readonly Entry[], locale: Locale = DEFAULT_LOCALE): SearchRecord[] {
  const catalog = createCatalog(entries);
  return entries.map((entry) => {
    const year = getEntryYear(entry);
    const title = getLocalizedTitle(entry, locale);
    const english = getEntryTitle(entry);
    return {
      id: entry.id,
      kind: entry.collection,
      title: title.text,
      originalNames: getOriginalNames(entry)
        .filter(({ text }) => text !== title.text)
        .map(({ text, lang }) => ({ text, lang })),
      // An alias that is the edition's title (a Hangul alias on the Korean edition) is already found as the title.
      aliases: [
        ...(title.text === english ? [] : [english]),
        ...('aliases' in entry.data ? entry.data.aliases.filter((alias) => alias !== title.text) : []),
      ],
      credits: getCredits(catalog, entry),
      ...(year === undefined ? {} : { year }),
      markets: getEntryMarkets(entry),
    };
  });
}

/** Every file of an edition's search index, by name (getIndexFileName), with what it holds. */
export function getSearchIndexFiles(entries: readonly Entry[], locale: Locale): { name: string; data: unknown }[] {
  return listIndexFiles(createSearchIndex(createSearchRecords(entries, locale)));
}
