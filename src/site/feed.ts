import { sortByDateAdded } from '../catalog/date-added';
import { getEntryMarkets, getLocalizedSummary, getLocalizedTitle, type Catalog } from '../catalog/entries';
import type { FileHistory } from '../catalog/git-history';
import { getMessages, type Locale } from '../i18n';
import { getFormatter } from '../i18n/format';
import type { CollectionName } from '../schemas';
import { getEntryHref } from './routes';

/** What a returning reader follows the feed for: new cases and the companies behind them. Sources are the catalog's footnotes, not news. */
export const FEED_COLLECTIONS: readonly CollectionName[] = ['productions', 'musicals', 'studios'];

/** How many of the newest entries the feed carries. */
export const FEED_LENGTH = 50;

/** One item of an edition's feed. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  /** The kind of entry, where it stands when not released, and its markets. */
  categories: string[];
}

/** The newest productions, musicals and studios of an edition, newest first by the date they were added. */
export function getFeedItems(
  catalog: Catalog,
  history: ReadonlyMap<string, FileHistory>,
  locale: Locale,
  site: URL,
  now: Date,
): FeedItem[] {
  const t = getMessages(locale);
  const format = getFormatter(locale);
  const entries = catalog.entries.filter((entry) => FEED_COLLECTIONS.includes(entry.collection));
  return sortByDateAdded(entries, history, now)
    .slice(0, FEED_LENGTH)
    .map(({ entry, added }) => {
      const status = entry.collection === 'productions' && entry.data.status !== 'released' ? [t.values.statuses[entry.data.status]] : [];
      // A studio's market is the country it is based in.
      const markets = (entry.collection === 'studios' ? [entry.data.country] : getEntryMarkets(entry)).map((code) => format.country(code));
      return {
        title: getLocalizedTitle(entry, locale).text,
        link: new URL(getEntryHref(entry.collection, entry.id, locale), site).href,
        description: [...status.map((label) => `(${label})`), getLocalizedSummary(entry, locale).text].join(' '),
        pubDate: added,
        categories: [t.collections[entry.collection].singular, ...status, ...markets],
      };
    });
}
