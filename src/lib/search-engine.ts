import Fuse, { type FuseIndex, type FuseResultMatch, type FuseSortFunctionArg, type IFuseOptions } from 'fuse.js/basic';
import type { CollectionName } from '../schemas';
import { foldText, foldTextWithOffsets } from './text';

// The search itself, as the browser runs it. It imports nothing but fuse.js and text folding, so
// the chunk the browser loads stays small; `search-index.ts` adds the build-time half.

/** What search knows of one entry: everything it matches on and everything a result shows. */
export interface SearchRecord {
  /** The entry id: "hatsukoi-dogs". */
  id: string;
  /** The collection the entry is in: "productions". */
  kind: CollectionName;
  /** The entry's page, without the base path: "/productions/hatsukoi-dogs/". */
  url: string;
  /** The title or name it is listed under. */
  title: string;
  /** Names in original script, with their language: [{ text: "初恋DOGs", lang: "ja" }]. */
  originalNames: { text: string; lang: string }[];
  /** Other spellings, romanizations and translations. */
  aliases: string[];
  /** Names of the people and companies credited, or of a source's publisher and author. */
  credits: string[];
  /** The year it is placed in, if any. */
  year?: number;
  /** Markets it is made for, ISO 3166-1 codes. */
  markets: string[];
}

/** The prebuilt index the site serves as /search-index.json: plain JSON. */
export interface SearchIndexData {
  version: typeof INDEX_VERSION;
  records: SearchRecord[];
  /** fuse.js's own index of the folded keys, from `Fuse.createIndex(...).toJSON()`. */
  fuse: ReturnType<FuseIndex<SearchRecord>['toJSON']>;
  /** Candidate prefilter over the folded titles, original names and aliases of `records`. */
  grams: GramIndex;
  /**
   * Credited names, matched apart from records: each distinct folded name once, in fuse.js's
   * index of a string list, with its prefilter and the numbers of the records crediting it.
   */
  credits: GramIndex & { fuse: ReturnType<FuseIndex<string>['toJSON']>; records: number[][] };
}

/**
 * Every two-unit piece ("bigram") of some folded names, with the numbers of the items whose
 * names contain it: ascending, stored as differences from the previous one (smaller JSON).
 */
export type GramIndex = { postings: Record<string, number[]> };

/** How a result matched the query, best first. The ranking rules, in order. */
export const MATCH_TIERS = ['exact', 'prefix', 'substring', 'fuzzy', 'credit'] as const;
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
  /** Number of records searched. */
  size: number;
}

const INDEX_VERSION = 1;
/** Longer queries are cut to this many folded units: no title is longer, and bitap slows past 32. */
export const MAX_QUERY_LENGTH = 64;
/** Records fuse.js scores per query, at most, for each result asked for, and at least. */
const CANDIDATES_PER_RESULT: Limits = { contained: 3, fuzzy: 3 };
const MIN_CANDIDATES: Limits = { contained: 30, fuzzy: 30 };
/** Credited names whose crediting records join the results, and how many records each. */
const CREDIT_SOURCES: Limits = { contained: 3, fuzzy: 3 };
const CREDITS_PER_SOURCE = 20;

const otherNames = (record: SearchRecord): string[] => [...record.originalNames.map((name) => name.text), ...record.aliases];

/**
 * The keys fuse.js matches records on, over folded text: the title weighs more than original
 * names and aliases. Credits are matched apart, as names (see `credits` in SearchIndexData).
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

function getBigrams(text: string, into: Set<string>): Set<string> {
  for (let index = 0; index + 1 < text.length; index++) into.add(text.slice(index, index + 2));
  return into;
}

function createGramIndex(namesOf: readonly string[][]): GramIndex {
  const lists = new Map<string, number[]>();
  namesOf.forEach((names, number) => {
    for (const gram of names.reduce((grams, name) => getBigrams(name, grams), new Set<string>())) {
      const list = lists.get(gram);
      if (list) list.push(number);
      else lists.set(gram, [number]);
    }
  });
  const postings: Record<string, number[]> = {};
  for (const [gram, list] of lists) postings[gram] = list.map((number, index) => (index ? number - list[index - 1]! : number));
  return { postings };
}

/** Builds the index the browser loads: fuse.js's prebuilt index plus the candidate prefilters. */
export function createSearchIndex(records: SearchRecord[]): SearchIndexData {
  const fuse = Fuse.createIndex(SEARCH_KEYS, records).toJSON();
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
  return {
    version: INDEX_VERSION,
    records,
    fuse,
    grams: createGramIndex(records.map((record) => [record.title, ...otherNames(record)].map(foldText))),
    credits: {
      fuse: Fuse.createIndex([], [...creditNumbers.keys()]).toJSON(),
      ...createGramIndex([...creditNumbers.keys()].map((name) => [name])),
      records: creditRecords,
    },
  };
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

function toSearchMatch(record: SearchRecord, match: FuseResultMatch): SearchMatch | undefined {
  const index = match.refIndex ?? 0;
  let field: SearchMatch['field'];
  let text: string | undefined;
  let position = index;
  if (match.key === 'title') {
    field = 'title';
    text = record.title;
  } else if (index < record.originalNames.length) {
    field = 'originalNames';
    text = record.originalNames[index]?.text;
  } else {
    field = 'aliases';
    position = index - record.originalNames.length;
    text = record.aliases[position];
  }
  if (text === undefined) return undefined;
  return { field, index: position, text, ranges: toTextRanges(text, match.indices) };
}

const FIELD_ORDER: Record<SearchMatch['field'], number> = { title: 0, originalNames: 1, aliases: 2, credits: 3 };

/** Counts, for each item of a GramIndex, how many of a query's bigrams its names share. */
function createGramCounter(index: GramIndex, size: number) {
  const postings = new Map<string, Uint32Array>();
  for (const gram in index.postings) {
    const deltas = index.postings[gram]!;
    const list = new Uint32Array(deltas.length);
    let number = 0;
    for (let at = 0; at < deltas.length; at++) list[at] = number += deltas[at]!;
    postings.set(gram, list);
  }
  // Allocated once: a query touches only the items that share a bigram, and resets just those.
  const counts = new Uint8Array(size);
  const touched = new Uint32Array(size);
  return (grams: ReadonlySet<string>, visit: (number: number, shared: number) => void) => {
    let count = 0;
    for (const gram of grams) {
      const list = postings.get(gram);
      if (!list) continue;
      for (let at = 0; at < list.length; at++) {
        const number = list[at]!;
        const seen = counts[number]!;
        counts[number] = seen + 1;
        if (seen === 0) touched[count++] = number;
      }
    }
    for (let at = 0; at < count; at++) {
      const number = touched[at]!;
      const shared = counts[number]!;
      counts[number] = 0;
      visit(number, shared);
    }
  };
}

/** How a record's names contain the query, when they do. */
interface Containment {
  /** 0 exact, 1 prefix, 2 substring: the best of its names. */
  tier: number;
  /** 0 when the title and another name contain it, 1 the title only, 2 other names only. */
  where: number;
  /** Folded length of the best name containing it. */
  length: number;
}

/** How the best of `names` (title first) contains `query`, or undefined when none does. */
function getContainment(names: readonly string[], query: string): Containment | undefined {
  let best: Containment | undefined;
  let inTitle = false;
  let inOthers = false;
  names.forEach((name, index) => {
    const tier = name === query ? 0 : name.startsWith(query) ? 1 : name.includes(query) ? 2 : -1;
    if (tier < 0) return;
    if (index === 0) inTitle = true;
    else inOthers = true;
    if (!best || tier < best.tier || (tier === best.tier && name.length < best.length)) best = { tier, where: 0, length: name.length };
  });
  if (best) best.where = inTitle ? (inOthers ? 0 : 1) : 2;
  return best;
}

/** Candidates a prefilter passes on, at most, to fuse.js. */
interface Limits {
  /** Containing the query: cheap for fuse.js to score (one indexOf). */
  contained: number;
  /** Maybe holding it with typos: dearer (bitap tries each number of errors). */
  fuzzy: number;
}

/** Bigrams of a query that typos can cost the right record: two per wrong letter, three per swap, two typos. */
const TYPO_SLACK = 6;

/**
 * Items matching a query, best first, each with its containment (undefined when not contained):
 * those whose names contain it, ranked as the final ranking would (tier, then title and other
 * names, title, other names, then shorter names); then those sharing most of its bigrams: at
 * least half of them, and all but TYPO_SLACK of what the best shares.
 */
function getMatching(
  query: string,
  size: number,
  namesOf: (number: number) => readonly string[],
  count: ReturnType<typeof createGramCounter>,
  limits: Limits,
): Map<number, Containment | undefined> {
  const contained: [number, Containment][] = [];
  const byShared: number[][] = [];
  let best = 0;
  if (query.length === 1) {
    // A single character has no bigram: look at every name (indexOf is fast, and this is rare).
    for (let number = 0; number < size; number++) {
      const containment = getContainment(namesOf(number), query);
      if (containment) contained.push([number, containment]);
    }
  } else {
    const grams = getBigrams(query, new Set());
    const needed = Math.ceil(grams.size / 2);
    count(grams, (number, shared) => {
      best = Math.max(best, shared);
      if (shared === grams.size) {
        const containment = getContainment(namesOf(number), query);
        if (containment) return void contained.push([number, containment]);
      }
      if (shared >= needed) (byShared[shared] ??= []).push(number);
    });
  }
  contained.sort(([x, a], [y, b]) => a.tier - b.tier || a.where - b.where || a.length - b.length || x - y);
  const matching = new Map<number, Containment | undefined>(contained.slice(0, limits.contained));
  let fuzzy = 0;
  for (let shared = byShared.length - 1; shared >= Math.max(1, best - TYPO_SLACK) && fuzzy < limits.fuzzy; shared--) {
    for (const number of (byShared[shared] ?? []).slice(0, limits.fuzzy - fuzzy)) matching.set(number, undefined);
    fuzzy += byShared[shared]?.length ?? 0;
  }
  return matching;
}

/** What the ranking rules compare (README, "Search"). */
interface Rank {
  /** Index into MATCH_TIERS. */
  tier: number;
  /** fuse.js's score. */
  score: number;
  /** Whether the title matched. */
  onTitle: boolean;
  /** Folded length of the name containing the query, or of the title. */
  length: number;
  title: string;
}

/**
 * The ranking rules: how the query matched (MATCH_TIERS), then fuse.js's score, then a title
 * match before one on another name, then the shorter name, then A-Z.
 */
function compareRanks(a: Rank, b: Rank): number {
  return (
    a.tier - b.tier ||
    a.score - b.score ||
    Number(b.onTitle) - Number(a.onTitle) ||
    a.length - b.length ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  );
}

/**
 * Loads a prebuilt index (no indexing in the browser: `Fuse.parseIndex`) and returns the
 * searcher. Each query is answered in three steps:
 * 1. prefilter: the records whose names share the query's bigrams, best first (getMatching), a
 *    few per result asked for (CANDIDATES_PER_RESULT);
 * 2. fuse.js scores those only, on a reused view of its prebuilt index, and orders them by the
 *    ranking rules, given to it as its `sortFn`;
 * 3. when that leaves room, records crediting the best few matching credited names follow.
 */
export function loadSearchIndex(data: SearchIndexData): Searcher {
  if (data.version !== INDEX_VERSION)
    throw new Error(`search: index version ${String(data.version)}, expected ${INDEX_VERSION}; rebuild the site`);
  const { records, credits } = data;
  const size = records.length;
  const full = Fuse.parseIndex<SearchRecord>(data.fuse);
  const fuseRecords: (typeof full.records)[number][] = [];
  const names: string[][] = [];
  for (const record of full.records) {
    fuseRecords[record.i] = record;
    const title = record.$?.[0];
    const others = record.$?.[1];
    names[record.i] = [
      ...(title && !Array.isArray(title) ? [title.v] : []),
      ...(Array.isArray(others) ? others.map((name) => name.v) : []),
    ];
  }
  const countRecords = createGramCounter(data.grams, size);
  // The current query's candidates and their ranks, for the sortFn.
  let candidates = new Map<number, Containment | undefined>();
  const ranks = new Map<number, Rank>();
  const getRank = ({ idx, score, matches }: FuseSortFunctionArg): Rank => {
    let rank = ranks.get(idx);
    if (!rank) {
      const containment = candidates.get(idx);
      rank = {
        tier: containment?.tier ?? MATCH_TIERS.indexOf('fuzzy'),
        score,
        onTitle: matches?.some((match) => match.key.id === 'title') ?? false,
        length: containment?.length ?? names[idx]?.[0]?.length ?? 0,
        title: records[idx]!.title,
      };
      ranks.set(idx, rank);
    }
    return rank;
  };
  // A second index over the same records that holds only the current query's candidates.
  const view = Fuse.parseIndex<SearchRecord>({ keys: data.fuse.keys, records: [] });
  const fuse = new Fuse(records, { ...FUSE_OPTIONS, keys: SEARCH_KEYS, sortFn: (a, b) => compareRanks(getRank(a), getRank(b)) }, view);

  const creditRecords = Fuse.parseIndex<string>(credits.fuse).records;
  const creditNames = creditRecords.map((record) => record.v ?? '');
  const creditView = Fuse.parseIndex<string>({ keys: [], records: [] });
  const creditFuse = new Fuse(creditNames, FUSE_OPTIONS, creditView);
  const countCredits = createGramCounter(credits, creditNames.length);

  /** Up to `limit` records crediting a name like the query, best name first, none of `exclude`. */
  const searchCredits = (query: string, limit: number, exclude: ReadonlySet<number>): SearchResult[] => {
    const matching = getMatching(query, creditNames.length, (number) => [creditNames[number]!], countCredits, CREDIT_SOURCES);
    creditView.setIndexRecords([...matching.keys()].map((number) => creditRecords[number]!));
    const found: (Rank & { number: number; name: string; indices: FuseResultMatch['indices'] })[] = [];
    for (const result of creditFuse.search(query)) {
      for (const number of credits.records[result.refIndex]!.slice(0, CREDITS_PER_SOURCE)) {
        if (exclude.has(number) || found.some((item) => item.number === number)) continue;
        const rank = {
          tier: MATCH_TIERS.indexOf('credit'),
          score: result.score!,
          onTitle: false,
          length: names[number]?.[0]?.length ?? 0,
          title: records[number]!.title,
        };
        found.push({ ...rank, number, name: result.item, indices: result.matches?.[0]?.indices ?? [] });
      }
    }
    return found
      .sort(compareRanks)
      .slice(0, limit)
      .map(({ number, score, name, indices }) => {
        const record = records[number]!;
        const position = record.credits.findIndex((credit) => foldText(credit) === name);
        const text = record.credits[position] ?? name;
        return {
          record,
          tier: 'credit',
          score,
          matches: [{ field: 'credits', index: position, text, ranges: toTextRanges(text, indices) }],
        };
      });
  };

  return {
    size,
    search(input: string, limit = 10): SearchResult[] {
      const query = getQueryKey(input);
      if (!query || limit < 1) return [];
      candidates = getMatching(query, size, (number) => names[number] ?? [], countRecords, {
        contained: Math.max(MIN_CANDIDATES.contained, limit * CANDIDATES_PER_RESULT.contained),
        fuzzy: Math.max(MIN_CANDIDATES.fuzzy, limit * CANDIDATES_PER_RESULT.fuzzy),
      });
      ranks.clear();
      view.setIndexRecords([...candidates.keys()].map((number) => fuseRecords[number]!));
      // fuse.js keeps the best `limit` in a heap, and only those get their highlights worked out.
      const results: SearchResult[] = fuse.search(query, { limit }).map((result) => ({
        record: result.item,
        tier: MATCH_TIERS[candidates.get(result.refIndex)?.tier ?? MATCH_TIERS.indexOf('fuzzy')]!,
        score: result.score!,
        matches: (result.matches ?? [])
          .map((match) => toSearchMatch(result.item, match))
          .filter((match): match is SearchMatch => match !== undefined)
          .sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.index - b.index),
      }));
      if (results.length < limit && query.length > 1)
        results.push(...searchCredits(query, limit - results.length, new Set(candidates.keys())));
      return results;
    },
  };
}
