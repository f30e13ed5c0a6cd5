import type { CollectionName, Musical, Person, Production, Source, Studio } from '../schemas';
import { COLLECTIONS } from '../schemas';
import { getYear } from '../schemas/partial-date';
import { DEFAULT_LOCALE, getMessages, type Locale } from '../i18n';
import { getFormatter, type LocalizedText } from '../i18n/format';
import { createGraph, getEntryKey, getLinks, parseEntryKey, type EntryKey, type Graph, type Link } from './graph';

/** Parsed frontmatter of each collection. */
export interface EntryData {
  productions: Production;
  studios: Studio;
  musicals: Musical;
  people: Person;
  sources: Source;
}

/** A catalog entry: its collection, id and parsed frontmatter (Astro's entries have this shape too). */
export type Entry<C extends CollectionName = CollectionName> = {
  [K in C]: { collection: K; id: string; data: EntryData[K]; filePath?: string | undefined };
}[C];

/** Every entry, indexed, with its relation graph: built once per build. */
export interface Catalog<E extends Entry = Entry> {
  entries: E[];
  byCollection: { [C in CollectionName]: Extract<E, { collection: C }>[] };
  get(key: EntryKey): E | undefined;
  graph: Graph;
}

/** The name an entry is listed under: its title or its name. */
export function getEntryTitle(entry: Entry): string {
  // A description standing in for an unknown headline is bracketed, as citation styles do.
  if (entry.collection === 'sources') return entry.data.headlineKnown ? entry.data.title : `[${entry.data.title}]`;
  return 'title' in entry.data ? entry.data.title : entry.data.name;
}

/**
 * The name an entry goes by in an edition, with its language: the name recorded in that language
 * (an edition block's, else an original-script one), else the English name. A source keeps its
 * headline, in the language it was published in.
 */
export function getLocalizedTitle(entry: Entry, locale: Locale): LocalizedText {
  if (entry.collection === 'sources') return { text: getEntryTitle(entry), lang: entry.data.language };
  if (locale !== DEFAULT_LOCALE) {
    const edition = entry.data[locale];
    const recorded = edition && ('title' in edition ? edition.title : 'name' in edition ? edition.name : undefined);
    const text = recorded ?? getOriginalNames(entry).find((name) => name.lang === locale)?.text;
    if (text) return { text, lang: locale };
  }
  return { text: getEntryTitle(entry), lang: DEFAULT_LOCALE };
}

/** One line about an entry, for lists and link previews, in the edition's language where it is translated. */
export function getLocalizedSummary(entry: Entry, locale: Locale): LocalizedText {
  if (entry.collection !== 'sources') {
    const translated = locale === DEFAULT_LOCALE ? undefined : entry.data[locale]?.summary;
    return translated ? { text: translated, lang: locale } : { text: entry.data.summary, lang: DEFAULT_LOCALE };
  }
  const { publisher, author, published } = entry.data;
  return { text: [publisher, author, published && getFormatter(locale).date(published)].filter(Boolean).join(', '), lang: locale };
}

/** Names in original script ("魔物", "나인우"). */
export function getOriginalNames(entry: Entry): { text: string; lang: string }[] {
  switch (entry.collection) {
    case 'productions':
    case 'musicals':
      return entry.data.originalTitle ? [entry.data.originalTitle] : [];
    case 'studios':
      return entry.data.originalName ? [entry.data.originalName] : [];
    case 'people':
      return entry.data.originalNames;
    case 'sources':
      return [];
  }
}

/** The partial date that places an entry in time: premiere, first staging or publication. */
export function getEntryDate(entry: Entry): string | undefined {
  switch (entry.collection) {
    case 'productions':
      return entry.data.premiere;
    case 'musicals':
      return entry.data.premiere ?? entry.data.stagings.find((staging) => staging.from)?.from;
    case 'sources':
      return entry.data.published;
    default:
      return undefined;
  }
}

/** The year an entry is placed in, if any. */
export function getEntryYear(entry: Entry): number | undefined {
  const date = getEntryDate(entry);
  return date === undefined ? undefined : getYear(date);
}

/** Countries an entry is made for: a production's markets, a musical's staging countries. */
export function getEntryMarkets(entry: Entry): string[] {
  if (entry.collection === 'productions') return entry.data.markets;
  if (entry.collection === 'musicals') return [...new Set(entry.data.stagings.map((staging) => staging.country))];
  return [];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts entries A-Z by title or name; in another edition, by the names it shows, in its alphabetical order (가나다, あいうえお). */
export function sortByTitle<E extends Entry>(entries: readonly E[], locale: Locale = DEFAULT_LOCALE): E[] {
  if (locale === DEFAULT_LOCALE) return [...entries].sort((a, b) => collator.compare(getEntryTitle(a), getEntryTitle(b)));
  const local = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const names = new Map(entries.map((entry) => [entry, getLocalizedTitle(entry, locale).text]));
  return [...entries].sort((a, b) => local.compare(names.get(a)!, names.get(b)!));
}

/** Sorts entries newest first by their date; undated last, then A-Z. */
export function sortByDate<E extends Entry>(entries: readonly E[]): E[] {
  return [...entries].sort(
    (a, b) => (getEntryDate(b) ?? '').localeCompare(getEntryDate(a) ?? '') || collator.compare(getEntryTitle(a), getEntryTitle(b)),
  );
}

/** Indexes entries and builds their relation graph. */
export function createCatalog<E extends Entry>(entries: readonly E[]): Catalog<E> {
  const sorted = sortByTitle(entries);
  const byKey = new Map(sorted.map((entry) => [getEntryKey(entry.collection, entry.id), entry]));
  const byCollection = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, sorted.filter((entry) => entry.collection === collection)]),
  ) as Catalog<E>['byCollection'];
  return {
    entries: sorted,
    byCollection,
    get: (key) => byKey.get(key),
    graph: createGraph(sorted),
  };
}

/** A related entry ready to render: the entry and how it relates. */
export interface RelatedEntry<E extends Entry = Entry> {
  entry: E;
  label: LocalizedText;
}

/** A titled group of related entries on a page. */
export interface RelatedGroup<E extends Entry = Entry> {
  collection: CollectionName;
  heading: string;
  items: RelatedEntry<E>[];
}

function resolveLinks<E extends Entry>(catalog: Catalog<E>, links: readonly Link[]): RelatedEntry<E>[] {
  return links.map((link) => {
    const entry = catalog.get(link.key);
    // Validation guarantees every reference resolves; reaching this is a bug, not bad content.
    if (!entry) throw new Error(`catalog: ${link.edge.from} refers to ${link.key}, which is not in the catalog`);
    return { entry, label: link.label };
  });
}

/** Everything an entry page shows besides its own fields: what it names and what names it, grouped by kind, in an edition's words. */
export function getRelations<E extends Entry>(catalog: Catalog<E>, entry: E, locale: Locale = DEFAULT_LOCALE) {
  const t = getMessages(locale);
  const key = getEntryKey(entry.collection, entry.id);
  const { outgoing, incoming } = getLinks(catalog.graph, key, locale);
  const group = (items: RelatedEntry<E>[]): RelatedGroup<E>[] =>
    COLLECTIONS.map((collection) => ({
      collection,
      heading:
        entry.collection === 'sources'
          ? t.entry.citingThisSource(t.collections[collection].backlinks)
          : t.collections[collection].backlinks,
      items: items.filter((item) => item.entry.collection === collection),
    })).filter((g) => g.items.length > 0);
  const outgoingEntries = resolveLinks(catalog, outgoing);
  const sources = outgoingEntries.filter((item) => item.entry.collection === 'sources');
  // Several relations from one entry (TV Asahi as co-producer and as broadcaster) merge into one row.
  const backlinks = mergeByEntry(resolveLinks(catalog, incoming), locale);
  return { outgoing: outgoingEntries, sources, backlinks: group(backlinks) };
}

function mergeByEntry<E extends Entry>(items: readonly RelatedEntry<E>[], locale: Locale): RelatedEntry<E>[] {
  const merged = new Map<E, LocalizedText[]>();
  for (const item of items) {
    const labels = merged.get(item.entry) ?? [];
    if (!labels.some((label) => label.text === item.label.text)) labels.push(item.label);
    merged.set(item.entry, labels);
  }
  return sortByTitle([...merged.keys()]).map((entry) => {
    const labels = merged.get(entry)!;
    const [first] = labels;
    return {
      entry,
      label: {
        text: getMessages(locale).relations.join(labels.map((label) => label.text)),
        lang: labels.every((label) => label.lang === first!.lang) ? first!.lang : locale,
      },
    };
  });
}

export { getEntryKey, parseEntryKey };
