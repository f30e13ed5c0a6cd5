import { COLLECTIONS } from '../schemas';
import { getMessages, type Locale } from '../i18n';
import { getCollectionHref, getPageHref } from './routes';

/** A link in the sidebar. */
export interface NavLink {
  label: string;
  href: string;
}

/** The sidebar of an edition: the collections, then the ways to browse across them. */
export function getSidebar(locale: Locale): { label: string; links: NavLink[] }[] {
  const t = getMessages(locale);
  const page = (label: string, path: string): NavLink => ({ label, href: getPageHref(path, locale) });
  return [
    {
      label: t.nav.catalog,
      links: COLLECTIONS.map((collection) => ({ label: t.collections[collection].title, href: getCollectionHref(collection, locale) })),
    },
    {
      label: t.nav.browse,
      links: [
        page(t.nav.search, '/search/'),
        page(t.nav.markets, '/markets/'),
        page(t.nav.platforms, '/platforms/'),
        page(t.nav.models, '/models/'),
        page(t.nav.groups, '/groups/'),
        page(t.nav.years, '/years/'),
        page(t.nav.timeline, '/timeline/'),
        page(t.nav.trends, '/trends/'),
        page(t.nav.data, '/data/'),
      ],
    },
    {
      label: t.nav.project,
      links: [page(t.nav.contribute, '/contribute/'), page(t.nav.translations, '/translations/')],
    },
  ];
}

/** A step in the breadcrumb trail; the last one is the current page and has no href. */
export interface Crumb {
  label: string;
  href?: string;
  /** The label's language, when it is not the page's (an English name on a Korean page). */
  lang?: string;
}
