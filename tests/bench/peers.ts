import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createSearchIndex, listIndexFiles, SEARCH_INDEX_PATH, type SearchRecord } from '../../src/search/search-index';

// What the browser step compares the site's search with, on the same built site and records:
// Pagefind (what Starlight ships) for the bytes of a first search, MiniSearch for memory.

/** The folder, inside a built site, holding the peers' harness pages: no page of the site links to it. */
const BENCH_DIR = '__bench';

/**
 * A search box over Pagefind's own JavaScript API, as its UI uses it: on each input,
 * `debouncedSearch` with its default 300 ms (a search overtaken by typing answers null and
 * loads nothing more), then the data of the first `limit` results, shown as options: the
 * harness the first-search measurement types into, as it types into the site's.
 */
const PAGEFIND_PAGE = (limit: number) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><main><input type="search" aria-label="Search"><div role="listbox"></div></main>
<script type="module">
const input = document.querySelector('input');
const list = document.querySelector('[role="listbox"]');
let pagefind;
let latest = 0;
input.addEventListener('input', async () => {
  const id = ++latest;
  pagefind ??= await import('/pagefind/pagefind.js');
  const search = await pagefind.debouncedSearch(input.value);
  if (!search || id !== latest) return;
  const shown = await Promise.all(search.results.slice(0, ${limit}).map((result) => result.data()));
  if (id !== latest) return;
  list.replaceChildren(...shown.map((data) => {
    const option = document.createElement('div');
    option.setAttribute('role', 'option');
    option.textContent = data.meta.title;
    return option;
  }));
});
</script></body></html>
`;

/** The harness's box and a result in it, for measureFirstResults. */
export const PAGEFIND_SEARCH = { input: 'main input', option: '[role="option"]' };

/** Indexes a built site with Pagefind (every page's <main>, each edition in its language) and adds its harness page. */
export async function indexWithPagefind(distDir: string, limit: number): Promise<{ pages: number; ms: number; harness: string }> {
  const pagefind = await import('pagefind');
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error(`bench: Pagefind did not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: distDir });
    const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
    const problems = [...added.errors, ...written.errors];
    if (problems.length) throw new Error(`bench: Pagefind failed on ${distDir}: ${problems.join('; ')}`);
    mkdirSync(join(distDir, BENCH_DIR), { recursive: true });
    writeFileSync(join(distDir, BENCH_DIR, 'pagefind.html'), PAGEFIND_PAGE(limit));
    return { pages: added.page_count, ms: Math.round(performance.now() - start), harness: `/${BENCH_DIR}/pagefind.html` };
  } finally {
    await pagefind.close();
  }
}

/** A worker that loads the same records into MiniSearch (fuzzy and prefix search on the same fields), then says so. */
const MINISEARCH_WORKER = `import MiniSearch from './minisearch.js';
const response = await fetch('./records.json');
const records = await response.json();
const mini = new MiniSearch({
  idField: 'n',
  fields: ['title', 'names', 'credits'],
  extractField: (record, field) =>
    field === 'n' ? record.n : field === 'title' ? record.title
      : field === 'credits' ? record.credits.join(' \\n ')
      : [...record.originalNames.map((name) => name.text), ...record.aliases].join(' \\n '),
});
mini.addAll(records.map((record, n) => ({ ...record, n })));
self.mini = mini;
postMessage(mini.search('a', { fuzzy: 0.2, prefix: true }).length);
`;

/**
 * Swaps the English edition's index of a built site for one made from `records` (the search
 * step's 50,000, say), so the site's own search box and worker run on it; `restore` puts the
 * site's index back. Pages the results link to need not exist: typing is what is measured.
 */
export function swapIndex(distDir: string, records: readonly SearchRecord[]): { restore(): void } {
  const folder = join(distDir, SEARCH_INDEX_PATH);
  const kept = `${folder.replace(/\/$/, '')}.kept`;
  renameSync(folder, kept);
  mkdirSync(folder);
  for (const { name, data } of listIndexFiles(createSearchIndex([...records]))) writeFileSync(join(folder, name), JSON.stringify(data));
  return {
    restore() {
      rmSync(folder, { recursive: true, force: true });
      renameSync(kept, folder);
    },
  };
}

/** Writes the MiniSearch harness into a built site: its worker, MiniSearch's own ES module, and the records. */
function addMiniSearchHarness(distDir: string, records: readonly SearchRecord[]): string {
  const dir = join(distDir, BENCH_DIR);
  mkdirSync(dir, { recursive: true });
  copyFileSync(
    createRequire(import.meta.url)
      .resolve('minisearch')
      .replace(/cjs\/index\.cjs$/, 'es/index.js'),
    join(dir, 'minisearch.js'),
  );
  writeFileSync(join(dir, 'minisearch-worker.js'), MINISEARCH_WORKER);
  writeFileSync(join(dir, 'records.json'), JSON.stringify(records));
  writeFileSync(
    join(dir, 'minisearch.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MiniSearch</title></head><body><script type="module">
const worker = new Worker('./minisearch-worker.js', { type: 'module' });
worker.onmessage = () => { document.body.dataset.ready = 'yes'; };
</script></body></html>\n`,
  );
  return `/${BENCH_DIR}/minisearch.html`;
}

/** MiniSearch's worker heap once it holds `records`, on its harness page in the site served at `siteUrl` from `distDir`. */
export async function measureMiniSearchHeap(
  browser: Browser,
  siteUrl: string,
  distDir: string,
  records: readonly SearchRecord[],
): Promise<number> {
  const harness = addMiniSearchHarness(distDir, records);
  const page = await browser.newPage();
  try {
    await page.goto(new URL(harness.slice(1), siteUrl).href);
    await page.locator('body[data-ready]').waitFor({ state: 'attached', timeout: 300_000 });
    return await measureWorkerHeap(page, browser, 'minisearch-worker');
  } finally {
    await page.close();
  }
}

/**
 * The JavaScript heap a page's dedicated worker uses after a full garbage collection, in bytes,
 * read over the DevTools protocol (a worker has no `performance.memory`). The worker is the one
 * whose script address contains `scriptPart`.
 */
export async function measureWorkerHeap(page: Page, browser: Browser, scriptPart: string): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'worker' && info.url.includes(scriptPart));
    if (!target) throw new Error(`bench: no worker whose address contains "${scriptPart}" on ${page.url()}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let lastId = 0;
    // Without flat sessions, the worker's own protocol messages travel inside the browser session's.
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const id = ++lastId;
        const listener = (event: { sessionId?: string; message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
          if (message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          if (message.error) reject(new Error(`bench: ${method}: ${message.error.message}`));
          else resolve(message.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return usage['usedSize'] as number;
  } finally {
    await cdp.detach();
  }
}
