import { LOCALIZATION_MODEL_GROUPS } from './localization-models';
import { getEntryKey, WORK_EDGE_TYPES } from '../catalog/graph';
import { getEntryMarkets, getEntryYear, getLocalizedTitle, sortByDate, type Catalog, type Entry } from '../catalog/entries';
import { DEFAULT_LOCALE, getMessages, type Locale } from '../i18n';
import { getFormatter } from '../i18n/format';

/** A browse page's list: a key (market code, year, platform id), a label and its entries. */
export interface BrowseGroup<E extends Entry = Entry> {
  key: string;
  label: string;
  /** The label's language where it is not the edition's (an English company name). */
  lang?: string;
  entries: E[];
}

/** Productions and musicals by the country they were made for, largest market first. */
export function getMarkets<E extends Entry>(catalog: Catalog<E>, locale: Locale = DEFAULT_LOCALE): BrowseGroup<E>[] {
  const { country } = getFormatter(locale);
  const byCode = new Map<string, E[]>();
  for (const entry of catalog.entries) {
    for (const code of getEntryMarkets(entry)) byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  return [...byCode]
    .map(([code, entries]) => ({ key: code, label: country(code), entries: sortByDate(entries) }))
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
export function getPlatforms<E extends Entry>(catalog: Catalog<E>, locale: Locale = DEFAULT_LOCALE): BrowseGroup<E>[] {
  return catalog.byCollection.studios
    .filter((studio) => studio.data.kinds.some((kind) => PLATFORM_KINDS.has(kind)))
    .map((studio) => {
      const productions = catalog.graph
        .incoming(getEntryKey('studios', studio.id))
        .filter((edge) => edge.type === 'credit' && (edge.role === 'broadcaster' || edge.role === 'streamer'))
        .map((edge) => catalog.get(edge.from)!);
      const name = getLocalizedTitle(studio, locale);
      return { key: studio.id, label: name.text, lang: name.lang, entries: sortByDate([...new Set(productions)]) };
    })
    .sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label));
}

/** Productions and musicals by how they were taken local, in the order the contributing guide explains the models. */
export function getLocalizationModels<E extends Entry>(catalog: Catalog<E>, locale: Locale = DEFAULT_LOCALE): BrowseGroup<E>[] {
  const t = getMessages(locale);
  return LOCALIZATION_MODEL_GROUPS.flatMap(({ models }) => [...models]).map((model) => ({
    key: model,
    label: t.models.labels[model],
    entries: sortByDate(
      catalog.entries.filter(
        (entry) => (entry.collection === 'productions' || entry.collection === 'musicals') && entry.data.localization === model,
      ),
    ),
  }));
}

/** A company of a group with the companies it owns. */
export interface GroupMember<E extends Entry = Entry> {
  studio: E;
  members: GroupMember<E>[];
}

/** A Korean company group: its parent company, the companies it owns at any depth, and their work. */
export interface CompanyGroup<E extends Entry = Entry> extends BrowseGroup<E> {
  /** The parent company at the top of the group, with what it owns below it. */
  tree: GroupMember<E>;
  /** Every company of the group, the parent first. */
  companies: E[];
}

/**
 * Korean company groups: every South Korean company in the catalog that owns another, with all
 * it owns below it, and the productions and musicals any of them is credited on. Largest first.
 */
export function getCompanyGroups<E extends Entry>(catalog: Catalog<E>, locale: Locale = DEFAULT_LOCALE): CompanyGroup<E>[] {
  const children = new Map<string, E[]>();
  for (const studio of catalog.byCollection.studios) {
    if (studio.data.parent) children.set(studio.data.parent.id, [...(children.get(studio.data.parent.id) ?? []), studio]);
  }
  const treeOf = (studio: E): GroupMember<E> => ({ studio, members: (children.get(studio.id) ?? []).map(treeOf) });
  const flatten = (member: GroupMember<E>): E[] => [member.studio, ...member.members.flatMap(flatten)];
  return catalog.byCollection.studios
    .filter((studio) => studio.data.country === 'KR' && studio.data.parent === undefined && children.has(studio.id))
    .map((parent) => {
      const tree = treeOf(parent);
      const companies = flatten(tree);
      const work = companies.flatMap((studio) =>
        catalog.graph
          .incoming(getEntryKey('studios', studio.id))
          .filter((edge) => WORK_EDGE_TYPES.has(edge.type))
          .map((edge) => catalog.get(edge.from)!),
      );
      const name = getLocalizedTitle(parent, locale);
      return { key: parent.id, label: name.text, lang: name.lang, tree, companies, entries: sortByDate([...new Set(work)]) };
    })
    .sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label));
}

/** The newest premieres and stagings, for the home page. */
export function getLatest<E extends Entry>(catalog: Catalog<E>, count: number): E[] {
  return sortByDate(catalog.entries.filter((entry) => entry.collection === 'productions' || entry.collection === 'musicals'))
    .filter((entry) => getEntryYear(entry) !== undefined)
    .slice(0, count);
}
