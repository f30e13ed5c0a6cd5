import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { readGitHistory } from '../../catalog/git-history';
import { getMessages, toLocale } from '../../i18n';
import { settings } from '../../settings';
import { getFeedItems } from '../../site/feed';
import { getEditionIndexPaths, getPageHref } from '../../site/routes';

export const getStaticPaths = getEditionIndexPaths;

/** An edition's new productions, musicals and studios, newest first by the date their file was added (src/site/feed.ts). */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const locale = toLocale(currentLocale);
  const t = getMessages(locale);
  const catalog = await getCatalog();
  const home = new URL(getPageHref('/', locale), site).href;
  return rss({
    title: t.site.feedTitle,
    description: t.site.feedDescription,
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${new URL(getPageHref('/rss.xml', locale), site).href}" rel="self" type="application/rss+xml"/>`,
    items: getFeedItems(catalog, readGitHistory(settings.contentDir), locale, site!, new Date()),
  });
};
