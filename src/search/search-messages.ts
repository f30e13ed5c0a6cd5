import { getMessages, type Locale } from '../i18n';
import { getCollectionHref, getPageHref } from '../site/routes';

/**
 * What the search code says, for one edition, as plain templates the page hands it in a data-*
 * attribute (`{query}`, `{count}`, `{reason}` are filled in the browser): the search code ships no
 * message catalog of its own.
 */
export interface SearchMessages {
  locale: Locale;
  allResults: string;
  noMatch: string;
  browseProductions: string;
  browsePeople: string;
  browseAll: string;
  or: string;
  /** "{count} result" / "{count} results", by plural category. */
  count: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  resultsFor: string;
  noMatchPage: string;
  loadError: string;
  also: string;
  credited: string;
  /** Singular names of the collections, for each result's kind. */
  kinds: Record<string, string>;
  /** The edition's home (every result's page is under it), and where the "no match" message sends a reader. */
  hrefs: { home: string; productions: string; people: string; search: string };
}

const searchMessages = new Map<Locale, SearchMessages>();

/** The search code's messages for an edition, made from its message catalog once: every page's search box carries them. */
export function getSearchMessages(locale: Locale): SearchMessages {
  let messages = searchMessages.get(locale);
  if (!messages) searchMessages.set(locale, (messages = createSearchMessages(locale)));
  return messages;
}

function createSearchMessages(locale: Locale): SearchMessages {
  const { search: t, counts, collections } = getMessages(locale);
  const rules = new Intl.PluralRules(locale);
  const categories = rules.resolvedOptions().pluralCategories;
  // A sample number of each plural category fills in the template for it.
  const sample = (category: Intl.LDMLPluralRule) => [0, 1, 2, 3, 5, 11, 21, 100].find((n) => rules.select(n) === category) ?? 2;
  const count = Object.fromEntries(
    categories.map((category) => [category, counts.results(sample(category)).replace(String(sample(category)), '{count}')]),
  );
  return {
    locale,
    allResults: t.allResults('{query}'),
    noMatch: t.noMatch('{query}'),
    browseProductions: t.browseProductions,
    browsePeople: t.browsePeople,
    browseAll: t.browseAll,
    or: t.or,
    count: { other: count['other'] ?? '{count}', ...count },
    resultsFor: t.resultsFor('{results}', '{query}'),
    noMatchPage: t.noMatchPage('{query}'),
    loadError: t.loadError('{reason}'),
    also: t.also,
    credited: t.credited,
    kinds: Object.fromEntries(Object.entries(collections).map(([collection, names]) => [collection, names.singular])),
    hrefs: {
      home: getPageHref('/', locale),
      productions: getCollectionHref('productions', locale),
      people: getCollectionHref('people', locale),
      search: getPageHref('/search/', locale),
    },
  };
}
