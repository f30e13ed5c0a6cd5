import {
  getLocalizedSummary,
  getLocalizedTitle,
  getOriginalNames,
  getRelations,
  type Catalog,
  type Entry,
  type RelatedGroup,
} from '../catalog/entries';
import { getLastUpdated, type FileHistory } from '../catalog/git-history';
import { DEFAULT_LOCALE, getMessages, type Locale } from '../i18n';
import { getFormatter, type LocalizedText } from '../i18n/format';
import { getTranslationStatus, type TranslationStatus } from './translations';
import { getEditUrl, getEntryPath } from '../settings';
import { getEntryFacts, type Fact } from './facts';
import type { Crumb } from './navigation';
import { createStudioDiagram, type RelationDiagram } from './relation-diagram';
import { getCollectionHref, getEntryHref, getPageHref } from './routes';
import { getEntryJsonLd, type JsonLdDocument, type SiteAddress } from './structured-data';

/** Everything an entry page shows besides its rendered body, as plain data: the page only renders it. */
export interface EntryPageData {
  /** The name in the edition's language where one is recorded, else English. */
  title: LocalizedText;
  /** The English name, shown beside a name in another script. */
  englishTitle: string | undefined;
  /** What kind of entry it is, as a label: "Production". */
  kind: string;
  /** The one-sentence summary; a source's page shows none (its body says what it reports). */
  summary: LocalizedText;
  showSummary: boolean;
  /** Whether the body is translated for this edition ('translated' on English pages). */
  translation: TranslationStatus;
  originalNames: { text: string; lang: string }[];
  facts: Fact[];
  diagram: RelationDiagram | undefined;
  /** The sources it cites, in frontmatter order, with their headlines and a line about each. */
  sources: CitedSource[];
  /** Entries that name it, grouped by collection. */
  backlinks: RelatedGroup[];
  /** YYYY-MM-DD of the file's last change, when known. */
  lastUpdated: string | undefined;
  /** GitHub's editor for the entry's file, when the site knows its repository. */
  editUrl: string | undefined;
  crumbs: Crumb[];
  jsonLd: JsonLdDocument;
}

/** A source in an entry's list, cited as Wikipedia cites: publisher, date, when it was read, and its archived copy. */
export interface CitedSource {
  href: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** "Korea JoongAng Daily", as the source writes it. */
  publisher: LocalizedText;
  /** Publication date, in the edition's format. */
  published: string | undefined;
  /** "Accessed 29 November 2026", in the edition's words. */
  accessed: string | undefined;
  /** The archived copy's address. */
  archive: string | undefined;
}

/** Where the page is served and what it knows of its files: the site address, git history, the repository. */
export interface EntryPageContext {
  address: SiteAddress;
  history: ReadonlyMap<string, FileHistory>;
  repositoryUrl: string | undefined;
  /** The edition the page is in. */
  locale: Locale;
  /** Whether the entry's text has a translation for that edition. */
  hasTranslation: boolean;
}

/** The data of an entry's page (as Starlight's generateRouteData hands its pages everything they render). */
export function getEntryPageData(catalog: Catalog, entry: Entry, context: EntryPageContext): EntryPageData {
  const { locale } = context;
  const t = getMessages(locale);
  const format = getFormatter(locale);
  const title = getLocalizedTitle(entry, locale);
  const englishTitle = getLocalizedTitle(entry, DEFAULT_LOCALE).text;
  const { sources, backlinks } = getRelations(catalog, entry, locale);
  return {
    title,
    englishTitle: title.text === englishTitle ? undefined : englishTitle,
    kind: t.collections[entry.collection].kind,
    summary: getLocalizedSummary(entry, locale),
    showSummary: entry.collection !== 'sources',
    translation: locale === DEFAULT_LOCALE ? 'translated' : getTranslationStatus(locale, entry, context.hasTranslation, context.history),
    originalNames: getOriginalNames(entry).filter((name) => name.text !== title.text),
    facts: getEntryFacts(catalog, entry, locale),
    diagram: entry.collection === 'studios' ? createStudioDiagram(catalog, entry, locale) : undefined,
    sources: sources.flatMap(({ entry: source }) =>
      source.collection === 'sources'
        ? [
            {
              href: getEntryHref('sources', source.id, locale),
              title: getLocalizedTitle(source, locale),
              summary: getLocalizedSummary(source, locale),
              publisher: { text: source.data.publisher, lang: DEFAULT_LOCALE },
              published: source.data.published && format.date(source.data.published),
              accessed: source.data.accessed && `${t.facts.accessed} ${format.date(source.data.accessed)}`,
              archive: source.data.archive,
            },
          ]
        : [],
    ),
    backlinks,
    lastUpdated: getLastUpdated(entry, context.history),
    editUrl: context.repositoryUrl && getEditUrl(getEntryPath(entry.collection, entry.id), context.repositoryUrl),
    crumbs: [
      { label: t.layout.home, href: getPageHref('/', locale) },
      { label: t.collections[entry.collection].title, href: getCollectionHref(entry.collection, locale) },
      { label: title.text, lang: title.lang },
    ],
    jsonLd: getEntryJsonLd(catalog, entry, { ...context.address, locale }),
  };
}
