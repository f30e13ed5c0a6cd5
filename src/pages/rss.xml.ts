import { SINGULAR } from '../schemas';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog/catalog';
import { sortByDateAdded } from '../catalog/date-added';
import { getEntrySummary, getEntryTitle } from '../catalog/entries';
import { readGitHistory } from '../catalog/git-history';
import { settings, SITE_NAME } from '../settings';
import { getEntryHref, withBase } from '../site/routes';

/** How many of the newest entries the feed carries. */
const FEED_LENGTH = 50;

/** New entries, newest first by the date their file was added (see src/catalog/date-added.ts). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const newest = sortByDateAdded(catalog.entries, readGitHistory(settings.contentDir), new Date()).slice(0, FEED_LENGTH);
  const home = new URL(withBase('/'), site).href;
  return rss({
    title: `${SITE_NAME}: new entries`,
    description: 'Productions, studios, musicals, people and sources as they are added to the Hallyu Abroad catalog.',
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL(withBase('/rss.xml'), site).href}" rel="self" type="application/rss+xml"/>`,
    items: newest.map(({ entry, added }) => ({
      title: getEntryTitle(entry),
      link: new URL(getEntryHref(entry.collection, entry.id), site).href,
      description: getEntrySummary(entry),
      pubDate: added,
      categories: [SINGULAR[entry.collection]],
    })),
  });
};
