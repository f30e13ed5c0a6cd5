import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { sortByDateAdded } from '../../catalog/date-added';
import { getLocalizedSummary, getLocalizedTitle } from '../../catalog/entries';
import { readGitHistory } from '../../catalog/git-history';
import { getMessages, toLocale } from '../../i18n';
import { settings } from '../../settings';
import { getEditionIndexPaths, getEntryHref, getPageHref } from '../../site/routes';

export const getStaticPaths = getEditionIndexPaths;

/** How many of the newest entries the feed carries. */
const FEED_LENGTH = 50;

/** New entries of an edition, newest first by the date their file was added (see src/catalog/date-added.ts). */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const locale = toLocale(currentLocale);
  const t = getMessages(locale);
  const catalog = await getCatalog();
  const newest = sortByDateAdded(catalog.entries, readGitHistory(settings.contentDir), new Date()).slice(0, FEED_LENGTH);
  const home = new URL(getPageHref('/', locale), site).href;
  return rss({
    title: t.site.feedTitle,
    description: t.site.feedDescription,
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${new URL(getPageHref('/rss.xml', locale), site).href}" rel="self" type="application/rss+xml"/>`,
    items: newest.map(({ entry, added }) => ({
      title: getLocalizedTitle(entry, locale).text,
      link: new URL(getEntryHref(entry.collection, entry.id, locale), site).href,
      description: getLocalizedSummary(entry, locale).text,
      pubDate: added,
      categories: [t.collections[entry.collection].singular],
    })),
  });
};
