/**
 * `npm run bench`: builds generated catalogs with the real site build, measures search and
 * the browser, and checks the budgets (tests/bench/budgets.ts). Readable tables on stdout, or
 * with --json one JSON object; progress goes to stderr. Exit 1 when a budget is missed.
 */
import { cpus, totalmem } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Entry } from '../../src/catalog/entries';
import { createSearchRecords, type SearchRecord } from '../../src/search/search-index';
import { launchBrowser } from '../helpers/browser';
import { buildSiteOrThrow, makeBuildDir, ROOT } from '../helpers/site';
import { readCatalogEntries } from '../helpers/seed-catalog';
import { checkBudgets, createEmptyFigures, type BuildFigures } from './budgets';
import { measureFirstResults, measurePageWeight, measureTyping, SITE_SEARCH, type TypingFigures } from './browser';
import { indexWithPagefind, measureMiniSearchHeap, PAGEFIND_SEARCH, swapIndex } from './peers';
import { serveStatic } from '../helpers/static-server';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales';
import { measureBuild, touchEntry } from './build';
import { countEntries, createCorpus, parseCorpus, scaleCounts, writeCorpus } from './corpus';
import { round } from './measure';
import { formatReport } from './report';
import { createQuerySet, measureSearch, SEARCH_LIMIT } from './search';

const USAGE = `Usage: npm run bench -- [options]

  --sizes 1000,5000,10000          entries per generated build
  --search-sizes 1000,10000,50000  records per search measurement
  --rebuild-size N                 where to time a rebuild after one change (default: 5000 if built, else the largest)
  --steps build,rebuild,search,browser  which parts to run (rebuild: after one change, needs build)
  --seed 7                         corpus and query seed
  --seed-dist DIR                  an existing build of content/ for the seed-size browser figures (default: build one)
  --queries N                      how many queries each browser run types (default 13: Latin typos, Hangul, kana, prefixes)
  --json                           print one JSON object on stdout instead of tables
  --out FILE                       also write the JSON to FILE
  --keep                           keep the temporary folder (corpora and builds)`;

const STEPS = ['build', 'rebuild', 'search', 'browser'] as const;
type Step = (typeof STEPS)[number];

function parseSizes(value: string, option: string): number[] {
  const sizes = value.split(',').map((part) => Number(part.replace(/_/g, '').trim()));
  const bad = sizes.find((size) => !Number.isInteger(size) || size < 5);
  if (bad !== undefined) throw new Error(`${option}: expected whole numbers of at least 5, separated by commas; found "${value}"`);
  return sizes;
}

function getOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      'search-sizes': { type: 'string', default: '1000,10000,50000' },
      'rebuild-size': { type: 'string' },
      steps: { type: 'string', default: STEPS.join(',') },
      seed: { type: 'string', default: '7' },
      'seed-dist': { type: 'string' },
      queries: { type: 'string', default: '13' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const steps = values.steps.split(',').map((step) => step.trim());
  const unknown = steps.find((step) => !(STEPS as readonly string[]).includes(step));
  if (unknown) throw new Error(`--steps: unknown step "${unknown}"; the steps are ${STEPS.join(', ')}`);
  if (steps.includes('rebuild') && !steps.includes('build'))
    throw new Error('--steps: rebuild times a second build of a build step: add build');
  const sizes = parseSizes(values.sizes, '--sizes');
  const rebuildSize = values['rebuild-size']
    ? parseSizes(values['rebuild-size'], '--rebuild-size')[0]!
    : sizes.includes(5000)
      ? 5000
      : Math.max(...sizes);
  if (!sizes.includes(rebuildSize)) throw new Error(`--rebuild-size ${rebuildSize} is not one of --sizes ${sizes.join(',')}`);
  const queries = Number(values.queries);
  if (!Number.isInteger(queries) || queries < 1)
    throw new Error(`--queries: expected a whole number of at least 1; found "${values.queries}"`);
  return {
    ...values,
    queries,
    steps: new Set(steps as Step[]),
    sizes,
    searchSizes: parseSizes(values['search-sizes'], '--search-sizes'),
    rebuildSize,
    seed: Number(values.seed),
  };
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const mib = (bytes: number) => round(bytes / 2 ** 20, 0);

/** A few known-item queries of a catalog, mixed across scripts, for the browser runs. */
function getBrowserQueries(records: readonly SearchRecord[], seed: number, count: number): string[] {
  const queries = createQuerySet(records, seed);
  const pick = (kind: string, count: number) =>
    queries
      .filter((query) => query.kind === kind)
      .slice(0, count)
      .map((query) => query.text);
  return [...pick('title-typo', 3), ...pick('early-typo', 2), ...pick('hangul', 3), ...pick('kana', 3), ...pick('prefix', 2)].slice(
    0,
    count,
  );
}

async function main() {
  const options = getOptions();
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const temp = makeBuildDir('bench');
  const seedCounts = countEntries(join(ROOT, 'content'));
  const corpus = (size: number) => createCorpus(options.seed, scaleCounts(seedCounts, size));
  const figures = createEmptyFigures();
  // The search step's records by size, for the browser step: the largest build's own, and the 50,000-record index.
  const searchRecords = new Map<number, SearchRecord[]>();
  // The largest build stays on disk for the browser runs.
  let largest: { entries: number; outDir: string; corpus: Entry[] } | undefined;
  try {
    if (options.steps.has('build')) {
      for (const size of [...options.sizes].sort((a, b) => a - b)) {
        const files = corpus(size);
        const contentDir = join(temp, `content-${size}`);
        writeCorpus(contentDir, files);
        log(`build: ${size} entries...`);
        const run = await measureBuild(contentDir, join(temp, `dist-${size}`), join(temp, `cache-${size}`));
        const build: BuildFigures = {
          entries: size,
          pages: run.pages,
          wallMs: Math.round(run.wallMs),
          msPerPage: round(run.wallMs / run.pages, 2),
          peakRssMiB: mib(run.peakRssBytes),
        };
        figures.build.push(build);
        log(`build: ${JSON.stringify(build)}`);
        if (options.steps.has('rebuild') && size === options.rebuildSize) {
          touchEntry(contentDir);
          log(`rebuild: ${size} entries after one change...`);
          const again = await measureBuild(contentDir, run.outDir, join(temp, `cache-${size}`));
          figures.rebuild = { entries: size, wallMs: Math.round(again.wallMs), fullWallMs: build.wallMs };
          log(`rebuild: ${JSON.stringify(figures.rebuild)}`);
        }
        if (largest) rmSync(join(temp, `dist-${largest.entries}`), { recursive: true, force: true });
        largest = { entries: size, outDir: run.outDir, corpus: options.steps.has('browser') ? parseCorpus(files) : [] };
        rmSync(contentDir, { recursive: true, force: true });
        rmSync(join(temp, `cache-${size}`), { recursive: true, force: true });
      }
    }

    if (options.steps.has('search')) {
      for (const size of options.searchSizes) {
        log(`search: ${size} records...`);
        const records = createSearchRecords(parseCorpus(corpus(size)));
        searchRecords.set(size, records);
        const search = measureSearch(records, options.seed);
        figures.search.push(search);
        log(`search: ${JSON.stringify({ ...search, hitRateByKind: undefined })}`);
      }
    }

    if (options.steps.has('browser')) {
      const seedDist =
        options['seed-dist'] ??
        (log('browser: building the seed content...'),
        await buildSiteOrThrow({ outDir: join(temp, 'dist-seed'), env: { ASTRO_CACHE_DIR: join(temp, 'cache-seed') } }));
      const seedEntries = readCatalogEntries(join(ROOT, 'content'));
      const seedQueries = getBrowserQueries(createSearchRecords(seedEntries), options.seed, options.queries);
      const firstProduction = seedEntries.find((entry) => entry.collection === 'productions')!;
      const entryPath = `/productions/${firstProduction.id}/`;
      const browser = await launchBrowser({ optimizeScripts: true });
      try {
        log('browser: page weight at seed size...');
        figures.pageWeight = await measurePageWeight(browser, seedDist, ['/', entryPath, '/people/'], seedQueries[0]!);
        log(`browser: ${JSON.stringify(figures.pageWeight)}`);
        for (const locale of TRANSLATED_LOCALES) {
          // An English query: every edition finds entries by their English names too.
          const weight = await measurePageWeight(browser, seedDist, [`/${locale}/`], seedQueries[0]!);
          figures.editionSearch.push({ locale, firstSearchGzipBytes: weight.firstSearchGzipBytes });
        }
        log(`browser: first search by edition ${JSON.stringify(figures.editionSearch)}`);
        log('browser: typing at seed size...');
        figures.browser.push(await measureTyping(browser, seedDist, entryPath, seedQueries, seedEntries.length));
        if (largest) {
          const { entries: size, outDir } = largest;
          log(`browser: typing at ${size} entries...`);
          const production = largest.corpus.find((entry) => entry.collection === 'productions')!;
          const entryPath = `/productions/${production.id}/`;
          // The search step made the same records when it measured this size (same corpus and seed).
          const records = searchRecords.get(size) ?? createSearchRecords(largest.corpus);
          const queries = getBrowserQueries(records, options.seed, options.queries);
          const typing = await measureTyping(browser, outDir, entryPath, queries, size, { heap: true });
          figures.browser.push(typing);
          const server = await serveStatic(outDir);
          // Our worker's heap after typing, beside MiniSearch's holding the same records.
          const compareHeaps = async (count: number, held: readonly SearchRecord[], ours: TypingFigures) =>
            figures.workerHeap.push({
              records: count,
              oursBytes: ours.workerHeapBytes!,
              miniSearchBytes: await measureMiniSearchHeap(browser, server.url, outDir, held),
            });
          try {
            log(`browser: first results at ${size} entries, ours and Pagefind's...`);
            const ours = await measureFirstResults(browser, new URL(entryPath.slice(1), server.url).href, SITE_SEARCH, queries[0]!);
            const indexed = await indexWithPagefind(outDir, SEARCH_LIMIT);
            const pagefind = await measureFirstResults(
              browser,
              new URL(indexed.harness.slice(1), server.url).href,
              PAGEFIND_SEARCH,
              queries[0]!,
            );
            figures.firstResults = {
              entries: size,
              query: queries[0]!,
              ours,
              pagefind: { ...pagefind, pages: indexed.pages, indexMs: indexed.ms },
            };
            log(`browser: first results ${JSON.stringify(figures.firstResults)}`);
            log(`browser: MiniSearch's worker heap at ${size} records...`);
            await compareHeaps(records.length, records, typing);
            const [large, largeRecords] = [...searchRecords].filter(([count]) => count > records.length).sort(([a], [b]) => b - a)[0] ?? [];
            if (large && largeRecords) {
              log(`browser: typing with the search step's ${large}-record index in the ${size}-entry site...`);
              const swapped = swapIndex(outDir, largeRecords);
              const largeQueries = getBrowserQueries(largeRecords, options.seed, options.queries);
              const largeTyping = await measureTyping(browser, outDir, entryPath, largeQueries, large, { heap: true }).finally(() =>
                swapped.restore(),
              );
              figures.browser.push(largeTyping);
              await compareHeaps(large, largeRecords, largeTyping);
            }
            log(`browser: worker heap ${JSON.stringify(figures.workerHeap)}`);
          } finally {
            await server.stop();
          }
        }
        log(`browser: ${JSON.stringify(figures.browser)}`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    if (options.keep) log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }

  const checks = checkBudgets(figures);
  const pass = checks.every((check) => check.pass !== false);
  const result = {
    ...figures,
    budgets: Object.fromEntries(checks.map(({ name, ...rest }) => [name, rest])),
    pass,
    machine: { cpus: cpus().length, memoryGiB: round(totalmem() / 2 ** 30, 0), node: process.version, seed: options.seed },
  };
  const json = JSON.stringify(result);
  if (options.out) writeFileSync(options.out, `${json}\n`);
  process.stdout.write(options.json ? `${json}\n` : formatReport(figures, checks));
  return pass ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
