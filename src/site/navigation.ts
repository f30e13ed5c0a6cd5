import { COLLECTION_TITLES } from '../schemas';
import { COLLECTIONS } from '../schemas';
import { getCollectionHref, withBase } from './routes';

/** A link in the sidebar. */
export interface NavLink {
  label: string;
  href: string;
}

/** The sidebar: the collections, then the ways to browse across them. */
export function getSidebar(): { label: string; links: NavLink[] }[] {
  return [
    {
      label: 'Catalog',
      links: COLLECTIONS.map((collection) => ({ label: COLLECTION_TITLES[collection], href: getCollectionHref(collection) })),
    },
    {
      label: 'Browse',
      links: [
        { label: 'Search', href: withBase('/search/') },
        { label: 'By market', href: withBase('/markets/') },
        { label: 'By platform and broadcaster', href: withBase('/platforms/') },
        { label: 'By localization model', href: withBase('/models/') },
        { label: 'By company group', href: withBase('/groups/') },
        { label: 'By year', href: withBase('/years/') },
        { label: 'Timeline', href: withBase('/timeline/') },
        { label: 'Open data', href: withBase('/data/') },
      ],
    },
    {
      label: 'Project',
      links: [{ label: 'Contribute', href: withBase('/contribute/') }],
    },
  ];
}

/** A step in the breadcrumb trail; the last one is the current page and has no href. */
export interface Crumb {
  label: string;
  href?: string;
}
