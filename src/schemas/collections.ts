// The content collections and every fact the site keeps about each: the one table that labels,
// messages, the scaffolder, backlinks and structured data read.

/** The five content collections, in the order the site lists them. */
export const COLLECTIONS = ['productions', 'studios', 'musicals', 'people', 'sources'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** What the site calls a collection and its entries. */
export interface CollectionInfo {
  /** One entry, in labels ("1 production"), messages and `npm run new <kind>`. */
  singular: string;
  /** Heading of its list page and navigation link. */
  title: string;
  /** Heading of its group among an entry's related entries. */
  backlinks: string;
  /** The schema.org type of its entry pages. */
  schemaOrgType: 'TVSeries' | 'Organization' | 'CreativeWork' | 'Person';
}

export const COLLECTION_INFO = {
  productions: { singular: 'production', title: 'Productions', backlinks: 'Productions', schemaOrgType: 'TVSeries' },
  studios: { singular: 'studio', title: 'Studios and platforms', backlinks: 'Companies', schemaOrgType: 'Organization' },
  musicals: { singular: 'musical', title: 'Musicals', backlinks: 'Musicals', schemaOrgType: 'CreativeWork' },
  people: { singular: 'person', title: 'People', backlinks: 'People', schemaOrgType: 'Person' },
  sources: { singular: 'source', title: 'Sources', backlinks: 'Sources', schemaOrgType: 'CreativeWork' },
} as const satisfies Record<CollectionName, CollectionInfo>;

/** Singular names by collection. */
export const SINGULAR = Object.fromEntries(COLLECTIONS.map((name) => [name, COLLECTION_INFO[name].singular])) as {
  [C in CollectionName]: (typeof COLLECTION_INFO)[C]['singular'];
};

/** Collection titles by collection. */
export const COLLECTION_TITLES = Object.fromEntries(COLLECTIONS.map((name) => [name, COLLECTION_INFO[name].title])) as Record<
  CollectionName,
  string
>;

/** A kind of entry as `npm run new` takes it: `production`, `studio`, `musical`, `person`, `source`. */
export type Kind = (typeof SINGULAR)[CollectionName];

/** The collection of each kind. */
export const KINDS = Object.fromEntries(COLLECTIONS.map((name) => [SINGULAR[name], name])) as { [K in Kind]: CollectionName };

/** Lower-case words joined by single hyphens: the file name and URL segment of an entry. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `<collection>/<id>`, as the relation graph and the open data name an entry. */
export const ENTRY_KEY_PATTERN = new RegExp(`^(?:${COLLECTIONS.join('|')})/${ID_PATTERN.source.slice(1)}`);
