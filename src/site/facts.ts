import { getMarkets, getYears } from './browse';
import { getYear } from '../schemas/partial-date';
import { describeEdge } from '../catalog/graph';
import { getEntryHref, getMarketHref, getModelHref, getYearHref } from './routes';
import type { Catalog, Entry } from '../catalog/entries';
import { getLocalizedTitle } from '../catalog/entries';
import type { Production, Studio } from '../schemas';
import { DEFAULT_LOCALE, getMessages, type Locale, type Messages } from '../i18n';
import { getFormatter, type Formatter, type LocalizedText } from '../i18n/format';

/** One value in a fact row: text in a language, possibly linking somewhere, with a detail in brackets after it. */
export type FactValue = LocalizedText & { href?: string; detail?: LocalizedText };

/** One row of an entry's infobox. */
export interface Fact {
  term: string;
  values: FactValue[];
}

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

/** Frontmatter's own words (a role, a character, a venue): English, as the sources give them. */
const english = (text: string): LocalizedText => ({ text, lang: DEFAULT_LOCALE });

/** What every fact of one page shares: the catalog, the edition's words and formats. */
interface FactContext {
  catalog: Catalog;
  locale: Locale;
  t: Messages;
  format: Formatter;
  /** Text in the page's language. */
  said(text: string): FactValue;
}

function dateValue({ catalog, locale, format, said }: FactContext, value: string): FactValue {
  const year = getYear(value);
  return getBrowsePages(catalog).years.has(String(year))
    ? { ...said(format.date(value)), href: getYearHref(year, locale) }
    : said(format.date(value));
}

function marketValues({ catalog, locale, format, said }: FactContext, codes: readonly string[]): FactValue[] {
  const { markets } = getBrowsePages(catalog);
  return codes.map((code) =>
    markets.has(code) ? { ...said(format.country(code)), href: getMarketHref(code, locale) } : said(format.country(code)),
  );
}

/** A linked entry by its name in the edition, with what frontmatter says beside it (a role, a character) in brackets. */
function entryValue({ catalog, locale }: FactContext, collection: Entry['collection'], id: string, detail?: LocalizedText): FactValue {
  const entry = catalog.get(`${collection}/${id}`);
  const name = entry ? getLocalizedTitle(entry, locale) : { text: id, lang: DEFAULT_LOCALE };
  return { ...name, href: getEntryHref(collection, id, locale), ...(detail ? { detail } : {}) };
}

/** "Tony Award, Best Musical (2025)", "... (2025, nominated)": award names stay as the sources give them, in English. */
function describeAward({ t, said }: FactContext, award: Production['awards'][number]): FactValue {
  return {
    ...english([award.name, award.category].filter(Boolean).join(', ')),
    detail: said(t.facts.award(award.year, award.result === 'nominated')),
  };
}

/** "since 2016; 71.33% as of 2018": what the sources give of a parent's ownership. */
function describeOwnership({ t, format }: FactContext, ownership: Studio['ownership']): string | undefined {
  if (!ownership) return undefined;
  const parts = [
    ownership.since && t.facts.since(format.date(ownership.since)),
    ownership.stake !== undefined &&
      t.facts.stake(format.percent(ownership.stake), ownership.stakeAsOf ? format.date(ownership.stakeAsOf) : undefined),
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

function rows(...facts: (Fact | false | undefined)[]): Fact[] {
  return facts.filter((fact): fact is Fact => !!fact && fact.values.length > 0);
}

/** The infobox of an entry in an edition: its own fields as label/value rows, references linked. */
export function getEntryFacts(catalog: Catalog, entry: Entry, locale: Locale = DEFAULT_LOCALE): Fact[] {
  const t = getMessages(locale);
  const format = getFormatter(locale);
  const context: FactContext = { catalog, locale, t, format, said: (text) => ({ text, lang: locale }) };
  const { said } = context;
  const model = (value: keyof Messages['models']['labels']): FactValue => ({
    ...said(t.models.labels[value]),
    href: getModelHref(value, locale),
  });
  switch (entry.collection) {
    case 'productions': {
      const data = entry.data;
      const creditRoles = [...new Set(data.credits.map((credit) => credit.role))];
      return rows(
        { term: t.facts.format, values: [said(t.values.formats[data.format])] },
        { term: t.facts.localization, values: [model(data.localization)] },
        { term: t.facts.markets, values: marketValues(context, data.markets) },
        { term: t.facts.languages, values: data.languages.map((tag) => said(format.language(tag))) },
        { term: t.facts.status, values: [said(t.values.statuses[data.status])] },
        data.premiere !== undefined && {
          // A date the sources give for a release that has not happened (yet) is a plan.
          term: data.status === 'released' ? t.facts.premiere : t.facts.plannedPremiere,
          values: [dateValue(context, data.premiere)],
        },
        {
          term: t.facts.seasons,
          values: data.seasons.map((season) => said(t.facts.season(season.number, format.date(season.premiere)))),
        },
        data.basedOn !== undefined && { term: t.facts.basedOn, values: [english(data.basedOn)] },
        ...creditRoles.map((role) => ({
          term: t.values.creditRoles[role],
          values: data.credits.filter((credit) => credit.role === role).map((credit) => entryValue(context, 'studios', credit.studio.id)),
        })),
        {
          term: t.facts.cast,
          values: data.cast.map((member) =>
            entryValue(context, 'people', member.person.id, member.character ? english(member.character) : undefined),
          ),
        },
        ...[...new Set(data.crew.map((member) => member.role))].map((role) => ({
          term: t.values.crewRoles[role],
          values: data.crew.filter((member) => member.role === role).map((member) => entryValue(context, 'people', member.person.id)),
        })),
        { term: t.facts.awards, values: data.awards.map((award) => describeAward(context, award)) },
        ...data.relatedTo.map((related) => ({
          term: describeEdge(
            { type: 'related', role: related.relation, from: `productions/${entry.id}`, to: `productions/${related.production.id}` },
            'from',
            locale,
          ).text,
          values: [entryValue(context, 'productions', related.production.id)],
        })),
      );
    }
    case 'studios': {
      const data = entry.data;
      const ownership = describeOwnership(context, data.ownership);
      return rows(
        { term: t.facts.country, values: marketValues(context, [data.country]) },
        { term: t.facts.kind, values: data.kinds.map((kind) => said(t.values.studioKinds[kind])) },
        data.parent !== undefined && {
          term: t.facts.parentCompany,
          values: [entryValue(context, 'studios', data.parent.id, ownership ? said(ownership) : undefined)],
        },
        data.website !== undefined && { term: t.facts.website, values: [{ ...english(new URL(data.website).host), href: data.website }] },
      );
    }
    case 'musicals': {
      const data = entry.data;
      return rows(
        { term: t.facts.localization, values: [model(data.localization)] },
        data.premiere !== undefined && { term: t.facts.premiere, values: [dateValue(context, data.premiere)] },
        { term: t.facts.producers, values: data.producers.map((producer) => entryValue(context, 'studios', producer.id)) },
        {
          term: t.facts.stagingsAbroad,
          // Venues and cities are as the sources write them, in English; the rest is the edition's.
          values: data.stagings.map((staging) => {
            const period = [staging.from, staging.to]
              .filter((d): d is string => !!d)
              .map(format.date)
              .join('–');
            const when = period ? (staging.approximate ? t.facts.about(period) : period) : undefined;
            const how = [
              staging.status !== 'released' && t.values.statuses[staging.status],
              staging.language && t.facts.inLanguage(format.language(staging.language)),
              staging.cast && t.values.castModels[staging.cast],
            ];
            const rest = [format.country(staging.country), when, ...how].filter(Boolean).join(', ');
            return { ...english([staging.venue, staging.city].filter(Boolean).join(', ')), detail: said(rest) };
          }),
        },
        {
          term: t.facts.producersAbroad,
          values: [...new Set(data.stagings.flatMap((staging) => staging.producers.map((producer) => producer.id)))].map((id) =>
            entryValue(context, 'studios', id),
          ),
        },
        {
          term: t.facts.people,
          values: data.people.map((member) => entryValue(context, 'people', member.person.id, english(member.role))),
        },
        { term: t.facts.awards, values: data.awards.map((award) => describeAward(context, award)) },
      );
    }
    case 'people': {
      const data = entry.data;
      return rows(
        { term: t.facts.occupation, values: data.occupations.map((occupation) => said(t.values.occupations[occupation])) },
        data.nationality !== undefined && { term: t.facts.nationality, values: [said(format.country(data.nationality))] },
        {
          term: t.facts.affiliation,
          values: data.affiliations.map((affiliation) => entryValue(context, 'studios', affiliation.studio.id, english(affiliation.role))),
        },
      );
    }
    case 'sources': {
      const data = entry.data;
      return rows(
        { term: t.facts.publisher, values: [english(data.publisher)] },
        data.author !== undefined && { term: t.facts.author, values: [english(data.author)] },
        data.published !== undefined && { term: t.facts.published, values: [dateValue(context, data.published)] },
        { term: t.facts.language, values: [said(format.language(data.language))] },
        data.translatedFrom !== undefined && { term: t.facts.translatedFrom, values: [english(data.translatedFrom)] },
        data.url !== undefined && { term: t.facts.readIt, values: [{ ...english(new URL(data.url).host), href: data.url }] },
        data.via !== undefined && {
          term: t.facts.readVia,
          values: [{ ...english(data.via.publisher), href: data.via.url, detail: english(new URL(data.via.url).host) }],
        },
        data.accessed !== undefined && { term: t.facts.accessed, values: [dateValue(context, data.accessed)] },
        data.archive !== undefined && { term: t.facts.archived, values: [{ ...english(new URL(data.archive).host), href: data.archive }] },
      );
    }
  }
}
