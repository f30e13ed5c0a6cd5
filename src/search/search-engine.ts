import Fuse, { type FuseIndex, type FuseResultMatch, type IFuseOptions } from 'fuse.js/basic';
import type { CollectionName } from '../schemas';
import { foldText, foldTextWithOffsets } from './text';

// The search itself, as the browser runs it (in src/scripts/search-worker.ts). It imports nothing
// but fuse.js and text folding, so that chunk stays small; `search-index.ts` adds the build-time half.
//
// An edition's index is split so that a first search fetches little (README, "Search"): two
// parts hold what ranking needs, every entry's folded names split by script (`cjk.json`: Hangul,
// kana and Han; `latin.json`: every other script) with the credited names, and the records that
// results show are in files of CHUNK_SIZE (`records-<n>.json`), fetched for the results shown.

/** What search knows of one entry: everything it matches on and everything a result shows. */
export interface SearchRecord {
  /** The entry id: "hatsukoi-dogs". */
  id: string;
  /** The collection the entry is in: "productions". */
  kind: CollectionName;
  /** The title or name it is listed under. */
  title: string;
  /** Names in original script, with their language: [{ text: "初恋DOGs", lang: "ja" }]. */
  originalNames: { text: string; lang: string }[];
  /** Other spellings, romanizations and translations (in another edition, the English name first). */
  aliases: string[];
  /** Names of the people and companies credited, or of a source's publisher and author. */
  credits: string[];
  /** The year it is placed in, if any. */
  year?: number;
  /** Markets it is made for, ISO 3166-1 codes. */
  markets: string[];
}

/** Where an edition's index files are, under its prefix: `/search-index/`, `/ko/search-index/`. */
export const SEARCH_INDEX_PATH = '/search-index/';

/** Records per file of records, `records-<n>.json`: ten results need at most ten small files. */
export const CHUNK_SIZE = 32;

/** The parts an edition's index is split into, by the script of the names they hold. */
export const INDEX_PARTS = ['latin', 'cjk'] as const;
export type IndexPart = (typeof INDEX_PARTS)[number];

/** One part of an edition's index, `<part>.json`: everything ranking needs, for names in its scripts. */
export interface SearchIndexPart {
  version: typeof INDEX_VERSION;
  /** The same in every file of one build of the index (see IndexStamp). */
  stamp: IndexStamp;
  part: IndexPart;
  /** How many records the edition's index holds. */
  size: number;
  /**
   * Per record, its folded names in the part's scripts, joined by "|" (folding removes every
   * "|"): the title first, or an empty name first when the title is in the other part.
   */
  names: string[];
  /**
   * Credited names in the part's scripts, folded, each once, with the numbers of the records
   * crediting each: ascending, each stored as its difference from the one before (smaller JSON).
   */
  credits: { names: string[]; records: number[][] };
}

/**
 * A hash of the records an index was built from, in every file of it: a reader whose browser
 * holds a part from one deploy and fetches records from the next gets told to reload, not shown
 * another entry's name.
 */
export type IndexStamp = string;

/** A file of records, `records-<n>.json`: CHUNK_SIZE records in order of number. */
export interface SearchIndexChunk {
  stamp: IndexStamp;
  records: SearchRecord[];
}

/** An edition's whole index, as the build writes it: `<part>.json` for each part, and `records-<n>.json`. */
export interface SearchIndexFiles {
  parts: Record<IndexPart, SearchIndexPart>;
  chunks: SearchIndexChunk[];
}

/** The file of records holding record `number`, and the record in it. */
const getChunkNumber = (number: number) => Math.floor(number / CHUNK_SIZE);
const getChunkRecord = (chunk: SearchIndexChunk, number: number) => chunk.records[number % CHUNK_SIZE]!;

/** The file, in an edition's index folder, of a part or of the records from number `chunk * CHUNK_SIZE`. */
export const getIndexFileName = (file: { part: IndexPart } | { chunk: number }) =>
  'part' in file ? `${file.part}.json` : `records-${file.chunk}.json`;

/** An edition's index as the files the site serves: each file's name (getIndexFileName) and what it holds. */
export function listIndexFiles({ parts, chunks }: SearchIndexFiles): { name: string; data: SearchIndexPart | SearchIndexChunk }[] {
  return [
    ...INDEX_PARTS.map((part) => ({ name: getIndexFileName({ part }), data: parts[part] })),
    ...chunks.map((data, chunk) => ({ name: getIndexFileName({ chunk }), data })),
  ];
}

/**
 * How a result matched the query, best first. The ranking rules, in order: `credit` is a
 * credited name that contains the query; a credited name matched with typos is `fuzzy`.
 */
export const MATCH_TIERS = ['exact', 'prefix', 'substring', 'credit', 'fuzzy'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** Where in a result the query matched, as ranges of the text shown to the reader. */
export interface SearchMatch {
  field: 'title' | 'originalNames' | 'aliases' | 'credits';
  /** Position in the field's list (0 for the title). */
  index: number;
  /** The text as written in the entry. */
  text: string;
  /** Matched parts of `text`: [start, end) in UTF-16 units, ascending, not overlapping. */
  ranges: [number, number][];
}

/** One hit: the record, how it matched, and what to highlight. */
export interface SearchResult {
  record: SearchRecord;
  tier: MatchTier;
  /** fuse.js's score: 0 is a perfect match, 1 none. */
  score: number;
  /** Matches in the order title, original names, aliases, credits. */
  matches: SearchMatch[];
}

/** A loaded index, ready to answer queries. */
export interface Searcher {
  /** Records best first (see README, "Search"); `limit` defaults to 10. */
  search(query: string, limit?: number): SearchResult[];
}

/** An index whose files load as queries need them (the browser's). */
export interface LazySearcher {
  /** As Searcher's, once the parts and records the query needs have loaded. */
  search(query: string, limit?: number): Promise<SearchResult[]>;
}

// 3: split into parts by script and files of records, each with the build's stamp; bigram lists are made when a part loads.
const INDEX_VERSION = 3;
/** Queries are cut to this many folded units: the start of a long name still finds it, and bitap slows past 32. */
export const MAX_QUERY_LENGTH = 64;
/**
 * Records that may hold the query with typos that fuse.js scores, when the records containing it
 * leave room in the results: this many per result asked for, and at least the minimum.
 */
const FUZZY_CANDIDATES_PER_RESULT = 3;
const MIN_FUZZY_CANDIDATES = 30;
/** Credited names whose crediting records join the results, and how many records each. */
const CREDIT_SOURCES: Limits = { contained: 3, fuzzy: 3 };
const CREDITS_PER_SOURCE = 20;

const otherNames = (record: SearchRecord): string[] => [...record.originalNames.map((name) => name.text), ...record.aliases];

/**
 * The keys fuse.js matches records on, over folded text: the title weighs more than original
 * names and aliases. Credits are matched apart, as names (see `credits` in SearchIndexPart).
 * Exported so a comparison with plain fuse.js can use the same keys.
 */
export const SEARCH_KEYS = [
  { name: 'title', weight: 3, getFn: (record: SearchRecord) => foldText(record.title) },
  { name: 'names', weight: 2, getFn: (record: SearchRecord) => otherNames(record).map(foldText) },
];

/**
 * How fuse.js matches: anywhere in a name (`ignoreLocation`), with about one wrong letter in three
 * (`threshold`), ignoring the field-length norm, which counts words and folded names have none;
 * the ranking rules break ties instead. Records are searched with `keys: SEARCH_KEYS`.
 */
export const FUSE_OPTIONS = {
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.35,
  includeMatches: true,
  includeScore: true,
} satisfies IFuseOptions<unknown>;

/** The folded search key of a query: folded, then cut to MAX_QUERY_LENGTH. */
export function getQueryKey(query: string): string {
  // Cut before folding too, so a pasted novel costs no more than a long title.
  return foldText(query.slice(0, MAX_QUERY_LENGTH * 4)).slice(0, MAX_QUERY_LENGTH);
}

// Hangul, kana, Han, and what folding leaves of their marks: the long vowel mark, voicing marks, ideographic iteration marks.
const CJK_CHARACTERS = String.raw`\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3005\u3099-\u309c\u30fc`;
const CJK = new RegExp(`[${CJK_CHARACTERS}]`, 'u');
const NOT_CJK = new RegExp(`[^${CJK_CHARACTERS}]`, 'u');

/** The parts holding folded text: a name (or query) in both scripts is in both parts. */
export function getTextParts(folded: string): IndexPart[] {
  return INDEX_PARTS.filter((part) => (part === 'cjk' ? CJK : NOT_CJK).test(folded));
}

function getBigrams(text: string, into: Set<string>): Set<string> {
  for (let index = 0; index + 1 < text.length; index++) into.add(text.slice(index, index + 2));
  return into;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two builds of an index apart. */
function getStamp(text: string): IndexStamp {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Builds an edition's index files from its records: both parts and the files of records. */
export function createSearchIndex(records: SearchRecord[]): SearchIndexFiles {
  const stamp = getStamp(JSON.stringify(records));
  const folded = records.map((record) => [record.title, ...otherNames(record)].map(foldText));
  const creditNumbers = new Map<string, number>();
  const creditRecords: number[][] = [];
  records.forEach((record, number) => {
    for (const credit of new Set(record.credits.map(foldText))) {
      if (!credit) continue;
      let creditNumber = creditNumbers.get(credit);
      if (creditNumber === undefined) creditNumbers.set(credit, (creditNumber = creditRecords.push([]) - 1));
      creditRecords[creditNumber]!.push(number);
    }
  });
  const creditNames = [...creditNumbers.keys()];
  const createPart = (part: IndexPart): SearchIndexPart => {
    const inPart = (name: string) => name !== '' && getTextParts(name).includes(part);
    const credited = creditNames.flatMap((name, number) => (inPart(name) ? [number] : []));
    return {
      version: INDEX_VERSION,
      stamp,
      part,
      size: records.length,
      names: folded.map(([title = '', ...others]) => {
        const kept = [...new Set(others.filter((name) => inPart(name) && name !== title))];
        return kept.length || inPart(title) ? [inPart(title) ? title : '', ...kept].join('|') : '';
      }),
      credits: {
        names: credited.map((number) => creditNames[number]!),
        records: credited.map((number) => creditRecords[number]!.map((n, at, list) => (at ? n - list[at - 1]! : n))),
      },
    };
  };
  const chunks: SearchIndexChunk[] = [];
  for (let start = 0; start < records.length; start += CHUNK_SIZE)
    chunks.push({ stamp, records: records.slice(start, start + CHUNK_SIZE) });
  return { parts: { latin: createPart('latin'), cjk: createPart('cjk') }, chunks };
}

/** Turns fuse.js's inclusive ranges in folded text into [start, end) ranges of the original text. */
function toTextRanges(text: string, indices: FuseResultMatch['indices']): [number, number][] {
  const { starts, ends } = foldTextWithOffsets(text);
  const ranges: [number, number][] = [];
  for (const [first, last] of indices) {
    const start = starts[first];
    const end = ends[Math.min(last, ends.length - 1)];
    if (start === undefined || end === undefined) continue;
    const previous = ranges[ranges.length - 1];
    // Folding drops spaces and hyphens: ranges either side of one join into one highlight.
    if (previous && start <= previous[1] + 1 && /^[\s\p{P}]?$/u.test(text.slice(previous[1], start)))
      previous[1] = Math.max(previous[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Where a folded name matched in the record as written: the field, its position, the text. */
function findName(record: SearchRecord, folded: string): Omit<SearchMatch, 'ranges'> | undefined {
  if (foldText(record.title) === folded) return { field: 'title', index: 0, text: record.title };
  const original = record.originalNames.findIndex((name) => foldText(name.text) === folded);
  if (original >= 0) return { field: 'originalNames', index: original, text: record.originalNames[original]!.text };
  const alias = record.aliases.findIndex((name) => foldText(name) === folded);
  if (alias >= 0) return { field: 'aliases', index: alias, text: record.aliases[alias]! };
  const credit = record.credits.findIndex((name) => foldText(name) === folded);
  return credit >= 0 ? { field: 'credits', index: credit, text: record.credits[credit]! } : undefined;
}

const FIELD_ORDER: Record<SearchMatch['field'], number> = { title: 0, originalNames: 1, aliases: 2, credits: 3 };

/** A bigram held by more than one item in this many is common (see createGramCounter)... */
const COMMON_GRAM_SHARE = 8;
/** ...and is left out only when this many bigrams of the query are still counted. */
const MIN_GRAMS_COUNTED = 6;

/**
 * Counts, for each item, how many of a query's bigrams its names share. The lists of items by
 * bigram are made here, when a part loads, not shipped: they would be most of the bytes.
 */
function createGramCounter(namesOf: readonly (readonly string[])[]) {
  const size = namesOf.length;
  const grams = new Set<string>();
  const gramsOf = (names: readonly string[]) => {
    grams.clear();
    for (const name of names) getBigrams(name, grams);
    return grams;
  };
  // Every list in one typed array, the items of bigram `id` from starts[id] to starts[id + 1]:
  // one array per bigram would cost thousands of small objects in the worker's heap.
  const ids = new Map<string, number>();
  const lengths: number[] = [];
  for (const names of namesOf) {
    for (const gram of gramsOf(names)) {
      const id = ids.get(gram);
      if (id === undefined) ids.set(gram, lengths.push(1) - 1);
      else lengths[id]!++;
    }
  }
  const starts = new Uint32Array(lengths.length + 1);
  lengths.forEach((length, id) => (starts[id + 1] = starts[id]! + length));
  const items = new Uint32Array(starts[lengths.length]!);
  const next = starts.slice(0, -1);
  namesOf.forEach((names, number) => {
    for (const gram of gramsOf(names)) items[next[ids.get(gram)!]!++] = number;
  });
  const frequency = (gram: string) => {
    const id = ids.get(gram);
    return id === undefined ? 0 : starts[id + 1]! - starts[id]!;
  };
  // Allocated once: a query touches only the items that share a bigram, and resets just those.
  const counts = new Uint8Array(size);
  const touched = new Uint32Array(size);
  /**
   * The bigrams of a query worth counting: with enough others, those held by more than one item
   * in COMMON_GRAM_SHARE are left out, rarest kept first; they cost the most to count and tell the least.
   */
  const select = (grams: ReadonlySet<string>): ReadonlySet<string> => {
    const common = [...grams].filter((gram) => frequency(gram) * COMMON_GRAM_SHARE > size);
    const dropped = Math.min(common.length, grams.size - MIN_GRAMS_COUNTED);
    if (dropped <= 0) return grams;
    const drop = new Set(common.sort((x, y) => frequency(y) - frequency(x)).slice(0, dropped));
    return new Set([...grams].filter((gram) => !drop.has(gram)));
  };
  /**
   * Calls `visit` with each item sharing at least `least` bigrams of `grams`, and how many. Such
   * an item is on at least one of the shortest (size - least + 1) lists: only those add items;
   * the longer lists only count items already added, which keeps the items visited few.
   */
  const count = (grams: ReadonlySet<string>, least: number, visit: (number: number, shared: number) => void) => {
    const lists = [...grams].flatMap((gram) => {
      const id = ids.get(gram);
      return id === undefined ? [] : [id];
    });
    lists.sort((a, b) => starts[a + 1]! - starts[a]! - (starts[b + 1]! - starts[b]!));
    const adding = lists.length - Math.max(1, least) + 1;
    let count = 0;
    lists.forEach((id, position) => {
      const adds = position < adding;
      for (let at = starts[id]!, end = starts[id + 1]!; at < end; at++) {
        const number = items[at]!;
        const seen = counts[number]!;
        if (seen === 0) {
          if (!adds) continue;
          touched[count++] = number;
        }
        counts[number] = seen + 1;
      }
    });
    for (let at = 0; at < count; at++) {
      const number = touched[at]!;
      const shared = counts[number]!;
      counts[number] = 0;
      if (shared >= least) visit(number, shared);
    }
  };
  return { select, count };
}

// The prefilter ranks thousands of records for a short query. It packs each into one number,
// rank then record number, so one numeric sort orders them and no object is made per record.
const RECORD_BITS = 2 ** 21;
const LENGTH_BITS = 1024;
const pack = (rank: number, number: number) => rank * RECORD_BITS + number;
const unpackNumber = (packed: number) => packed % RECORD_BITS;
const unpackRank = (packed: number) => Math.floor(packed / RECORD_BITS);

/**
 * How the best of `names` (title first) contains `query`, as one number that sorts as the
 * ranking rules do: the tier (0 exact, 1 prefix, 2 substring), then where (0 the title and
 * another name, 1 the title only, 2 other names only), then the folded length of the best name
 * containing it. -1 when no name contains it.
 */
function getContainmentRank(names: readonly string[], query: string): number {
  let tier = 3;
  let length = LENGTH_BITS - 1;
  let inTitle = false;
  let inOthers = false;
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    const found = name === query ? 0 : name.startsWith(query) ? 1 : name.includes(query) ? 2 : 3;
    if (found === 3) continue;
    if (index === 0) inTitle = true;
    else inOthers = true;
    if (found < tier || (found === tier && name.length < length)) {
      tier = found;
      length = Math.min(name.length, LENGTH_BITS - 1);
    }
  }
  if (tier === 3) return -1;
  const where = inTitle ? (inOthers ? 0 : 1) : 2;
  return (tier * 3 + where) * LENGTH_BITS + length;
}

/** The tier (index into MATCH_TIERS) of a containment rank; -1, not contained, is fuzzy. */
const getTier = (rank: number) => (rank < 0 ? MATCH_TIERS.indexOf('fuzzy') : Math.floor(rank / (3 * LENGTH_BITS)));

/** How many candidates a prefilter passes on to fuse.js, at most. */
interface Limits {
  /** Containing the query: ranked by the prefilter itself, so exactly as many as results asked for. */
  contained: number;
  /** Maybe holding it with typos, when the contained ones leave room: fuse.js ranks these. */
  fuzzy: number;
}

/** Bigrams of a query that typos can cost the right record: two per wrong letter, three per swap, two typos. */
const TYPO_SLACK = 6;
/**
 * Records sharing most bigrams with a query that are looked at name by name, per fuzzy candidate
 * passed on: sharing many bigrams of a long query can mean a long headline that shares its common
 * words, so these are ordered by how much of their closest name the query covers.
 */
const FUZZY_POOL_PER_CANDIDATE = 4;

/** The `k` smallest of the numbers given to `add`, ascending, without sorting them all. */
function createSmallest(k: number) {
  const kept = new Float64Array(k);
  let count = 0;
  return {
    add(value: number) {
      if (count === k && value >= kept[k - 1]!) return;
      let at = count < k ? count++ : k - 1;
      for (; at > 0 && kept[at - 1]! > value; at--) kept[at] = kept[at - 1]!;
      kept[at] = value;
    },
    values: () => kept.subarray(0, count),
  };
}

/**
 * How similar the closest of `names` is to a query by bigrams (Dice's coefficient, scaled to
 * 0-1023 and inverted, so that smaller is closer): twice the query's bigrams the name holds, over
 * the bigrams of both.
 */
function getNameDistance(names: readonly string[], grams: ReadonlySet<string>): number {
  let best = 0;
  for (const name of names) {
    let shared = 0;
    for (const gram of grams) if (name.includes(gram)) shared++;
    best = Math.max(best, (2 * shared) / (grams.size + Math.max(1, name.length - 1)));
  }
  return Math.round((1 - Math.min(1, best)) * (LENGTH_BITS - 1));
}

/**
 * Items matching a query, best first, each with its containment rank (-1 when not contained):
 * those whose names contain it, in the order of the ranking rules; then, when they are fewer than
 * `limits.contained`, those sharing most of its bigrams (at least a third of them, and all but
 * TYPO_SLACK of what the best shares), closest name first (getNameDistance).
 */
function getMatching(
  query: string,
  size: number,
  namesOf: (number: number) => readonly string[],
  counter: ReturnType<typeof createGramCounter>,
  limits: Limits,
): Map<number, number> {
  const contained = createSmallest(limits.contained);
  // Packed with (bigrams in the query - bigrams shared), so that the most shared sort first.
  const fuzzy = createSmallest(limits.fuzzy * FUZZY_POOL_PER_CANDIDATE);
  const grams = getBigrams(query, new Set());
  let best = 0;
  if (query.length === 1) {
    // A single character has no bigram: look at every name (indexOf is fast, and this is rare).
    for (let number = 0; number < size; number++) {
      const rank = getContainmentRank(namesOf(number), query);
      if (rank >= 0) contained.add(pack(rank, number));
    }
  } else {
    const counted = counter.select(grams);
    const needed = Math.ceil(counted.size / 3);
    counter.count(counted, needed, (number, shared) => {
      best = Math.max(best, shared);
      if (shared === counted.size) {
        const rank = getContainmentRank(namesOf(number), query);
        if (rank >= 0) return void contained.add(pack(rank, number));
      }
      fuzzy.add(pack(counted.size - shared, number));
    });
    best = counted.size - best;
  }
  const matching = new Map<number, number>();
  for (const packed of contained.values()) matching.set(unpackNumber(packed), unpackRank(packed));
  if (matching.size >= limits.contained) return matching;
  const closest = createSmallest(limits.fuzzy);
  for (const packed of fuzzy.values()) {
    if (unpackRank(packed) > best + TYPO_SLACK) break;
    const number = unpackNumber(packed);
    closest.add(pack(getNameDistance(namesOf(number), grams), number));
  }
  for (const packed of closest.values()) matching.set(unpackNumber(packed), -1);
  return matching;
}

/** Where a match was: the title, another name of the entry, or a name it credits. */
const WHERE = { title: 0, names: 1, credits: 2 } as const;

/**
 * A credited name matched with typos is scored as fuse.js scores one of the entry's other names:
 * its score raised to that key's share of the weights (2 of 5), as fuse.js does for a key. So
 * with the same typos a title comes first, and another name ties with a credit.
 */
const CREDIT_SCORE_EXPONENT = 2 / 5;

/** What the ranking rules compare (README, "Search"). */
interface Rank {
  /** Index into MATCH_TIERS. */
  tier: number;
  /** Containment rank (see getContainmentRank) of the entry's name, or of the credited name; -1 for typos. */
  containment: number;
  /** fuse.js's score (a credited name's as CREDIT_SCORE_EXPONENT says). */
  score: number;
  /** The best place it matched (WHERE). */
  where: number;
  /** Folded length of the title (of its first name in the part, when its title is in the other script). */
  length: number;
  /** Record number: the index lists entries A-Z. */
  number: number;
}

/**
 * The ranking rules: how the query matched (MATCH_TIERS); among names containing it, the
 * containment rank (title and another name, title, another name; then the shorter name); among
 * matches with typos, fuse.js's score, then a match on the title before one on another name
 * before a credit, then the shorter title; last, the order of the index.
 */
function compareRanks(a: Rank, b: Rank): number {
  return (
    a.tier - b.tier || a.containment - b.containment || a.score - b.score || a.where - b.where || a.length - b.length || a.number - b.number
  );
}

/** A match found in a part: the record, its rank, and the folded names matched with fuse.js's ranges. */
interface Hit {
  rank: Rank;
  matches: { name: string; indices: FuseResultMatch['indices'] }[];
}

type FuseRecord = FuseIndex<SearchRecord>['records'][number];

/** A loaded part: ranks the records whose names in its scripts match a query. */
function createPartSearcher(data: SearchIndexPart) {
  if (data.version !== INDEX_VERSION)
    throw new Error(`search: index version ${String(data.version)}, expected ${INDEX_VERSION}; rebuild the site`);
  const names = data.names.map((joined) => (joined ? joined.split('|') : []));
  // A record's length for the ranking rules: its title's, or its first name's here when its title is in the other part.
  const titleLength = (number: number) => (names[number]?.[0] || names[number]?.[1] || '').length;
  const countRecords = createGramCounter(names);
  // fuse.js's index records, made for a record the first time it is a candidate.
  const fuseRecords: FuseRecord[] = [];
  const getFuseRecord = (number: number): FuseRecord => {
    const [title = '', ...others] = names[number]!;
    return (fuseRecords[number] ??= {
      i: number,
      $: {
        ...(title ? { 0: { v: title, n: 1 } } : {}),
        1: others.map((v, i) => ({ v, i, n: 1 })),
      },
    } as FuseRecord);
  };
  // The current query's candidates (number -> containment rank), for the sortFn.
  let candidates = new Map<number, number>();
  const getRank = (number: number, score: number, onTitle: boolean): Rank => {
    const containment = candidates.get(number) ?? -1;
    return {
      tier: getTier(containment),
      containment,
      score,
      where: onTitle ? WHERE.title : WHERE.names,
      length: titleLength(number),
      number,
    };
  };
  const isTitle = (key: string | undefined) => key === 'title';
  // An index that holds only the current query's candidates, swapped in for each query.
  const view = Fuse.createIndex(SEARCH_KEYS, [] as SearchRecord[]);
  const fuse = new Fuse<SearchRecord>(
    [],
    {
      ...FUSE_OPTIONS,
      keys: SEARCH_KEYS,
      sortFn: (a, b) =>
        compareRanks(
          getRank(a.idx, a.score, a.matches?.some((match) => isTitle(match.key.id)) ?? false),
          getRank(b.idx, b.score, b.matches?.some((match) => isTitle(match.key.id)) ?? false),
        ),
    },
    view,
  );

  const creditNames = data.credits.names;
  const creditRecords = data.credits.records.map((deltas) => {
    let number = 0;
    return deltas.map((delta) => (number += delta));
  });
  const creditView = Fuse.createIndex([], [] as string[]);
  const creditFuse = new Fuse(creditNames, FUSE_OPTIONS, creditView);
  const countCredits = createGramCounter(creditNames.map((name) => [name]));

  /** Up to `limit` records crediting a name like the query, best first, none of `exclude`. */
  const searchCredits = (query: string, limit: number, exclude: ReadonlySet<number>): Hit[] => {
    const matching = getMatching(query, creditNames.length, (number) => [creditNames[number]!], countCredits, CREDIT_SOURCES);
    creditView.setIndexRecords([...matching.keys()].map((number) => ({ i: number, v: creditNames[number]!, n: 1 })));
    const found = new Map<number, Hit>();
    for (const result of creditFuse.search(query)) {
      const containment = matching.get(result.refIndex) ?? -1;
      for (const number of creditRecords[result.refIndex]!.slice(0, CREDITS_PER_SOURCE)) {
        if (exclude.has(number) || found.has(number)) continue;
        const rank: Rank = {
          tier: containment < 0 ? MATCH_TIERS.indexOf('fuzzy') : MATCH_TIERS.indexOf('credit'),
          containment,
          score: result.score! ** CREDIT_SCORE_EXPONENT,
          where: WHERE.credits,
          length: titleLength(number),
          number,
        };
        found.set(number, { rank, matches: [{ name: result.item, indices: result.matches?.[0]?.indices ?? [] }] });
      }
    }
    return [...found.values()].sort((a, b) => compareRanks(a.rank, b.rank)).slice(0, limit);
  };

  return {
    size: data.size,
    /** The best `limit` records for a folded query, by the ranking rules. */
    rank(query: string, limit: number): Hit[] {
      candidates = getMatching(query, data.size, (number) => names[number] ?? [], countRecords, {
        contained: limit,
        fuzzy: Math.max(MIN_FUZZY_CANDIDATES, limit * FUZZY_CANDIDATES_PER_RESULT),
      });
      view.setIndexRecords([...candidates.keys()].map(getFuseRecord));
      // fuse.js keeps the best `limit` in a heap.
      const own: Hit[] = fuse.search(query, { limit }).map((result) => ({
        rank: getRank(result.refIndex, result.score!, result.matches?.some((match) => isTitle(match.key)) ?? false),
        matches: (result.matches ?? []).map((match) => ({ name: match.value ?? '', indices: match.indices })),
      }));
      const contained = own.filter(({ rank }) => rank.tier < MATCH_TIERS.indexOf('credit')).length;
      if (contained >= limit || query.length < 2) return own;
      const credited = searchCredits(query, limit - contained, new Set(own.map(({ rank }) => rank.number)));
      return [...own, ...credited].sort((a, b) => compareRanks(a.rank, b.rank)).slice(0, limit);
    },
  };
}

type PartSearcher = ReturnType<typeof createPartSearcher>;

/** The best `limit` hits over the parts a query needs: one part's, or both merged for a query in both scripts. */
function rankHits(query: string, limit: number, parts: readonly PartSearcher[]): Hit[] {
  if (parts.length === 1) return parts[0]!.rank(query, limit);
  const best = new Map<number, Hit>();
  for (const hit of parts.flatMap((part) => part.rank(query, limit))) {
    const seen = best.get(hit.rank.number);
    if (!seen || compareRanks(hit.rank, seen.rank) < 0) best.set(hit.rank.number, hit);
  }
  return [...best.values()].sort((a, b) => compareRanks(a.rank, b.rank)).slice(0, limit);
}

/** A hit as the reader sees it: the record, and each matched name as written with the ranges to highlight. */
function toResult(hit: Hit, record: SearchRecord): SearchResult {
  const matches: SearchMatch[] = [];
  for (const { name, indices } of hit.matches) {
    const found = findName(record, name);
    if (found) matches.push({ ...found, ranges: toTextRanges(found.text, indices) });
  }
  matches.sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.index - b.index);
  return { record, tier: MATCH_TIERS[hit.rank.tier]!, score: hit.rank.score, matches };
}

/**
 * Loads an edition's whole index at once and returns a searcher (the build, tests and the bench).
 * Each query is answered in three steps, in each part its script needs:
 * 1. prefilter: the records whose names share the query's bigrams (getMatching): those that
 *    contain the query, ranked; when fewer than asked for, a few dozen that may hold it with typos;
 * 2. fuse.js scores those only, on a view of its index holding just them, and orders them by the
 *    ranking rules, given to it as its `sortFn`;
 * 3. when the names containing the query leave room, the same two steps over the credited names
 *    find the records crediting the best few; they go after the names containing the query, and
 *    those credited with typos are merged with the entries' own matches with typos.
 */
export function loadSearchIndex(files: SearchIndexFiles): Searcher {
  const parts = Object.fromEntries(INDEX_PARTS.map((part) => [part, createPartSearcher(files.parts[part])])) as Record<
    IndexPart,
    PartSearcher
  >;
  return {
    search(input: string, limit = 10): SearchResult[] {
      const query = getQueryKey(input);
      if (!query || limit < 1) return [];
      const hits = rankHits(
        query,
        limit,
        getTextParts(query).map((part) => parts[part]),
      );
      return hits.map((hit) => toResult(hit, getChunkRecord(files.chunks[getChunkNumber(hit.rank.number)]!, hit.rank.number)));
    },
  };
}

/** Keeps what `load` gives for a key, and forgets it when it fails, so that the next call tries again. */
function createLoader<K, V>(load: (key: K) => Promise<V>) {
  const loaded = new Map<K, Promise<V>>();
  return (key: K): Promise<V> => {
    let value = loaded.get(key);
    if (!value) {
      loaded.set(key, (value = load(key)));
      value.catch(() => loaded.delete(key));
    }
    return value;
  };
}

/**
 * An index whose files load as queries need them: a query waits for the parts of its scripts,
 * ranks every record there, then waits for the files holding the records it shows. Ranking never
 * waits on a record file and every part ranks all records, so the results of a query are final
 * when they show: nothing that loads later reorders them. `load` fetches a file by name
 * (getIndexFileName); a failed load is tried again by the next query that needs it.
 */
export function openSearchIndex(load: (file: string) => Promise<unknown>): LazySearcher {
  const getPart = createLoader((part: IndexPart) =>
    load(getIndexFileName({ part })).then((data) => ({
      stamp: (data as SearchIndexPart).stamp,
      searcher: createPartSearcher(data as SearchIndexPart),
    })),
  );
  const getChunk = createLoader((chunk: number) => load(getIndexFileName({ chunk })).then((data) => data as SearchIndexChunk));
  return {
    async search(input: string, limit = 10): Promise<SearchResult[]> {
      const query = getQueryKey(input);
      if (!query || limit < 1) return [];
      const parts = await Promise.all(getTextParts(query).map(getPart));
      const hits = rankHits(
        query,
        limit,
        parts.map((part) => part.searcher),
      );
      const chunks = new Map<number, SearchIndexChunk>();
      await Promise.all(
        [...new Set(hits.map((hit) => getChunkNumber(hit.rank.number)))].map(async (chunk) => chunks.set(chunk, await getChunk(chunk))),
      );
      const stamps = new Set([...parts, ...chunks.values()].map((file) => file.stamp));
      if (stamps.size > 1) throw new Error('search: the index was rebuilt since this page opened it; reload the page');
      return hits.map((hit) => toResult(hit, getChunkRecord(chunks.get(getChunkNumber(hit.rank.number))!, hit.rank.number)));
    },
  };
}
