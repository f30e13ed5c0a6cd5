import { getCountryName } from './format';
import { getEntryKey } from '../catalog/graph';
import { getEntryMarkets, getEntryYear, sortByDate, type Catalog, type Entry } from '../catalog/entries';

/** A browse page's list: a key (market code, year, platform id), a label and its entries. */
export interface BrowseGroup<E extends Entry = Entry> {
  key: string;
  label: string;
  entries: E[];
}

/** Productions and musicals by the country they were made for, largest market first. */
export function getMarkets<E extends Entry>(catalog: Catalog<E>): BrowseGroup<E>[] {
  const byCode = new Map<string, E[]>();
  for (const entry of catalog.entries) {
    for (const code of getEntryMarkets(entry)) byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  return [...byCode]
    .map(([code, entries]) => ({ key: code, label: getCountryName(code), entries: sortByDate(entries) }))
    .sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label));
}

/** Productions and musicals by year of premiere or first staging, newest first. */
export function getYears<E extends Entry>(catalog: Catalog<E>): BrowseGroup<E>[] {
  const byYear = new Map<number, E[]>();
  for (const entry of catalog.entries) {
    if (entry.collection !== 'productions' && entry.collection !== 'musicals') continue;
    const year = getEntryYear(entry);
    if (year !== undefined) byYear.set(year, [...(byYear.get(year) ?? []), entry]);
  }
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, entries]) => ({ key: String(year), label: String(year), entries: sortByDate(entries) }));
}

const PLATFORM_KINDS = new Set(['broadcaster', 'channel', 'streaming-platform']);

/** Broadcasters, channels and streaming platforms, each with the productions it airs or streams. */
export function getPlatforms<E extends Entry>(catalog: Catalog<E>): BrowseGroup<E>[] {
  return catalog.byCollection.studios
    .filter((studio) => studio.data.kinds.some((kind) => PLATFORM_KINDS.has(kind)))
    .map((studio) => {
      const productions = catalog.graph
        .incoming(getEntryKey('studios', studio.id))
        .filter((edge) => edge.type === 'credit' && (edge.role === 'broadcaster' || edge.role === 'streamer'))
        .map((edge) => catalog.get(edge.from)!);
      return { key: studio.id, label: studio.data.name, entries: sortByDate([...new Set(productions)]) };
    })
    .sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label));
}

/** The newest premieres and stagings, for the home page. */
export function getLatest<E extends Entry>(catalog: Catalog<E>, count: number): E[] {
  return sortByDate(catalog.entries.filter((entry) => entry.collection === 'productions' || entry.collection === 'musicals'))
    .filter((entry) => getEntryYear(entry) !== undefined)
    .slice(0, count);
}
