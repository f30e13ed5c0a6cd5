import { SINGULAR, COLLECTION_TITLES } from '../schemas';
import {
  getEntryTitle,
  getEntrySummary,
  getOriginalNames,
  getRelations,
  type Catalog,
  type Entry,
  type RelatedGroup,
} from '../catalog/entries';
import { capitalize } from '../catalog/graph';
import { getLastUpdated, type FileHistory } from '../catalog/git-history';
import { getEditUrl, getEntryPath } from '../settings';
import { getEntryFacts, type Fact } from './facts';
import type { Crumb } from './navigation';
import { createStudioDiagram, type RelationDiagram } from './relation-diagram';
import { getCollectionHref, withBase } from './routes';
import { getEntryJsonLd, type JsonLdDocument, type SiteAddress } from './structured-data';

/** Everything an entry page shows besides its rendered body, as plain data: the page only renders it. */
export interface EntryPageData {
  title: string;
  /** What kind of entry it is, as a label: "Production". */
  kind: string;
  /** The one-sentence summary; a source's page shows none (its body says what it reports). */
  summary: string;
  showSummary: boolean;
  originalNames: { text: string; lang: string }[];
  facts: Fact[];
  diagram: RelationDiagram | undefined;
  /** The sources it cites, in frontmatter order. */
  sources: Entry<'sources'>[];
  /** Entries that name it, grouped by collection. */
  backlinks: RelatedGroup[];
  /** YYYY-MM-DD of the file's last change, when known. */
  lastUpdated: string | undefined;
  /** GitHub's editor for the entry's file, when the site knows its repository. */
  editUrl: string | undefined;
  crumbs: Crumb[];
  jsonLd: JsonLdDocument;
}

/** Where the page is served and what it knows of its files: the site address, git history, the repository. */
export interface EntryPageContext {
  address: SiteAddress;
  history: ReadonlyMap<string, FileHistory>;
  repositoryUrl: string | undefined;
}

/** The data of an entry's page (as Starlight's generateRouteData hands its pages everything they render). */
export function getEntryPageData(catalog: Catalog, entry: Entry, context: EntryPageContext): EntryPageData {
  const title = getEntryTitle(entry);
  const { sources, backlinks } = getRelations(catalog, entry);
  return {
    title,
    kind: capitalize(SINGULAR[entry.collection]),
    summary: getEntrySummary(entry),
    showSummary: entry.collection !== 'sources',
    originalNames: getOriginalNames(entry),
    facts: getEntryFacts(catalog, entry),
    diagram: entry.collection === 'studios' ? createStudioDiagram(catalog, entry) : undefined,
    sources: sources.flatMap(({ entry: source }) => (source.collection === 'sources' ? [source] : [])),
    backlinks,
    lastUpdated: getLastUpdated(entry, context.history),
    editUrl: context.repositoryUrl && getEditUrl(getEntryPath(entry.collection, entry.id), context.repositoryUrl),
    crumbs: [
      { label: 'Home', href: withBase('/') },
      { label: COLLECTION_TITLES[entry.collection], href: getCollectionHref(entry.collection) },
      { label: title },
    ],
    jsonLd: getEntryJsonLd(catalog, entry, context.address),
  };
}
