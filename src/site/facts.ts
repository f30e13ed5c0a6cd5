import { getMarkets, getYears } from './browse';
import { getCountryName, getLanguageName, humanize } from './format';
import { formatPartialDate, getYear } from '../schemas/partial-date';
import { capitalize, describeEdge } from '../catalog/graph';
import { LOCALIZATION_MODEL_LABELS } from './localization-models';
import { getEntryHref, getMarketHref, getModelHref, getYearHref } from './routes';
import type { Catalog, Entry } from '../catalog/entries';
import { getEntryTitle } from '../catalog/entries';
import type { Production, Studio } from '../schemas';

/** One value in a fact row: plain text, or text linking somewhere in the site. */
export type FactValue = { text: string; href?: string; lang?: string };

/** One row of an entry's infobox. */
export interface Fact {
  term: string;
  values: FactValue[];
}

const text = (value: string, lang?: string): FactValue => (lang ? { text: value, lang } : { text: value });

const browsePages = new WeakMap<Catalog, { markets: Set<string>; years: Set<string> }>();

/**
 * The market and year pages the site has: only markets and years with a production or musical.
 * A studio's country or a source's year may have none, and then is text, not a broken link.
 */
function getBrowsePages(catalog: Catalog): { markets: Set<string>; years: Set<string> } {
  let pages = browsePages.get(catalog);
  if (!pages) {
    pages = {
      markets: new Set(getMarkets(catalog).map((market) => market.key)),
      years: new Set(getYears(catalog).map((year) => year.key)),
    };
    browsePages.set(catalog, pages);
  }
  return pages;
}

function dateValue(catalog: Catalog, value: string): FactValue {
  const year = getYear(value);
  return getBrowsePages(catalog).years.has(String(year))
    ? { text: formatPartialDate(value), href: getYearHref(year) }
    : text(formatPartialDate(value));
}

function marketValues(catalog: Catalog, codes: readonly string[]): FactValue[] {
  const { markets } = getBrowsePages(catalog);
  return codes.map((code) => (markets.has(code) ? { text: getCountryName(code), href: getMarketHref(code) } : text(getCountryName(code))));
}

function entryValue(catalog: Catalog, collection: Entry['collection'], id: string, suffix = ''): FactValue {
  const entry = catalog.get(`${collection}/${id}`);
  return { text: (entry ? getEntryTitle(entry) : id) + suffix, href: getEntryHref(collection, id) };
}

/** "Tony Award, Best Musical (2025)", "... (2025, nominated)". */
function describeAward(award: Production['awards'][number]): FactValue {
  return text(
    `${[award.name, award.category].filter(Boolean).join(', ')} (${award.year}${award.result === 'nominated' ? ', nominated' : ''})`,
  );
}

/** " (since 2016; 71.33% as of 2018)": what the sources give of a parent's ownership. */
function describeOwnership(ownership: Studio['ownership']): string {
  if (!ownership) return '';
  const parts = [
    ownership.since && `since ${formatPartialDate(ownership.since)}`,
    ownership.stake !== undefined && `${ownership.stake}%${ownership.stakeAsOf ? ` as of ${formatPartialDate(ownership.stakeAsOf)}` : ''}`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function rows(...facts: (Fact | false | undefined)[]): Fact[] {
  return facts.filter((fact): fact is Fact => !!fact && fact.values.length > 0);
}

/** The infobox of an entry: its own fields as label/value rows, references linked. */
export function getEntryFacts(catalog: Catalog, entry: Entry): Fact[] {
  switch (entry.collection) {
    case 'productions': {
      const data = entry.data;
      const creditRoles = [...new Set(data.credits.map((credit) => credit.role))];
      return rows(
        { term: 'Format', values: [text(capitalize(data.format))] },
        { term: 'Localization', values: [{ text: LOCALIZATION_MODEL_LABELS[data.localization], href: getModelHref(data.localization) }] },
        { term: 'Markets', values: marketValues(catalog, data.markets) },
        { term: 'Languages', values: data.languages.map((tag) => text(getLanguageName(tag))) },
        data.premiere !== undefined && { term: 'Premiere', values: [dateValue(catalog, data.premiere)] },
        {
          term: 'Seasons',
          values: data.seasons.map((season) => text(`Season ${season.number}: ${formatPartialDate(season.premiere)}`)),
        },
        data.basedOn !== undefined && { term: 'Based on', values: [text(data.basedOn)] },
        ...creditRoles.map((role) => ({
          term: capitalize(role),
          values: data.credits.filter((credit) => credit.role === role).map((credit) => entryValue(catalog, 'studios', credit.studio.id)),
        })),
        {
          term: 'Cast',
          values: data.cast.map((member) =>
            entryValue(catalog, 'people', member.person.id, member.character ? ` (${member.character})` : ''),
          ),
        },
        ...[...new Set(data.crew.map((member) => member.role))].map((role) => ({
          term: capitalize(role),
          values: data.crew.filter((member) => member.role === role).map((member) => entryValue(catalog, 'people', member.person.id)),
        })),
        { term: 'Awards', values: data.awards.map(describeAward) },
        ...data.relatedTo.map((related) => ({
          term: describeEdge(
            { type: 'related', role: related.relation, from: `productions/${entry.id}`, to: `productions/${related.production.id}` },
            'from',
          ),
          values: [entryValue(catalog, 'productions', related.production.id)],
        })),
      );
    }
    case 'studios': {
      const data = entry.data;
      return rows(
        { term: 'Country', values: marketValues(catalog, [data.country]) },
        { term: 'Kind', values: data.kinds.map((kind) => text(capitalize(humanize(kind)))) },
        data.parent !== undefined && {
          term: 'Parent company',
          values: [entryValue(catalog, 'studios', data.parent.id, describeOwnership(data.ownership))],
        },
        data.website !== undefined && { term: 'Website', values: [{ text: new URL(data.website).host, href: data.website }] },
      );
    }
    case 'musicals': {
      const data = entry.data;
      return rows(
        { term: 'Localization', values: [{ text: LOCALIZATION_MODEL_LABELS[data.localization], href: getModelHref(data.localization) }] },
        data.premiere !== undefined && { term: 'Premiere', values: [dateValue(catalog, data.premiere)] },
        { term: 'Producers', values: data.producers.map((producer) => entryValue(catalog, 'studios', producer.id)) },
        {
          term: 'Stagings abroad',
          values: data.stagings.map((staging) => {
            const period = [staging.from, staging.to]
              .filter((d): d is string => !!d)
              .map(formatPartialDate)
              .join('–');
            const where = [staging.venue, staging.city, getCountryName(staging.country)].filter(Boolean).join(', ');
            const when = period ? `, ${staging.approximate ? 'about ' : ''}${period}` : '';
            const how = [staging.language && `in ${getLanguageName(staging.language)}`, staging.cast && humanize(staging.cast)].filter(
              Boolean,
            );
            return text(`${where}${when}${how.length ? `; ${how.join(', ')}` : ''}`);
          }),
        },
        {
          term: 'Producers abroad',
          values: [...new Set(data.stagings.flatMap((staging) => staging.producers.map((producer) => producer.id)))].map((id) =>
            entryValue(catalog, 'studios', id),
          ),
        },
        {
          term: 'People',
          values: data.people.map((member) => entryValue(catalog, 'people', member.person.id, ` (${member.role})`)),
        },
        { term: 'Awards', values: data.awards.map(describeAward) },
      );
    }
    case 'people': {
      const data = entry.data;
      return rows(
        { term: 'Occupation', values: data.occupations.map((occupation) => text(capitalize(occupation))) },
        data.nationality !== undefined && { term: 'Nationality', values: [text(getCountryName(data.nationality))] },
        {
          term: 'Affiliation',
          values: data.affiliations.map((affiliation) => entryValue(catalog, 'studios', affiliation.studio.id, ` (${affiliation.role})`)),
        },
      );
    }
    case 'sources': {
      const data = entry.data;
      return rows(
        { term: 'Publisher', values: [text(data.publisher)] },
        data.author !== undefined && { term: 'Author', values: [text(data.author)] },
        data.published !== undefined && { term: 'Published', values: [dateValue(catalog, data.published)] },
        { term: 'Language', values: [text(getLanguageName(data.language))] },
        data.translatedFrom !== undefined && { term: 'Translated from', values: [text(data.translatedFrom)] },
        data.url !== undefined && { term: 'Read it', values: [{ text: new URL(data.url).host, href: data.url }] },
      );
    }
  }
}
