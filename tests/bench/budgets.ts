import type { FirstResults, TypingFigures, PageWeight } from './browser';
import type { SearchFigures } from './search';

/** One measured build size. */
export interface BuildFigures {
  entries: number;
  pages: number;
  wallMs: number;
  msPerPage: number;
  peakRssMiB: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchFigures {
  build: BuildFigures[];
  /** A second build after one entry changed, same cache; null when builds were skipped. */
  rebuild: { entries: number; wallMs: number; fullWallMs: number } | null;
  search: SearchFigures[];
  browser: TypingFigures[];
  pageWeight: PageWeight | null;
  /** The first search in each translated edition, at seed size: every byte (gzip) from focus to results. */
  editionSearch: { locale: string; firstSearchGzipBytes: number }[];
  /** The first results of a first search on the largest build, ours and Pagefind's (which indexed the same built site). */
  firstResults: { entries: number; query: string; ours: FirstResults; pagefind: FirstResults & { pages: number; indexMs: number } } | null;
  /** The search worker's heap in Chromium against MiniSearch's, holding the same records. */
  workerHeap: { records: number; oursBytes: number; miniSearchBytes: number }[];
}

/** A run that measured nothing yet: what each step fills in. */
export function createEmptyFigures(): BenchFigures {
  return { build: [], rebuild: null, search: [], browser: [], pageWeight: null, editionSearch: [], firstResults: null, workerHeap: [] };
}

/**
 * The budgets, on the 2-core machines the project is developed on: the one place they are
 * written (README, "Performance", repeats them for readers). Issue 7 sets them.
 */
export const BUDGETS = {
  /** Build of 5,000 generated entries, every page in three editions (issue 15). */
  build: { entries: 5000, maxMsPerPage: 6, maxPeakRssMiB: 2048 },
  /** Query latency p95 by record count; at each, the hit rate must be at least plain fuse.js's. */
  search: [
    { records: 10_000, maxP95Ms: 5, fasterThanBaselines: true },
    { records: 50_000, maxP95Ms: 2, fasterThanBaselines: false },
  ],
  /**
   * Typing to results painted, and the longest main-thread task while searching: on the 10k
   * build, and on it with a 50k-record index in its place (issue 17).
   */
  browser: { entries: [10_000, 50_000], maxTypeToResultsMs: 50, maxLongTaskMs: 50 },
  /** The first results of a first search at 10k entries: code and index together, gzip, and fewer than Pagefind's (issue 17). */
  firstResults: { entries: 10_000, maxGzipBytes: 150_000 },
  /** The search worker's heap below MiniSearch's for the same records, at these sizes (smaller ones are mostly code). */
  workerHeap: { records: [10_000, 50_000] },
  /**
   * Bytes on the wire (gzip) at seed size. The first search's code has a fixed budget; the index
   * it fetches grows with the catalog, so it has one per record (at 10k records, the search step).
   */
  pageWeight: {
    maxJsGzipBytesBeforeSearch: 3 * 1024,
    maxFirstSearchCodeGzipBytes: 25 * 1024,
    maxSearchIndexBytesBeforeSearch: 0,
    /** What the English edition's first search fetched on 29 November 2026 (417 entries): no edition may fetch more (issue 15). */
    maxFirstSearchGzipBytes: 76_415,
  },
  /** Search index size, gzip, per record, at 10k records. */
  index: { records: 10_000, maxBytesPerRecordGzip: 100 },
} as const;

/** One budget against its figure; `pass` is null when the run did not measure it (other sizes). */
export interface BudgetCheck {
  name: string;
  limit: string;
  actual: string;
  pass: boolean | null;
}

const check = (name: string, limit: string, actual: number | undefined, ok: (value: number) => boolean, unit = ''): BudgetCheck =>
  actual === undefined || Number.isNaN(actual)
    ? { name, limit, actual: 'not measured', pass: null }
    : { name, limit, actual: `${actual}${unit}`, pass: ok(actual) };

/** Checks every budget against a run's figures. */
export function checkBudgets(figures: BenchFigures): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const build = figures.build.find((run) => run.entries === BUDGETS.build.entries);
  const k = (n: number) => `${n / 1000}k`;
  checks.push(
    check(
      `build ms/page at ${k(BUDGETS.build.entries)}`,
      `<= ${BUDGETS.build.maxMsPerPage}`,
      build?.msPerPage,
      (v) => v <= BUDGETS.build.maxMsPerPage,
    ),
    check(
      `build peak RSS at ${k(BUDGETS.build.entries)}`,
      `<= ${BUDGETS.build.maxPeakRssMiB} MiB`,
      build?.peakRssMiB,
      (v) => v <= BUDGETS.build.maxPeakRssMiB,
      ' MiB',
    ),
  );
  for (const budget of BUDGETS.search) {
    const run = figures.search.find((search) => search.records === budget.records);
    const at = `at ${k(budget.records)}`;
    checks.push(check(`search p95 ${at}`, `<= ${budget.maxP95Ms} ms`, run?.queryP95Ms, (v) => v <= budget.maxP95Ms, ' ms'));
    if (budget.fasterThanBaselines) {
      checks.push(
        check(
          `search p95 ${at} below MiniSearch's`,
          run ? `< ${run.miniSearchP95Ms} ms` : '< MiniSearch',
          run?.queryP95Ms,
          (v) => v < run!.miniSearchP95Ms,
          ' ms',
        ),
        check(
          `search p95 ${at} below plain fuse.js's`,
          run ? `< ${run.plainFuseP95Ms} ms` : '< plain fuse.js',
          run?.queryP95Ms,
          (v) => v < run!.plainFuseP95Ms,
          ' ms',
        ),
      );
    }
    checks.push(
      check(
        `search hit rate ${at} vs plain fuse.js`,
        run ? `>= ${run.plainFuseHitRate}` : '>= plain fuse.js',
        run?.knownItemHitRate,
        (v) => v >= run!.plainFuseHitRate,
      ),
    );
  }
  for (const entries of BUDGETS.browser.entries) {
    const typing = figures.browser.find((run) => run.entries === entries);
    checks.push(
      check(
        `type to results at ${k(entries)}`,
        `<= ${BUDGETS.browser.maxTypeToResultsMs} ms`,
        typing?.typeToResultsMs,
        (v) => v <= BUDGETS.browser.maxTypeToResultsMs,
        ' ms',
      ),
      check(
        `longest main-thread task searching at ${k(entries)}`,
        `<= ${BUDGETS.browser.maxLongTaskMs} ms`,
        typing?.longestTaskMs,
        (v) => v <= BUDGETS.browser.maxLongTaskMs,
        ' ms',
      ),
    );
  }
  const first = figures.firstResults?.entries === BUDGETS.firstResults.entries ? figures.firstResults : undefined;
  checks.push(
    check(
      `first results of a first search at ${k(BUDGETS.firstResults.entries)} (gzip)`,
      `<= ${BUDGETS.firstResults.maxGzipBytes} B`,
      first?.ours.gzipBytes,
      (v) => v <= BUDGETS.firstResults.maxGzipBytes,
      ' B',
    ),
    check(
      `first results at ${k(BUDGETS.firstResults.entries)} below Pagefind's (gzip)`,
      first ? `< ${first.pagefind.gzipBytes} B` : "< Pagefind's",
      first?.ours.gzipBytes,
      (v) => v < first!.pagefind.gzipBytes,
      ' B',
    ),
  );
  for (const records of BUDGETS.workerHeap.records) {
    const heap = figures.workerHeap.find((run) => run.records === records);
    checks.push(
      check(
        `search worker heap at ${k(records)} below MiniSearch's`,
        heap ? `< ${heap.miniSearchBytes} B` : "< MiniSearch's",
        heap?.oursBytes,
        (v) => v < heap!.miniSearchBytes,
        ' B',
      ),
    );
  }
  const weight = figures.pageWeight ?? undefined;
  const limits = BUDGETS.pageWeight;
  checks.push(
    check(
      'JS before interaction (gzip)',
      `<= ${limits.maxJsGzipBytesBeforeSearch} B`,
      weight?.maxJsGzipBytesBeforeSearch,
      (v) => v <= limits.maxJsGzipBytesBeforeSearch,
      ' B',
    ),
    check(
      'search code the first search fetches (gzip)',
      `<= ${limits.maxFirstSearchCodeGzipBytes} B`,
      weight?.firstSearchCodeGzipBytes,
      (v) => v <= limits.maxFirstSearchCodeGzipBytes,
      ' B',
    ),
    check(
      `search index per record at ${k(BUDGETS.index.records)} (gzip)`,
      `<= ${BUDGETS.index.maxBytesPerRecordGzip} B`,
      figures.search.find((run) => run.records === BUDGETS.index.records)?.bytesPerRecordGzip,
      (v) => v <= BUDGETS.index.maxBytesPerRecordGzip,
      ' B',
    ),
    ...[{ locale: 'en', firstSearchGzipBytes: weight?.firstSearchGzipBytes ?? Number.NaN }, ...figures.editionSearch].map((edition) =>
      check(
        `first search fetches, ${edition.locale} edition (gzip)`,
        `<= ${limits.maxFirstSearchGzipBytes} B`,
        edition.firstSearchGzipBytes,
        (v) => v <= limits.maxFirstSearchGzipBytes,
        ' B',
      ),
    ),
    check(
      'search index fetched before interaction',
      `${limits.maxSearchIndexBytesBeforeSearch} B`,
      weight?.searchIndexBytesBeforeSearch,
      (v) => v <= limits.maxSearchIndexBytesBeforeSearch,
      ' B',
    ),
  );
  return checks;
}
