import Fuse from 'fuse.js/basic';
import MiniSearch from 'minisearch';
import {
  createSearchIndex,
  FUSE_OPTIONS,
  getQueryKey,
  loadSearchIndex,
  SEARCH_KEYS,
  type SearchRecord,
} from '../../src/search/search-index';
import { foldText } from '../../src/search/text';
import { gzipBytes, medianMs, percentile, round } from './measure';
import { createRandom, type Random } from './random';

/**
 * What a query tests: known-item kinds count towards the hit rate; the others measure speed.
 * `title-typo`: a Latin title or alias with one or two edits anywhere; `early-typo`: one edit in
 * its first two letters; `credit` and `credit-typo`: the name of a person credited on a
 * production, as written or with one edit, after that production.
 */
export const QUERY_KINDS = ['title-typo', 'early-typo', 'credit', 'credit-typo', 'hangul', 'kana', 'prefix', 'multi-word'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];
const KNOWN_ITEM: ReadonlySet<QueryKind> = new Set(['title-typo', 'early-typo', 'credit', 'credit-typo', 'hangul', 'kana']);

/** One benchmark query; `target` is the record a known-item query is after. */
export interface BenchQuery {
  text: string;
  kind: QueryKind;
  target: SearchRecord;
}

/** How many queries of each kind the set holds. */
const QUERY_COUNTS: Record<QueryKind, number> = {
  'title-typo': 50,
  'early-typo': 30,
  credit: 25,
  'credit-typo': 25,
  hangul: 20,
  kana: 20,
  prefix: 20,
  'multi-word': 10,
};

const isLatin = (text: string) => /^[\p{Script=Latin}\p{N}\s\p{P}]+$/u.test(text) && /\p{L}/u.test(text);
const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'and', 'series', 'japanese', 'american']);

/** A letter other than `char`, so that every edit changes the text. */
function otherLetter(random: Random, char: string): string {
  const current = char.toLowerCase().charCodeAt(0) - 97;
  return String.fromCharCode(97 + ((((current + 1 + random.int(25)) % 26) + 26) % 26));
}

/** One edit at the letter at `at` of `chars`: a substitution, a deletion, an insertion or a swap with the next letter. */
function editAt(random: Random, chars: string[], letters: readonly number[], at: number): string[] {
  const next = letters.find((index) => index > at);
  const kind = random.int(4);
  const edited = [...chars];
  if (kind === 0 || (kind === 3 && (next === undefined || chars[next]!.toLowerCase() === chars[at]!.toLowerCase())))
    edited[at] = otherLetter(random, chars[at]!);
  else if (kind === 1) edited.splice(at, 1);
  else if (kind === 2) edited.splice(at, 0, otherLetter(random, chars[at]!));
  else [edited[at], edited[next!]] = [chars[next!]!, chars[at]!];
  return [...edited.join('')];
}

const letterPositions = (chars: readonly string[]) => chars.flatMap((char, index) => (/\p{L}/u.test(char) ? [index] : []));

/** One or two typos in the letters of `text`, anywhere: a substitution, a deletion, an insertion or a swap. */
export function addTypos(random: Random, text: string, count: number): string {
  let chars = [...text];
  for (let n = 0; n < count; n++) {
    const letters = letterPositions(chars);
    if (letters.length < 2) break;
    chars = editAt(random, chars, letters, random.pick(letters));
  }
  return chars.join('');
}

/** One typo in the first two letters of `text`. */
export function addEarlyTypo(random: Random, text: string): string {
  const chars = [...text];
  const letters = letterPositions(chars);
  return letters.length < 2 ? text : editAt(random, chars, letters, letters[random.int(2)]!).join('');
}

/** A 2-4 character piece of `text` (spaces and the katakana middle dot dropped). */
function substring(random: Random, text: string): string {
  const chars = [...text.replace(/[\s・]/gu, '')];
  const length = Math.min(chars.length, random.between(2, 4));
  const start = random.int(chars.length - length + 1);
  return chars.slice(start, start + length).join('');
}

/** Latin titles and aliases of a record long enough to mistype (sources are found by headline, a sentence: left out). */
const typoNames = (record: SearchRecord) =>
  record.kind === 'sources' ? [] : [record.title, ...record.aliases].filter((name) => isLatin(name) && name.replace(/\W/g, '').length >= 5);

/**
 * A fixed query set for `records`, the same for a seed: known-item queries (a Latin title or
 * alias with one or two typos anywhere, or one in its first two letters; a person credited on a
 * production, exact or with a typo; a 2-4 character piece of a Hangul or kana name), 2-4
 * character prefixes and multi-word queries. A credit query names a person credited on that
 * production alone, so the production is the one entry it is after besides the person's own.
 */
export function createQuerySet(records: readonly SearchRecord[], seed: number): BenchQuery[] {
  const random = createRandom(seed);
  const queries: BenchQuery[] = [];
  const people = new Set(records.filter((record) => record.kind === 'people').map((record) => record.title));
  const creditCount = new Map<string, number>();
  for (const record of records) for (const credit of record.credits) creditCount.set(credit, (creditCount.get(credit) ?? 0) + 1);
  const soleCredits = (record: SearchRecord) =>
    record.kind === 'productions' ? record.credits.filter((credit) => people.has(credit) && creditCount.get(credit) === 1) : [];
  const make: Record<QueryKind, (record: SearchRecord) => string | undefined> = {
    'title-typo': (record) => {
      const names = typoNames(record);
      return names.length ? addTypos(random, random.pick(names), random.between(1, 2)) : undefined;
    },
    'early-typo': (record) => {
      const names = typoNames(record);
      return names.length ? addEarlyTypo(random, random.pick(names)) : undefined;
    },
    credit: (record) => {
      const names = soleCredits(record);
      return names.length ? random.pick(names) : undefined;
    },
    'credit-typo': (record) => {
      const names = soleCredits(record).filter((name) => name.replace(/\W/g, '').length >= 5);
      return names.length ? addTypos(random, random.pick(names), 1) : undefined;
    },
    hangul: (record) => {
      const names = record.originalNames.map((name) => name.text).filter((text) => HANGUL.test(text));
      return names.length ? substring(random, random.pick(names)) : undefined;
    },
    kana: (record) => {
      const names = record.originalNames.map((name) => name.text).filter((text) => KANA.test(text));
      return names.length ? substring(random, random.pick(names)) : undefined;
    },
    prefix: (record) => (isLatin(record.title) ? record.title.slice(0, random.between(2, 4)) : undefined),
    'multi-word': (record) => {
      const words = record.title.split(/\s+/).filter((word) => word.length > 2 && !STOP_WORDS.has(word.toLowerCase()));
      if (words.length < 2) return undefined;
      const credit = record.credits.length && random.chance(0.3) ? ` ${random.pick(record.credits).split(' ')[0]!}` : '';
      return `${words.slice(0, 2).join(' ').toLowerCase()}${credit}`;
    },
  };
  for (const kind of QUERY_KINDS) {
    for (let made = 0, tries = 0; made < QUERY_COUNTS[kind] && tries < QUERY_COUNTS[kind] * 200; tries++) {
      const target = random.pick(records);
      const text = make[kind](target);
      if (text === undefined || text.trim().length < 2) continue;
      queries.push({ text, kind, target });
      made++;
    }
  }
  return queries;
}

/** Latency and hit rate of one engine over the query set. */
export interface EngineFigures {
  p50Ms: number;
  p95Ms: number;
  /** Share of known-item queries whose target is in the top 3. */
  hitRate: number;
  hitRateByKind: Partial<Record<QueryKind, number>>;
}

type Engine = (query: string) => readonly SearchRecord[];

const sameRecord = (a: SearchRecord, b: SearchRecord) => a.id === b.id && a.kind === b.kind;

/**
 * Times every query after a warm-up (`warmUp` queries of each kind; every query when undefined,
 * which is what the fast engines get), and scores known-item queries on the top 3. Each query's
 * time is the median of `runs` runs, so that a garbage collection landing on one run (the index
 * was just built) does not count as the query's; the slow baseline runs once.
 */
export function runQueries(
  engine: Engine,
  queries: readonly BenchQuery[],
  options: { warmUp?: number; runs?: number } = {},
): EngineFigures {
  const { warmUp, runs = 5 } = options;
  for (const kind of QUERY_KINDS)
    queries
      .filter((query) => query.kind === kind)
      .slice(0, warmUp)
      .forEach((query) => engine(query.text));
  const times: number[] = [];
  const hits = new Map<QueryKind, [hit: number, all: number]>();
  for (const query of queries) {
    let results: readonly SearchRecord[] = [];
    const runTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      results = engine(query.text);
      runTimes.push(performance.now() - start);
    }
    times.push(percentile(runTimes, 50));
    if (!KNOWN_ITEM.has(query.kind)) continue;
    const tally = hits.get(query.kind) ?? [0, 0];
    tally[1]++;
    if (results.slice(0, 3).some((record) => sameRecord(record, query.target))) tally[0]++;
    hits.set(query.kind, tally);
  }
  const [hit, all] = [...hits.values()].reduce(([h, a], [x, y]) => [h + x, a + y], [0, 0]);
  return {
    p50Ms: round(percentile(times, 50), 2),
    p95Ms: round(percentile(times, 95), 2),
    hitRate: all ? round(hit / all, 3) : Number.NaN,
    hitRateByKind: Object.fromEntries([...hits].map(([kind, [h, a]]) => [kind, round(h / a, 3)])),
  };
}

/** The figures of one search size, in the shape `npm run bench -- --json` prints. */
export interface SearchFigures {
  records: number;
  /** Every file of the index, raw and gzip (each file compressed alone, as a server sends it). */
  indexBytes: number;
  indexGzipBytes: number;
  bytesPerRecordGzip: number;
  /** The part a Latin query loads before it can rank (gzip). */
  latinPartGzipBytes: number;
  /** The part a Hangul or Japanese query loads (gzip). */
  cjkPartGzipBytes: number;
  /** A file of CHUNK_SIZE records, on average (gzip): a query fetches the ones holding its results. */
  chunkGzipBytes: number;
  /** JSON.parse and loading of both parts. */
  parseMs: number;
  queryP50Ms: number;
  queryP95Ms: number;
  knownItemHitRate: number;
  plainFuseP50Ms: number;
  plainFuseP95Ms: number;
  plainFuseHitRate: number;
  miniSearchP50Ms: number;
  miniSearchP95Ms: number;
  miniSearchHitRate: number;
  hitRateByKind: {
    ours: EngineFigures['hitRateByKind'];
    plainFuse: EngineFigures['hitRateByKind'];
    miniSearch: EngineFigures['hitRateByKind'];
  };
  queries: number;
}

/** Results each engine returns per query, as the site's search box shows. */
export const SEARCH_LIMIT = 10;

/**
 * The baselines' keys: ours, plus the credited names, which ours matches apart (see
 * `credits` in SearchIndexPart) and which a plain engine can only match as one more field.
 */
const BASELINE_KEYS = [...SEARCH_KEYS, { name: 'credits', weight: 1, getFn: (record: SearchRecord) => record.credits.map(foldText) }];

/** The text of a search key of a record, unfolded: MiniSearch tokenizes and normalizes on its own. */
function getFieldText(record: SearchRecord, field: string): string {
  if (field === 'title') return record.title;
  return (field === 'credits' ? record.credits : [...record.originalNames.map((name) => name.text), ...record.aliases]).join(' \n ');
}

/**
 * Measures the site's search on records built from `entries` by the site's own code:
 * index size (raw, gzip), load time (JSON.parse plus loadSearchIndex), and latency and hit
 * rate against plain fuse.js (same keys, options and query folding, every record) and MiniSearch (fuzzy and
 * prefix on the same fields, with the same weights), on the same queries.
 */
export function measureSearch(records: SearchRecord[], seed: number): SearchFigures {
  const files = createSearchIndex(records);
  const json = {
    latin: JSON.stringify(files.parts.latin),
    cjk: JSON.stringify(files.parts.cjk),
    chunks: files.chunks.map((chunk) => JSON.stringify(chunk)),
  };
  const load = () => loadSearchIndex({ parts: { latin: JSON.parse(json.latin), cjk: JSON.parse(json.cjk) }, chunks: files.chunks });
  const parseMs = medianMs(load);
  const searcher = load();
  const all = [json.latin, json.cjk, ...json.chunks];
  // Each file compressed once, alone, as a server sends it.
  const partGzip = { latin: gzipBytes(json.latin), cjk: gzipBytes(json.cjk) };
  const chunkGzip = json.chunks.reduce((sum, text) => sum + gzipBytes(text), 0);
  const gzip = partGzip.latin + partGzip.cjk + chunkGzip;
  const queries = createQuerySet(records, seed);

  const ours = runQueries((query) => searcher.search(query, SEARCH_LIMIT).map((result) => result.record), queries);

  // The same keys, options and query folding as ours; the candidate prefilter is missing, and credits are one more key.
  const plain = new Fuse(records, { ...FUSE_OPTIONS, keys: BASELINE_KEYS });
  // Warmed on a few queries and run once: it takes 100 times as long, and more runs change nothing measurable.
  const plainFuse = runQueries((query) => plain.search(getQueryKey(query), { limit: SEARCH_LIMIT }).map((result) => result.item), queries, {
    warmUp: 5,
    runs: 1,
  });

  const mini = new MiniSearch<SearchRecord & { n: number }>({
    idField: 'n',
    fields: BASELINE_KEYS.map((key) => key.name),
    extractField: (document, field) => (field === 'n' ? String(document.n) : getFieldText(document, field)),
  });
  mini.addAll(records.map((record, n) => ({ ...record, n })));
  const boost = Object.fromEntries(BASELINE_KEYS.map((key) => [key.name, key.weight]));
  const miniSearch = runQueries(
    (query) =>
      mini
        .search(query, { fuzzy: 0.2, prefix: true, boost })
        .slice(0, SEARCH_LIMIT)
        .map((result) => records[result.id as number]!),
    queries,
  );

  return {
    records: records.length,
    indexBytes: all.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    indexGzipBytes: gzip,
    bytesPerRecordGzip: round(gzip / records.length, 1),
    latinPartGzipBytes: partGzip.latin,
    cjkPartGzipBytes: partGzip.cjk,
    chunkGzipBytes: Math.round(chunkGzip / json.chunks.length),
    parseMs: round(parseMs),
    queryP50Ms: ours.p50Ms,
    queryP95Ms: ours.p95Ms,
    knownItemHitRate: ours.hitRate,
    plainFuseP50Ms: plainFuse.p50Ms,
    plainFuseP95Ms: plainFuse.p95Ms,
    plainFuseHitRate: plainFuse.hitRate,
    miniSearchP50Ms: miniSearch.p50Ms,
    miniSearchP95Ms: miniSearch.p95Ms,
    miniSearchHitRate: miniSearch.hitRate,
    hitRateByKind: { ours: ours.hitRateByKind, plainFuse: plainFuse.hitRateByKind, miniSearch: miniSearch.hitRateByKind },
    queries: queries.length,
  };
}
