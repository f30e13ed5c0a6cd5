import type { BenchFigures, BudgetCheck } from './budgets';
import { round } from './measure';
import type { QueryKind } from './search';

/** Aligns rows under a header, as a Markdown table (readable in a terminal and pastable into the README). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(cells[0]!), line(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(line)].join('\n');
}

const mark = (pass: boolean | null) => (pass === null ? 'skipped' : pass ? 'PASS' : 'FAIL');

/** The whole run as readable tables: builds, search, browser, page weight, budgets. */
export function formatReport(figures: BenchFigures, checks: readonly BudgetCheck[]): string {
  const parts: string[] = [];
  if (figures.build.length) {
    parts.push(
      '## Build',
      formatTable(
        ['entries', 'pages', 'wall ms', 'ms/page', 'peak RSS MiB'],
        figures.build.map((run) => [run.entries, run.pages, run.wallMs, run.msPerPage, run.peakRssMiB]),
      ),
    );
  }
  if (figures.rebuild) {
    parts.push(
      `Rebuild after one entry changed (${figures.rebuild.entries} entries, same cache): ${figures.rebuild.wallMs} ms, against ${figures.rebuild.fullWallMs} ms for the first build.`,
    );
  }
  if (figures.search.length) {
    parts.push(
      '## Search',
      formatTable(
        [
          'records',
          'index KB',
          'gzip KB',
          'gzip B/record',
          'latin part gzip KB',
          'cjk part gzip KB',
          'records file gzip B',
          'load ms',
          'p50 ms',
          'p95 ms',
          'hit rate',
          'fuse p50',
          'fuse p95',
          'fuse hits',
          'MiniSearch p50',
          'MiniSearch p95',
          'MiniSearch hits',
        ],
        figures.search.map((run) => [
          run.records,
          Math.round(run.indexBytes / 1024),
          Math.round(run.indexGzipBytes / 1024),
          run.bytesPerRecordGzip,
          Math.round(run.latinPartGzipBytes / 1024),
          Math.round(run.cjkPartGzipBytes / 1024),
          run.chunkGzipBytes,
          run.parseMs,
          run.queryP50Ms,
          run.queryP95Ms,
          run.knownItemHitRate,
          run.plainFuseP50Ms,
          run.plainFuseP95Ms,
          run.plainFuseHitRate,
          run.miniSearchP50Ms,
          run.miniSearchP95Ms,
          run.miniSearchHitRate,
        ]),
      ),
    );
  }
  if (figures.search.length) {
    const kinds = [...new Set(figures.search.flatMap((run) => Object.keys(run.hitRateByKind.ours)))];
    parts.push(
      'Hit@3 by query kind (ours / plain fuse.js / MiniSearch):',
      formatTable(
        ['records', ...kinds],
        figures.search.map((run) => [
          run.records,
          ...kinds.map((kind) =>
            (['ours', 'plainFuse', 'miniSearch'] as const).map((engine) => run.hitRateByKind[engine][kind as QueryKind] ?? '-').join(' / '),
          ),
        ]),
      ),
    );
  }
  if (figures.browser.length) {
    parts.push(
      '## Browser (Chromium)',
      formatTable(
        ['entries', 'type to results ms (median)', 'slowest ms', 'first query ms (cold)', 'longest task ms'],
        figures.browser.map((run) => [
          run.entries,
          run.typeToResultsMs,
          run.maxTypeToResultsMs,
          run.firstTypeToResultsMs,
          run.longestTaskMs,
        ]),
      ),
    );
  }
  if (figures.firstResults) {
    const { entries, query, ours, pagefind } = figures.firstResults;
    parts.push(
      `First results of a first search at ${entries} entries, typing "${query}" (Pagefind indexed the same ${pagefind.pages} pages in ${pagefind.indexMs} ms):`,
      formatTable(
        ['search', 'gzip B until first results', 'of which index', 'files', 'first key to results ms'],
        [
          ['ours', ours.gzipBytes, ours.indexGzipBytes, ours.files, ours.ms],
          ['Pagefind', pagefind.gzipBytes, pagefind.indexGzipBytes, pagefind.files, pagefind.ms],
        ],
      ),
    );
  }
  if (figures.workerHeap.length) {
    parts.push(
      'Search worker heap in Chromium, after a full garbage collection:',
      formatTable(
        ['records', 'ours MiB', 'MiniSearch MiB'],
        figures.workerHeap.map((heap) => [heap.records, round(heap.oursBytes / 2 ** 20), round(heap.miniSearchBytes / 2 ** 20)]),
      ),
    );
  }
  if (figures.pageWeight) {
    const weight = figures.pageWeight;
    parts.push(
      formatTable(
        [
          'JS before interaction (gzip B)',
          'first search fetches (gzip B)',
          'of which code',
          'of which index',
          'CSS (gzip B)',
          'index bytes before search',
        ],
        [
          [
            weight.maxJsGzipBytesBeforeSearch,
            weight.firstSearchGzipBytes,
            weight.firstSearchCodeGzipBytes,
            weight.firstSearchIndexGzipBytes,
            weight.cssGzipBytes,
            weight.searchIndexBytesBeforeSearch,
          ],
        ],
      ),
    );
  }
  if (figures.editionSearch.length) {
    parts.push(
      formatTable(
        ['edition', 'first search fetches (gzip B)'],
        [
          ['en', figures.pageWeight?.firstSearchGzipBytes ?? 'not measured'],
          ...figures.editionSearch.map((edition) => [edition.locale, edition.firstSearchGzipBytes]),
        ],
      ),
    );
  }
  parts.push(
    '## Budgets',
    formatTable(
      ['budget', 'limit', 'measured', 'result'],
      checks.map((c) => [c.name, c.limit, c.actual, mark(c.pass)]),
    ),
  );
  return `${parts.join('\n\n')}\n`;
}
