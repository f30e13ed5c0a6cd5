import type {
  CountryLeaf,
  CreativeWork,
  CreativeWorkLeaf,
  Graph,
  ItemPageLeaf,
  MovieLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  TheaterEventLeaf,
  Thing,
  TVSeriesLeaf,
} from 'schema-dts';
import { COLLECTION_INFO } from '../schemas';
import { getEntryTitle, getLocalizedTitle, getOriginalNames, getRelations, type Catalog, type Entry } from '../catalog/entries';
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { getFormatter } from '../i18n/format';
import { getEntryKey } from '../catalog/graph';
import { CONTENT_LICENCE, SITE_NAME } from '../settings';
import { getEntryHref, getPageHref } from './routes';
import { isHttpUrl } from './safe-url';

/** The JSON-LD document of a page: a graph of the page itself and the thing it is about. */
export type JsonLdDocument = Graph;

/** The schema.org node an entry of each collection is described as. */
interface EntryNodes {
  productions: TVSeriesLeaf | MovieLeaf;
  studios: OrganizationLeaf;
  musicals: CreativeWorkLeaf;
  people: PersonLeaf;
  sources: CreativeWorkLeaf;
}

/** A node as assembled from an entry, whose optional values may still be missing. */
type Draft<T> = { [K in keyof T]: T[K] | undefined };

/** Where the site lives: SITE_URL and the base path, so every `@id` and `url` is absolute. */
export interface SiteAddress {
  site: URL | string;
  base?: string;
  /** The edition whose pages the URLs point to; default English. */
  locale?: Locale;
}

/** Credit roles that make a company a production company; the rest air, stream or distribute it. */
const PRODUCTION_COMPANY_ROLES = new Set(['planning', 'producer', 'co-producer']);

function entryUrl(address: SiteAddress, entry: { collection: Entry['collection']; id: string }): string {
  return new URL(getEntryHref(entry.collection, entry.id, address.locale ?? DEFAULT_LOCALE, address.base), address.site).href;
}

/** The node without its missing values and empty lists. */
function compact<T extends object>(node: Draft<T>): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

/** A reference to another entry of the catalog: its type, page and name. */
function linkTo<C extends Entry['collection']>(catalog: Catalog, address: SiteAddress, collection: C, id: string): EntryNodes[C] {
  const entry = catalog.get(getEntryKey(collection, id))!;
  const url = entryUrl(address, entry);
  // The catalog looks entries up by key, so only the caller knows the collection, and with it the type.
  return {
    '@type': typeOf(entry),
    '@id': url,
    name: getLocalizedTitle(entry, address.locale ?? DEFAULT_LOCALE).text,
    url,
  } as EntryNodes[C];
}

function typeOf(entry: Entry): EntryNodes[Entry['collection']]['@type'] {
  if (entry.collection === 'productions' && entry.data.format === 'film') return 'Movie';
  return COLLECTION_INFO[entry.collection].schemaOrgType;
}

function alternateNames(entry: Entry): string[] {
  const aliases = entry.collection === 'sources' ? [] : entry.data.aliases;
  return [...new Set([...getOriginalNames(entry).map((name) => name.text), ...aliases])];
}

function country(code: string): CountryLeaf {
  return { '@type': 'Country', name: getFormatter(DEFAULT_LOCALE).country(code), identifier: code };
}

/** The address a source was published at, if it is one to publish. */
function publishedUrl(source: Entry<'sources'>): string | undefined {
  // Second line of defence: only an http(s) address is ever published as a URL.
  return source.data.url && isHttpUrl(source.data.url) ? source.data.url : undefined;
}

/** A cited source as a CreativeWork: its headline (when it is the published one), publisher and address. */
function citation(address: SiteAddress, source: Entry<'sources'>): CreativeWorkLeaf {
  const data = source.data;
  return compact<CreativeWorkLeaf>({
    '@type': 'CreativeWork',
    '@id': entryUrl(address, source),
    name: getEntryTitle(source),
    headline: data.headlineKnown ? data.title : undefined,
    publisher: { '@type': 'Organization', name: data.publisher },
    author: data.author ? { '@type': 'Person', name: data.author } : undefined,
    datePublished: data.published,
    inLanguage: data.language,
    url: publishedUrl(source),
  });
}

function describeEntity(catalog: Catalog, address: SiteAddress, entry: Entry, citations: CreativeWorkLeaf[]): Thing[] {
  const url = entryUrl(address, entry);
  const link = <C extends Entry['collection']>(collection: C, id: string) => linkTo(catalog, address, collection, id);
  // No @type: each case below writes its own first, narrow enough to check its node against schema.org.
  const common = {
    '@id': url,
    url,
    name: getEntryTitle(entry),
    alternateName: alternateNames(entry),
    description: entry.collection === 'sources' ? undefined : entry.data.summary,
    mainEntityOfPage: url,
  };
  switch (entry.collection) {
    case 'productions': {
      const data = entry.data;
      const crew = (role: string) => data.crew.filter((member) => member.role === role).map((member) => link('people', member.person.id));
      const companies = (keep: (role: string) => boolean) => [
        ...new Map(
          data.credits.filter((credit) => keep(credit.role)).map((credit) => [credit.studio.id, link('studios', credit.studio.id)]),
        ).values(),
      ];
      const basedOn: CreativeWork[] = [
        ...(data.basedOn ? [{ '@type': 'CreativeWork', name: data.basedOn } as const] : []),
        ...data.relatedTo
          .filter((related) => related.relation === 'remake-of' || related.relation === 'local-version-of')
          .map((related) => link('productions', related.production.id)),
      ];
      const making = {
        countryOfOrigin: data.markets.map(country),
        inLanguage: data.languages,
        productionCompany: companies((role) => PRODUCTION_COMPANY_ROLES.has(role)),
        publisher: companies((role) => !PRODUCTION_COMPANY_ROLES.has(role)),
        actor: data.cast.map((member) => link('people', member.person.id)),
        director: crew('director'),
        author: crew('writer'),
        creator: [...crew('creator'), ...crew('showrunner')],
        producer: crew('producer'),
      };
      const sourcing = { isBasedOn: basedOn, citation: citations, dateModified: data.updated };
      // A film is released once and has no seasons; a series starts and may run for several.
      return [
        typeOf(entry) === 'Movie'
          ? compact<MovieLeaf>({ '@type': 'Movie', ...common, datePublished: data.premiere, ...making, ...sourcing })
          : compact<TVSeriesLeaf>({
              '@type': COLLECTION_INFO.productions.schemaOrgType,
              ...common,
              startDate: data.premiere,
              ...making,
              numberOfSeasons: data.seasons.length || undefined,
              ...sourcing,
            }),
      ];
    }
    case 'studios': {
      const data = entry.data;
      const key = getEntryKey('studios', entry.id);
      const subsidiaries = catalog.graph.incoming(key).filter((edge) => edge.type === 'parent');
      return [
        compact<OrganizationLeaf>({
          '@type': COLLECTION_INFO.studios.schemaOrgType,
          ...common,
          address: { '@type': 'PostalAddress', addressCountry: data.country },
          parentOrganization: data.parent ? link('studios', data.parent.id) : undefined,
          subOrganization: subsidiaries.map((edge) => link('studios', catalog.get(edge.from)!.id)),
          sameAs: data.website && isHttpUrl(data.website) ? [data.website] : undefined,
        }),
      ];
    }
    case 'musicals': {
      const data = entry.data;
      const work = compact<CreativeWorkLeaf>({
        '@type': COLLECTION_INFO.musicals.schemaOrgType,
        ...common,
        genre: 'Musical',
        dateCreated: data.premiere,
        producer: data.producers.map((producer) => link('studios', producer.id)),
        contributor: data.people.map((member) => link('people', member.person.id)),
        citation: citations,
        dateModified: data.updated,
      });
      // Each staging abroad is a theatre event performing the work. Dates the source gives only
      // roughly are left out of startDate/endDate and said in words instead.
      const events = data.stagings.map((staging, index) =>
        compact<TheaterEventLeaf>({
          '@type': 'TheaterEvent',
          '@id': `${url}#staging-${index + 1}`,
          name: `${getEntryTitle(entry)} in ${staging.city}`,
          url,
          workPerformed: { '@id': url },
          location: compact<PlaceLeaf>({
            '@type': 'Place',
            name: staging.venue ? `${staging.venue}, ${staging.city}` : staging.city,
            address: { '@type': 'PostalAddress', addressLocality: staging.city, addressCountry: staging.country },
          }),
          inLanguage: staging.language,
          startDate: staging.approximate ? undefined : staging.from,
          endDate: staging.approximate ? undefined : staging.to,
          description:
            staging.approximate && (staging.from || staging.to)
              ? `About ${[...new Set([staging.from, staging.to].filter((d): d is string => !!d).map(getFormatter(DEFAULT_LOCALE).date))].join('–')}`
              : undefined,
          organizer: data.producers.map((producer) => link('studios', producer.id)),
        }),
      );
      return [work, ...events];
    }
    case 'people': {
      const data = entry.data;
      return [
        compact<PersonLeaf>({
          '@type': COLLECTION_INFO.people.schemaOrgType,
          ...common,
          hasOccupation: data.occupations.map((occupation) => ({ '@type': 'Occupation', name: occupation })),
          nationality: data.nationality ? country(data.nationality) : undefined,
          affiliation: data.affiliations.map((affiliation) => link('studios', affiliation.studio.id)),
        }),
      ];
    }
    case 'sources': {
      return [compact<CreativeWorkLeaf>({ ...citation(address, entry), url, sameAs: publishedUrl(entry), mainEntityOfPage: url })];
    }
  }
}

/**
 * The schema.org description of an entry page: TVSeries (or Movie) for a production, Organization
 * with its parent for a studio, Person, CreativeWork with its TheaterEvent stagings for a
 * musical, CreativeWork for a source; on an ItemPage of the site that lists the sources it cites.
 */
export function getEntryJsonLd(catalog: Catalog, entry: Entry, address: SiteAddress): JsonLdDocument {
  const url = entryUrl(address, entry);
  const citations = getRelations(catalog, entry, address.locale).sources.map(({ entry: source }) =>
    citation(address, source as Entry<'sources'>),
  );
  const home = new URL(getPageHref('/', address.locale ?? DEFAULT_LOCALE, address.base), address.site).href;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      compact<ItemPageLeaf>({
        '@type': 'ItemPage',
        '@id': `${url}#page`,
        url,
        name: getEntryTitle(entry),
        inLanguage: address.locale ?? DEFAULT_LOCALE,
        isPartOf: { '@type': 'WebSite', '@id': `${home}#website`, name: SITE_NAME, url: home },
        mainEntity: { '@id': url },
        license: CONTENT_LICENCE.url,
        citation: citations,
      }),
      ...describeEntity(catalog, address, entry, citations),
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped as `\u003c` and
 * so on, so no text from content can close the element or open a comment, and U+2028/U+2029
 * are escaped for older JavaScript parsers.
 */
export function serializeJsonLd(document: JsonLdDocument): string {
  return JSON.stringify(document).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
