import Fuse from 'fuse.js/basic';
import MiniSearch from 'minisearch';
import type { Entry } from '../../src/catalog/entries';
import {
  createSearchIndex,
  createSearchRecords,
  FUSE_OPTIONS,
  getQueryKey,
  loadSearchIndex,
  SEARCH_KEYS,
  type SearchRecord,
} from '../../src/search/search-index';
import { gzipBytes, medianMs, percentile, round } from './measure';
import { createRandom, type Random } from './random';

/** What a query tests: known-item kinds count towards the hit rate; the others measure speed. */
export const QUERY_KINDS = ['latin-typo', 'hangul', 'kana', 'prefix', 'multi-word'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];
const KNOWN_ITEM: ReadonlySet<QueryKind> = new Set(['latin-typo', 'hangul', 'kana']);

/** One benchmark query; `target` is the record a known-item query is after. */
export interface BenchQuery {
  text: string;
  kind: QueryKind;
  target: SearchRecord;
}

/** How many queries of each kind the set holds. */
const QUERY_COUNTS: Record<QueryKind, number> = { 'latin-typo': 90, hangul: 30, kana: 30, prefix: 30, 'multi-word': 20 };

const isLatin = (text: string) => /^[\p{Script=Latin}\p{N}\s\p{P}]+$/u.test(text) && /\p{L}/u.test(text);
const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'and', 'series', 'japanese', 'american']);

/** One or two typos in the letters of `text`: a substitution, a deletion, an insertion or a swap. */
export function addTypos(random: Random, text: string, count: number): string {
  let chars = [...text];
  for (let n = 0; n < count; n++) {
    const letters = chars.flatMap((char, index) => (/\p{L}/u.test(char) ? [index] : []));
    if (letters.length < 2) break;
    const at = random.pick(letters);
    // A letter other than the one at `at`, so that every edit changes the text.
    const current = chars[at]!.toLowerCase().charCodeAt(0) - 97;
    const letter = String.fromCharCode(97 + ((((current + 1 + random.int(25)) % 26) + 26) % 26));
    const next = letters.find((index) => index > at);
    const kind = random.int(4);
    if (kind === 0 || (kind === 3 && (next === undefined || chars[next]!.toLowerCase() === chars[at]!.toLowerCase()))) chars[at] = letter;
    else if (kind === 1) chars.splice(at, 1);
    else if (kind === 2) chars.splice(at, 0, letter);
    else [chars[at], chars[next!]] = [chars[next!]!, chars[at]!];
    chars = [...chars.join('')];
  }
  return chars.join('');
}

/** A 2-4 character piece of `text` (spaces and the katakana middle dot dropped). */
function substring(random: Random, text: string): string {
  const chars = [...text.replace(/[\s・]/gu, '')];
  const length = Math.min(chars.length, random.between(2, 4));
  const start = random.int(chars.length - length + 1);
  return chars.slice(start, start + length).join('');
}

/**
 * A fixed query set for `records`, the same for a seed: known-item queries (a Latin title,
 * alias or person name with one or two typos; a 2-4 character piece of a Hangul or kana
 * name), 2-4 character prefixes and multi-word queries.
 */
export function createQuerySet(records: readonly SearchRecord[], seed: number): BenchQuery[] {
  const random = createRandom(seed);
  const queries: BenchQuery[] = [];
  const make: Record<QueryKind, (record: SearchRecord) => string | undefined> = {
    'latin-typo': (record) => {
      // Sources are found by their headline, which is a sentence: people look up titles and names.
      if (record.kind === 'sources') return undefined;
      const names = [record.title, ...record.aliases].filter((name) => isLatin(name) && name.replace(/\W/g, '').length >= 5);
      return names.length ? addTypos(random, random.pick(names), random.between(1, 2)) : undefined;
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

/** Times every query once after a warm-up on a few of each kind, and scores known-item queries on the top 3. */
export function runQueries(engine: Engine, queries: readonly BenchQuery[]): EngineFigures {
  for (const kind of QUERY_KINDS)
    queries
      .filter((query) => query.kind === kind)
      .slice(0, 5)
      .forEach((query) => engine(query.text));
  const times: number[] = [];
  const hits = new Map<QueryKind, [hit: number, all: number]>();
  for (const query of queries) {
    const start = performance.now();
    const results = engine(query.text);
    times.push(performance.now() - start);
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
  indexBytes: number;
  indexGzipBytes: number;
  bytesPerRecordGzip: number;
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
const LIMIT = 10;

/** The text of a search key of a record, unfolded: MiniSearch tokenizes and normalizes on its own. */
function getFieldText(record: SearchRecord, key: (typeof SEARCH_KEYS)[number]): string {
  const value = key.name === 'title' ? record.title : [...record.originalNames.map((name) => name.text), ...record.aliases];
  return Array.isArray(value) ? value.join(' \n ') : value;
}

/**
 * Measures the site's search on records built from `entries` by the site's own code:
 * index size (raw, gzip), load time (JSON.parse plus loadSearchIndex), and latency and hit
 * rate against plain fuse.js (same keys, options and query folding, every record) and MiniSearch (fuzzy and
 * prefix on the same fields, with the same weights), on the same queries.
 */
export function measureSearch(entries: readonly Entry[], seed: number): SearchFigures {
  const records = createSearchRecords(entries);
  const json = JSON.stringify(createSearchIndex(records));
  const parseMs = medianMs(() => loadSearchIndex(JSON.parse(json)));
  const searcher = loadSearchIndex(JSON.parse(json));
  const queries = createQuerySet(records, seed);

  const ours = runQueries((query) => searcher.search(query, LIMIT).map((result) => result.record), queries);

  // The same keys, options and query folding as ours; only the candidate prefilter is missing.
  const plain = new Fuse(records, { ...FUSE_OPTIONS, keys: SEARCH_KEYS });
  const plainFuse = runQueries((query) => plain.search(getQueryKey(query), { limit: LIMIT }).map((result) => result.item), queries);

  const fields = SEARCH_KEYS.map((key) => key.name);
  const mini = new MiniSearch<SearchRecord & { n: number }>({
    idField: 'n',
    fields,
    extractField: (document, field) =>
      field === 'n'
        ? String(document.n)
        : getFieldText(
            document,
            SEARCH_KEYS.find((key) => key.name === field)!,
          ),
  });
  mini.addAll(records.map((record, n) => ({ ...record, n })));
  const boost = Object.fromEntries(SEARCH_KEYS.map((key) => [key.name, key.weight]));
  const miniSearch = runQueries(
    (query) =>
      mini
        .search(query, { fuzzy: 0.2, prefix: true, boost })
        .slice(0, LIMIT)
        .map((result) => records[result.id as number]!),
    queries,
  );

  return {
    records: records.length,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipBytes(json),
    bytesPerRecordGzip: round(gzipBytes(json) / records.length, 1),
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
