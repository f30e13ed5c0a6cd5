// The content collections and the facts the code keeps about each: the one table the checker's
// messages, the scaffolder and structured data read. What the site calls them, in each edition,
// is the messages' (`collections` in src/i18n/messages/).

/** The five content collections, in the order the site lists them. */
export const COLLECTIONS = ['productions', 'studios', 'musicals', 'people', 'sources'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** What the code keeps about a collection. */
export interface CollectionInfo {
  /** One entry, in the checker's messages and `npm run new <kind>`. */
  singular: string;
  /** The schema.org type of its entry pages. */
  schemaOrgType: 'TVSeries' | 'Organization' | 'CreativeWork' | 'Person';
}

export const COLLECTION_INFO = {
  productions: { singular: 'production', schemaOrgType: 'TVSeries' },
  studios: { singular: 'studio', schemaOrgType: 'Organization' },
  musicals: { singular: 'musical', schemaOrgType: 'CreativeWork' },
  people: { singular: 'person', schemaOrgType: 'Person' },
  sources: { singular: 'source', schemaOrgType: 'CreativeWork' },
} as const satisfies Record<CollectionName, CollectionInfo>;

/** Singular names by collection. */
export const SINGULAR = Object.fromEntries(COLLECTIONS.map((name) => [name, COLLECTION_INFO[name].singular])) as {
  [C in CollectionName]: (typeof COLLECTION_INFO)[C]['singular'];
};

/** A kind of entry as `npm run new` takes it: `production`, `studio`, `musical`, `person`, `source`. */
export type Kind = (typeof SINGULAR)[CollectionName];

/** The collection of each kind. */
export const KINDS = Object.fromEntries(COLLECTIONS.map((name) => [SINGULAR[name], name])) as { [K in Kind]: CollectionName };

/** Lower-case words joined by single hyphens: the file name and URL segment of an entry. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `<collection>/<id>`, as the relation graph and the open data name an entry. */
export const ENTRY_KEY_PATTERN = new RegExp(`^(?:${COLLECTIONS.join('|')})/${ID_PATTERN.source.slice(1)}`);
