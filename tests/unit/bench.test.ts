import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/checker/content-files';
import type { Entry } from '../../src/catalog/entries';
import { createSearchRecords } from '../../src/search/search-index';
import { editDistance } from '../../src/search/text';
import { validateContent } from '../../src/checker/validate';
import type { CollectionName } from '../../src/schemas';
import { BUDGETS, checkBudgets, createEmptyFigures, type BenchFigures } from '../bench/budgets';
import { createCorpus, scaleCounts } from '../bench/corpus';
import { percentile } from '../bench/measure';
import { createRandom } from '../bench/random';
import { addEarlyTypo, addTypos, createQuerySet, QUERY_KINDS } from '../bench/search';

const files = createCorpus(7, scaleCounts({ productions: 6, studios: 15, musicals: 2, people: 19, sources: 7 }, 80));
const parsed = files.map((file) => parseSourceFile(file.path.split('/')[0] as CollectionName, `bench/${file.path}`, file.text));
const { entries } = validateContent(parsed, [], { bodies: false });

describe('the search query set', () => {
  const records = createSearchRecords(entries as unknown as Entry[]);
  const queries = createQuerySet(records, 7);

  it('is fixed for a seed and holds every kind of query', () => {
    expect(createQuerySet(records, 7)).toEqual(queries);
    expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(QUERY_KINDS));
  });

  it('makes known-item queries from the target: typos in Latin names, credited people, short pieces of Hangul and kana names', () => {
    const credited = (name: string) => records.filter((record) => record.credits.includes(name));
    for (const query of queries) {
      const names = [query.target.title, ...query.target.aliases];
      const nearest = (candidates: readonly string[]) => Math.min(...candidates.map((name) => editDistance(query.text, name)));
      if (query.kind === 'title-typo' || query.kind === 'early-typo') {
        expect(nearest(names), query.text).toBeGreaterThan(0);
        expect(nearest(names), query.text).toBeLessThanOrEqual(query.kind === 'title-typo' ? 4 : 2);
      }
      if (query.kind === 'early-typo') {
        const original = names.find((name) => editDistance(query.text, name) <= 2)!;
        expect(query.text.slice(0, 2), query.text).not.toBe(original.slice(0, 2));
      }
      if (query.kind === 'credit') {
        expect(query.target.kind).toBe('productions');
        expect(credited(query.text)).toEqual([query.target]);
        expect(records.some((record) => record.kind === 'people' && record.title === query.text)).toBe(true);
      }
      if (query.kind === 'credit-typo') {
        expect(query.target.kind).toBe('productions');
        expect(nearest(query.target.credits), query.text).toBeGreaterThan(0);
        expect(nearest(query.target.credits), query.text).toBeLessThanOrEqual(2);
      }
      if (query.kind === 'hangul' || query.kind === 'kana') {
        expect([...query.text].length).toBeGreaterThanOrEqual(2);
        expect([...query.text].length).toBeLessThanOrEqual(4);
        expect(query.target.originalNames.some((name) => name.text.replace(/[\s・]/g, '').includes(query.text))).toBe(true);
      }
    }
  });

  it('puts an early typo in the first two letters', () => {
    const random = createRandom(3);
    for (let n = 0; n < 200; n++) {
      const typo = addEarlyTypo(random, 'Takeru Satoh');
      expect(editDistance(typo, 'Takeru Satoh')).toBeGreaterThan(0);
      expect(editDistance(typo, 'Takeru Satoh')).toBeLessThanOrEqual(2);
      expect(typo.slice(0, 2)).not.toBe('Ta');
    }
  });

  it('changes a name by one or two edits', () => {
    const random = createRandom(1);
    for (let n = 0; n < 200; n++) {
      const typo = addTypos(random, 'Takeru Satoh', 1);
      expect(typo).not.toBe('Takeru Satoh');
      expect(editDistance(typo, 'Takeru Satoh')).toBeLessThanOrEqual(2);
    }
  });
});

describe('the budgets', () => {
  const empty = createEmptyFigures();

  it('are skipped, not failed, for sizes the run did not measure', () => {
    expect(checkBudgets(empty).every((check) => check.pass === null)).toBe(true);
  });

  it('fail a build over its limit and pass one within it', () => {
    const build = (msPerPage: number) => ({ entries: BUDGETS.build.entries, pages: 5100, wallMs: 1, msPerPage, peakRssMiB: 1500 });
    const [slow] = checkBudgets({ ...empty, build: [build(BUDGETS.build.maxMsPerPage + 1)] });
    const [fast] = checkBudgets({ ...empty, build: [build(BUDGETS.build.maxMsPerPage)] });
    expect(slow!.pass).toBe(false);
    expect(fast!.pass).toBe(true);
  });

  it('hold search to plain fuse.js hit rate and below MiniSearch latency in the same run', () => {
    const run = {
      records: 10_000,
      queryP95Ms: 4,
      miniSearchP95Ms: 3,
      plainFuseP95Ms: 200,
      knownItemHitRate: 0.8,
      plainFuseHitRate: 0.85,
    } as BenchFigures['search'][number];
    const checks = checkBudgets({ ...empty, search: [run] });
    const get = (prefix: string) => checks.find((check) => check.name.startsWith(prefix))!.pass;
    expect(get('search p95 at 10k')).toBe(true);
    expect(get("search p95 at 10k below MiniSearch's")).toBe(false);
    expect(get('search hit rate at 10k')).toBe(false);
  });
});

describe('the budgets of issue 17', () => {
  const empty = createEmptyFigures();
  const first = (bytes: number) => ({ gzipBytes: bytes, indexGzipBytes: bytes - 20_000, files: 5, ms: 100 });
  const get = (checks: ReturnType<typeof checkBudgets>, prefix: string) => checks.find((check) => check.name.startsWith(prefix))!.pass;

  it('hold the first results at 10k to 150 KB and below Pagefind on the same site', () => {
    const run = (ours: number, pagefind: number) =>
      checkBudgets({
        ...empty,
        firstResults: { entries: 10_000, query: 'x', ours: first(ours), pagefind: { ...first(pagefind), pages: 30_000, indexMs: 1 } },
      });
    expect(get(run(140_000, 200_000), 'first results of a first search at 10k')).toBe(true);
    expect(get(run(140_000, 200_000), 'first results at 10k below')).toBe(true);
    expect(get(run(151_000, 200_000), 'first results of a first search at 10k')).toBe(false);
    expect(get(run(140_000, 130_000), 'first results at 10k below')).toBe(false);
  });

  it("hold the worker's heap below MiniSearch's at 10k and 50k records, and skip the sizes not measured", () => {
    const checks = checkBudgets({
      ...empty,
      workerHeap: [
        { records: 10_000, oursBytes: 5e6, miniSearchBytes: 9e6 },
        { records: 50_000, oursBytes: 30e6, miniSearchBytes: 25e6 },
      ],
    });
    expect(get(checks, 'search worker heap at 10k')).toBe(true);
    expect(get(checks, 'search worker heap at 50k')).toBe(false);
    expect(get(checkBudgets(empty), 'search worker heap at 50k')).toBe(null);
  });

  it('hold typing to 50 ms with the 50k-record index too', () => {
    const typing = (entries: number, ms: number) => ({
      entries,
      typeToResultsMs: ms,
      maxTypeToResultsMs: ms,
      firstTypeToResultsMs: ms,
      longestTaskMs: 0,
      queries: 3,
    });
    const checks = checkBudgets({ ...empty, browser: [typing(10_000, 20), typing(50_000, 60)] });
    expect(get(checks, 'type to results at 10k')).toBe(true);
    expect(get(checks, 'type to results at 50k')).toBe(false);
  });
});

describe('the first search in each edition', () => {
  it('holds every edition to what the English one fetched before the editions', () => {
    const empty = createEmptyFigures();
    const limit = BUDGETS.pageWeight.maxFirstSearchGzipBytes;
    const checks = checkBudgets({
      ...empty,
      editionSearch: [
        { locale: 'ko', firstSearchGzipBytes: limit },
        { locale: 'ja', firstSearchGzipBytes: limit + 1 },
      ],
    });
    const get = (locale: string) => checks.find((check) => check.name === `first search fetches, ${locale} edition (gzip)`)!.pass;
    expect(get('en')).toBeNull();
    expect(get('ko')).toBe(true);
    expect(get('ja')).toBe(false);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });
});
