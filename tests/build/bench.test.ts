import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/site';

/** Runs `npm run bench` as a reader would, with --silent so npm's banner stays off stdout. */
function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'bench', '--', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run bench', () => {
  // Tens of entries and two typed queries (one cold, one timed) through the steps, so the benchmark cannot rot; budgets are for full runs.
  // The rebuild step is one more build of the same kind: full runs take it.
  it('builds, searches and drives the browser on a small corpus, and prints one JSON object', async () => {
    const { distDir } = inject('site');
    const { code, stdout, stderr } = await runBench([
      '--json',
      '--steps',
      'build,search,browser',
      '--sizes',
      '30',
      '--search-sizes',
      '300',
      '--queries',
      '2',
      '--seed-dist',
      distDir,
    ]);
    // 0: every measured budget met; 1: one missed. Both are a working benchmark; 2 is a crash.
    expect([0, 1], stderr).toContain(code);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);

    expect(report.build).toHaveLength(1);
    const [build] = report.build;
    expect(build.entries).toBe(30);
    // An entry page each, plus the indexes, browse pages and the rest.
    expect(build.pages).toBeGreaterThan(30);
    expect(build.msPerPage).toBeCloseTo(build.wallMs / build.pages, 1);
    expect(build.peakRssMiB).toBeGreaterThan(50);
    expect(report.rebuild).toBeNull();

    const [search] = report.search;
    expect(search.records).toBe(300);
    expect(search.indexGzipBytes).toBeGreaterThan(0);
    expect(search.indexGzipBytes).toBeLessThan(search.indexBytes);
    expect(search.queryP95Ms).toBeGreaterThanOrEqual(search.queryP50Ms);
    for (const rate of [search.knownItemHitRate, search.plainFuseHitRate, search.miniSearchHitRate]) {
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThanOrEqual(1);
    }

    expect(Object.keys(search.hitRateByKind.ours)).toEqual(expect.arrayContaining(['title-typo', 'early-typo', 'credit', 'credit-typo']));
    expect(search.latinPartGzipBytes + search.cjkPartGzipBytes).toBeLessThan(search.indexGzipBytes);

    // The seed site, the 30-entry build, and the 30-entry build with the search step's 300-record index in its place.
    expect(report.browser.map((run: { entries: number }) => run.entries)).toEqual([expect.any(Number), 30, 300]);
    for (const run of report.browser) {
      expect(run.typeToResultsMs).toBeGreaterThan(0);
      expect(run.queries).toBe(2);
    }
    // Ours and Pagefind typed the same query on the same built site; each fetched code and index before its first results.
    const { ours, pagefind } = report.firstResults;
    for (const peer of [ours, pagefind]) {
      expect(peer.indexGzipBytes).toBeGreaterThan(0);
      expect(peer.gzipBytes).toBeGreaterThan(peer.indexGzipBytes);
      expect(peer.ms).toBeGreaterThan(0);
    }
    expect(pagefind.pages).toBeGreaterThan(30);
    expect(report.workerHeap.map((heap: { records: number }) => heap.records)).toEqual([30, 300]);
    for (const heap of report.workerHeap) {
      expect(heap.oursBytes).toBeGreaterThan(100_000);
      expect(heap.miniSearchBytes).toBeGreaterThan(100_000);
    }
    expect(report.pageWeight.firstSearchCodeGzipBytes).toBeGreaterThan(0);
    expect(report.pageWeight.firstSearchIndexGzipBytes).toBeGreaterThan(0);
    expect(report.pageWeight.firstSearchGzipBytes).toBeGreaterThanOrEqual(
      report.pageWeight.firstSearchCodeGzipBytes + report.pageWeight.firstSearchIndexGzipBytes,
    );
    expect(report.pageWeight.cssGzipBytes).toBeGreaterThan(0);

    const results = Object.values(report.budgets) as { pass: boolean | null }[];
    expect(results.length).toBeGreaterThan(5);
    expect(report.pass).toBe(results.every((result) => result.pass !== false));
    expect(code).toBe(report.pass ? 0 : 1);
  });
});
