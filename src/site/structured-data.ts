import { COLLECTION_INFO } from '../schemas';
import { getEntryTitle, getOriginalNames, getRelations, type Catalog, type Entry } from '../catalog/entries';
import { getCountryName } from './format';
import { formatPartialDate } from '../schemas/partial-date';
import { getEntryKey } from '../catalog/graph';
import { CONTENT_LICENCE, SITE_NAME } from '../settings';
import { getEntryHref, withBase } from './routes';
import { isHttpUrl } from './safe-url';

/** A schema.org node as JSON-LD: plain JSON with `@type` and, for things with a page, `@id`. */
export type JsonLdNode = { '@type': string; '@id'?: string } & { [key: string]: unknown };

/** The JSON-LD document of a page: a graph of the page itself and the thing it is about. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/** Where the site lives: SITE_URL and the base path, so every `@id` and `url` is absolute. */
export interface SiteAddress {
  site: URL | string;
  base?: string;
}

/** Credit roles that make a company a production company; the rest air, stream or distribute it. */
const PRODUCTION_COMPANY_ROLES = new Set(['planning', 'producer', 'co-producer']);

function entryUrl(address: SiteAddress, entry: { collection: Entry['collection']; id: string }): string {
  return new URL(getEntryHref(entry.collection, entry.id, address.base), address.site).href;
}

function compact(node: Record<string, unknown>): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as JsonLdNode;
}

/** A reference to another entry of the catalog: its type, page and name. */
function linkTo(catalog: Catalog, address: SiteAddress, collection: Entry['collection'], id: string): JsonLdNode {
  const entry = catalog.get(getEntryKey(collection, id))!;
  const url = entryUrl(address, entry);
  return { '@type': typeOf(entry), '@id': url, name: getEntryTitle(entry), url };
}

function typeOf(entry: Entry): string {
  if (entry.collection === 'productions' && entry.data.format === 'film') return 'Movie';
  return COLLECTION_INFO[entry.collection].schemaOrgType;
}

function alternateNames(entry: Entry): string[] {
  const aliases = entry.collection === 'sources' ? [] : entry.data.aliases;
  return [...new Set([...getOriginalNames(entry).map((name) => name.text), ...aliases])];
}

function country(code: string): JsonLdNode {
  return { '@type': 'Country', name: getCountryName(code), identifier: code };
}

/** A cited source as a CreativeWork: its headline (when it is the published one), publisher and address. */
function citation(address: SiteAddress, source: Entry<'sources'>): JsonLdNode {
  const data = source.data;
  return compact({
    '@type': 'CreativeWork',
    '@id': entryUrl(address, source),
    name: getEntryTitle(source),
    headline: data.headlineKnown ? data.title : undefined,
    publisher: { '@type': 'Organization', name: data.publisher },
    author: data.author ? { '@type': 'Person', name: data.author } : undefined,
    datePublished: data.published,
    inLanguage: data.language,
    // Second line of defence: only an http(s) address is ever published as a URL.
    url: data.url && isHttpUrl(data.url) ? data.url : undefined,
  });
}

function describeEntity(catalog: Catalog, address: SiteAddress, entry: Entry, citations: JsonLdNode[]): JsonLdNode[] {
  const url = entryUrl(address, entry);
  const link = (collection: Entry['collection'], id: string) => linkTo(catalog, address, collection, id);
  const common = {
    '@type': typeOf(entry),
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
      const basedOn = [
        ...(data.basedOn ? [{ '@type': 'CreativeWork', name: data.basedOn }] : []),
        ...data.relatedTo
          .filter((related) => related.relation === 'remake-of' || related.relation === 'local-version-of')
          .map((related) => link('productions', related.production.id)),
      ];
      return [
        compact({
          ...common,
          [data.format === 'film' ? 'datePublished' : 'startDate']: data.premiere,
          countryOfOrigin: data.markets.map(country),
          inLanguage: data.languages,
          productionCompany: companies((role) => PRODUCTION_COMPANY_ROLES.has(role)),
          publisher: companies((role) => !PRODUCTION_COMPANY_ROLES.has(role)),
          actor: data.cast.map((member) => link('people', member.person.id)),
          director: crew('director'),
          author: crew('writer'),
          creator: [...crew('creator'), ...crew('showrunner')],
          producer: crew('producer'),
          numberOfSeasons: data.seasons.length || undefined,
          isBasedOn: basedOn,
          citation: citations,
          dateModified: data.updated,
        }),
      ];
    }
    case 'studios': {
      const data = entry.data;
      const key = getEntryKey('studios', entry.id);
      const subsidiaries = catalog.graph.incoming(key).filter((edge) => edge.type === 'parent');
      return [
        compact({
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
      const work = compact({
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
        compact({
          '@type': 'TheaterEvent',
          '@id': `${url}#staging-${index + 1}`,
          name: `${getEntryTitle(entry)} in ${staging.city}`,
          url,
          workPerformed: { '@id': url },
          location: compact({
            '@type': 'Place',
            name: staging.venue ? `${staging.venue}, ${staging.city}` : staging.city,
            address: { '@type': 'PostalAddress', addressLocality: staging.city, addressCountry: staging.country },
          }),
          inLanguage: staging.language,
          startDate: staging.approximate ? undefined : staging.from,
          endDate: staging.approximate ? undefined : staging.to,
          description:
            staging.approximate && (staging.from || staging.to)
              ? `About ${[...new Set([staging.from, staging.to].filter((d): d is string => !!d).map(formatPartialDate))].join('–')}`
              : undefined,
          organizer: data.producers.map((producer) => link('studios', producer.id)),
        }),
      );
      return [work, ...events];
    }
    case 'people': {
      const data = entry.data;
      return [
        compact({
          ...common,
          hasOccupation: data.occupations.map((occupation) => ({ '@type': 'Occupation', name: occupation })),
          nationality: data.nationality ? country(data.nationality) : undefined,
          affiliation: data.affiliations.map((affiliation) => link('studios', affiliation.studio.id)),
        }),
      ];
    }
    case 'sources': {
      const node = citation(address, entry);
      return [compact({ ...node, url, sameAs: node['url'], mainEntityOfPage: url })];
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
  const citations = getRelations(catalog, entry).sources.map(({ entry: source }) => citation(address, source as Entry<'sources'>));
  const home = new URL(withBase('/', address.base), address.site).href;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      compact({
        '@type': 'ItemPage',
        '@id': `${url}#page`,
        url,
        name: getEntryTitle(entry),
        inLanguage: 'en',
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
