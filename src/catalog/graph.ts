import type { CollectionName } from '../schemas';
import { findReferences, getCollectionFields } from '../schemas/fields';
import { CREDIT_ROLES, CREW_ROLES } from '../schemas/production';
import { DEFAULT_LOCALE, getMessages, type Locale } from '../i18n';
import type { LocalizedText } from '../i18n/format';

/** `<collection>/<id>`: how the graph names an entry. */
export type EntryKey = `${CollectionName}/${string}`;

/** What a reference means, named after the frontmatter field it comes from. */
export const EDGE_TYPES = {
  credits: 'credit',
  cast: 'cast',
  crew: 'crew',
  producers: 'producer',
  stagings: 'staging',
  people: 'staff',
  parent: 'parent',
  affiliations: 'affiliation',
  relatedTo: 'related',
  sources: 'cites',
} as const;
export type EdgeType = (typeof EDGE_TYPES)[keyof typeof EDGE_TYPES];

/** Edges that credit a company with a production or musical: a credit, as its producer, or as the producer of a staging abroad. */
export const WORK_EDGE_TYPES: ReadonlySet<EdgeType> = new Set(['credit', 'producer', 'staging']);

/** One relation between two entries, as declared in the `from` entry's frontmatter. */
export interface Edge {
  from: EntryKey;
  to: EntryKey;
  type: EdgeType;
  /** The role, relation or character given beside the reference, if any. */
  role?: string;
}

/** The plain data the graph is built from: a collection, an id and parsed frontmatter. */
export interface GraphEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

/** An entry seen from another entry's page: which entry, and how they relate. */
export interface Link {
  key: EntryKey;
  edge: Edge;
  /** The relation in words, from the viewing entry's side ("Co-producer", "Subsidiary"). */
  label: LocalizedText;
}

export interface Graph {
  edges: Edge[];
  /** Relations an entry declares, in frontmatter order. */
  outgoing(key: EntryKey): Edge[];
  /** Relations other entries declare to this one: the backlinks. */
  incoming(key: EntryKey): Edge[];
}

export function getEntryKey(collection: CollectionName, id: string): EntryKey {
  return `${collection}/${id}`;
}

export function parseEntryKey(key: EntryKey): { collection: CollectionName; id: string } {
  const slash = key.indexOf('/');
  return { collection: key.slice(0, slash) as CollectionName, id: key.slice(slash + 1) };
}

/** Builds the relation graph once from every entry's references. */
export function createGraph(entries: readonly GraphEntry[]): Graph {
  const edges: Edge[] = [];
  const outgoing = new Map<EntryKey, Edge[]>();
  const incoming = new Map<EntryKey, Edge[]>();
  for (const entry of entries) {
    const from = getEntryKey(entry.collection, entry.id);
    for (const reference of findReferences(getCollectionFields(entry.collection), entry.data)) {
      const field = reference.path[0] as keyof typeof EDGE_TYPES;
      const type = EDGE_TYPES[field];
      if (!type) throw new Error(`graph: the field \`${String(field)}\` holds references but has no edge type`);
      const holder = reference.path.length > 1 ? valueAt(entry.data, reference.path.slice(0, -1)) : undefined;
      const role = getRole(holder);
      const edge: Edge = { from, to: getEntryKey(reference.collection, reference.id), type, ...(role ? { role } : {}) };
      edges.push(edge);
      push(outgoing, edge.from, edge);
      push(incoming, edge.to, edge);
    }
  }
  return {
    edges,
    outgoing: (key) => outgoing.get(key) ?? [],
    incoming: (key) => incoming.get(key) ?? [],
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

function getRole(holder: unknown): string | undefined {
  if (holder === null || typeof holder !== 'object' || Array.isArray(holder)) return undefined;
  const record = holder as Record<string, unknown>;
  const role = record['role'] ?? record['relation'] ?? record['character'];
  return typeof role === 'string' ? role : undefined;
}

/** "co-producer" -> "Co-producer". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  (values as readonly string[]).includes(value ?? '');

/**
 * The relation in words as seen from one end (`from` is the page that declares it), in the
 * edition's language; a role written in words in frontmatter ("CEO") stays in English.
 */
export function describeEdge(edge: Edge, side: 'from' | 'to', locale: Locale = DEFAULT_LOCALE): LocalizedText {
  const t = getMessages(locale);
  const said = (text: string): LocalizedText => ({ text, lang: locale });
  const from = side === 'from';
  switch (edge.type) {
    case 'parent':
      return said(from ? t.relations.parentCompany : t.relations.subsidiary);
    case 'cites':
      return said(from ? t.relations.source : t.relations.citesThisSource);
    case 'cast':
      // A character's name is as the sources write it, in English.
      return edge.role ? { text: t.relations.castAs(edge.role), lang: locale } : said(t.relations.cast);
    case 'producer':
      return said(t.relations.producer);
    case 'staging':
      return said(from ? t.relations.stagingProducer : t.relations.stagedAbroad);
    case 'related':
      switch (edge.role) {
        case 'same-source-work':
          return said(t.relations.sameSourceWork);
        case 'remake-of':
          return said(from ? t.relations.remakeOf : t.relations.remadeAs);
        case 'local-version-of':
          return said(from ? t.relations.localVersionOf : t.relations.localVersion);
        default:
          return said(t.relations.related);
      }
    case 'credit':
      return isOneOf(CREDIT_ROLES, edge.role) ? said(t.values.creditRoles[edge.role]) : said(t.relations.related);
    case 'crew':
      return isOneOf(CREW_ROLES, edge.role) ? said(t.values.crewRoles[edge.role]) : said(t.relations.related);
    // Staff and affiliation roles are free text in frontmatter, written in English.
    default:
      return { text: capitalize(edge.role ?? edge.type), lang: DEFAULT_LOCALE };
  }
}

/** Every entry related to `key`, both the ones it names and the ones naming it, each labelled from its side. */
export function getLinks(graph: Graph, key: EntryKey, locale: Locale = DEFAULT_LOCALE): { outgoing: Link[]; incoming: Link[] } {
  return {
    outgoing: graph.outgoing(key).map((edge) => ({ key: edge.to, edge, label: describeEdge(edge, 'from', locale) })),
    incoming: graph.incoming(key).map((edge) => ({ key: edge.from, edge, label: describeEdge(edge, 'to', locale) })),
  };
}
