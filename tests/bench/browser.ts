import type { Browser, Page, Response } from 'playwright-core';
import { serveStatic } from '../helpers/static-server';
import { gzipBytes, percentile, round } from './measure';
import { measureWorkerHeap } from './peers';

/** The header search box, its results and the popup holding them, as the site's search UI marks them up. */
const SEARCH_INPUT = 'header input[type="search"]';
const RESULTS = 'header [role="listbox"]';
/** The site's header search box and a result in it, for measureFirstResults. */
export const SITE_SEARCH = { input: SEARCH_INPUT, option: `${RESULTS} [role="option"]` };
const POPUP = 'header :has(> [role="listbox"])';

/** Typing speed in the browser runs: a fast typist, about 12 keys a second. */
const KEY_DELAY_MS = 80;

/** Time from typing to results on screen, and how long the main thread was ever blocked. */
export interface TypingFigures {
  entries: number;
  /** Median over the queries, once the index is loaded: what every keystroke feels like. */
  typeToResultsMs: number;
  /** The slowest query. */
  maxTypeToResultsMs: number;
  /** The first query typed straight after focusing, index not yet loaded. */
  firstTypeToResultsMs: number;
  /** Longest main-thread task from focusing the box to the last result (0: none over 50 ms). */
  longestTaskMs: number;
  queries: number;
  /** The search worker's JavaScript heap after the queries, when measured (bytes). */
  workerHeapBytes?: number;
}

/** What a page costs before and at the first search. */
export interface PageWeight {
  /** The most JavaScript (gzip) any measured page loads before any interaction. */
  maxJsGzipBytesBeforeSearch: number;
  /** Every byte (gzip) fetched from focusing the search box to the first results. */
  firstSearchGzipBytes: number;
  /** Of those, the search code (scripts): what does not grow with the catalog. */
  firstSearchCodeGzipBytes: number;
  /** Of those, the search index, which grows with the catalog (per record: the search figures). */
  firstSearchIndexGzipBytes: number;
  /** CSS (gzip) of the heaviest measured page. */
  cssGzipBytes: number;
  /** Bytes of the search index fetched before any interaction: must be 0. */
  searchIndexBytesBeforeSearch: number;
  /** The pages measured. */
  pages: string[];
}

/** Collects every response of a page with its body size after gzip. */
function recordResponses(page: Page) {
  const seen: { url: string; type: string; gzip: Promise<number> }[] = [];
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    seen.push({
      url: response.url(),
      type,
      gzip: response
        .body()
        .then((body) => gzipBytes(body))
        .catch(() => 0),
    });
  };
  page.on('response', onResponse);
  return {
    /** Responses so far, then forgets them. */
    async take() {
      const taken = seen.splice(0);
      return Promise.all(taken.map(async (item) => ({ url: item.url, type: item.type, gzip: await item.gzip })));
    },
  };
}

const isScript = (item: { url: string; type?: string }) => item.type === 'script' || /\.m?js(\?|$)/.test(item.url);
const isSearchIndex = (url: string) => /\/search-index\/[^/]+\.json(\?|$)/.test(url);

/** Inline scripts in the page that run as JavaScript (JSON-LD and other data blocks excluded). */
async function inlineScriptBytes(page: Page): Promise<number> {
  const text = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => {
        const type = script.getAttribute('type');
        return !type || type === 'module' || /javascript/.test(type);
      })
      .map((script) => script.textContent ?? '')
      .join('\n'),
  );
  return text ? gzipBytes(text) : 0;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // Anything scheduled for idle time after load counts as "before interaction" too.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  await page.waitForLoadState('networkidle');
}

/**
 * Loads each page of a served site without touching it and adds up the JavaScript and CSS it
 * fetched (gzip); then, on the first page, focuses the search box, types a query and adds up
 * everything fetched until the results show. Service workers are blocked: the cold path.
 */
export async function measurePageWeight(browser: Browser, distDir: string, paths: readonly string[], query: string): Promise<PageWeight> {
  const server = await serveStatic(distDir);
  try {
    return await weighPages(browser, server.url, paths, query);
  } finally {
    await server.stop();
  }
}

async function weighPages(browser: Browser, siteUrl: string, paths: readonly string[], query: string): Promise<PageWeight> {
  let maxJs = 0;
  let maxCss = 0;
  let indexBefore = 0;
  let firstSearch = { all: 0, code: 0, index: 0 };
  for (const [index, path] of paths.entries()) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const responses = recordResponses(page);
    await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);
    await settle(page);
    const loaded = await responses.take();
    const js = loaded.filter(isScript).reduce((sum, item) => sum + item.gzip, 0) + (await inlineScriptBytes(page));
    maxJs = Math.max(maxJs, js);
    maxCss = Math.max(
      maxCss,
      loaded.filter((item) => item.type === 'stylesheet').reduce((sum, item) => sum + item.gzip, 0),
    );
    indexBefore += loaded.filter((item) => isSearchIndex(item.url)).reduce((sum, item) => sum + item.gzip, 0);
    if (index === 0) {
      await page.locator(SEARCH_INPUT).click();
      await page.keyboard.type(query, { delay: KEY_DELAY_MS });
      await page.locator(`${RESULTS} [role="option"]`).first().waitFor();
      await page.waitForLoadState('networkidle');
      const fetched = await responses.take();
      const total = (items: typeof fetched) => items.reduce((sum, item) => sum + item.gzip, 0);
      firstSearch = {
        all: total(fetched),
        code: total(fetched.filter(isScript)),
        index: total(fetched.filter((item) => isSearchIndex(item.url))),
      };
    }
    await context.close();
  }
  return {
    maxJsGzipBytesBeforeSearch: maxJs,
    firstSearchGzipBytes: firstSearch.all,
    firstSearchCodeGzipBytes: firstSearch.code,
    firstSearchIndexGzipBytes: firstSearch.index,
    cssGzipBytes: maxCss,
    searchIndexBytesBeforeSearch: indexBefore,
    pages: [...paths],
  };
}

/** What the first results of a first search cost: bytes on the wire until they show, and time. */
export interface FirstResults {
  /** Every byte (gzip) of the responses that ended before the first results showed: code and index. */
  gzipBytes: number;
  /** Of those, the index (the search's data files), gzip. */
  indexGzipBytes: number;
  /** The files fetched for them. */
  files: number;
  /** From the first key to the first results on screen. */
  ms: number;
}

/**
 * Types `query` into a search box of a served site, cold (a new context, service workers
 * blocked), and adds up the responses that ended before the first option showed in the results:
 * what a reader waits for, whatever loads afterwards. Response ends and the first option are
 * compared on the wall clock (Playwright's request timing and the page's timeOrigin).
 */
export async function measureFirstResults(
  browser: Browser,
  url: string,
  selectors: { input: string; option: string },
  query: string,
): Promise<FirstResults> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await settle(page);
    const ended: { url: string; endedAt: Promise<number>; gzip: Promise<number> }[] = [];
    page.on('requestfinished', (request) => {
      const timing = request.timing();
      ended.push({
        url: request.url(),
        endedAt: Promise.resolve(timing.startTime + timing.responseEnd),
        gzip: request
          .response()
          .then((response) => response?.body())
          .then((body) => (body ? gzipBytes(body) : 0))
          .catch(() => 0),
      });
    });
    await page.evaluate((option) => {
      const probe = { firstKey: 0, shown: 0 };
      (window as unknown as { __first: typeof probe }).__first = probe;
      document.addEventListener('keydown', () => (probe.firstKey ||= performance.timeOrigin + performance.now()), { capture: true });
      new MutationObserver(() => {
        if (!probe.shown && document.querySelector(option)) probe.shown = performance.timeOrigin + performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    }, selectors.option);
    await page.locator(selectors.input).click();
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.locator(selectors.option).first().waitFor();
    await page.waitForLoadState('networkidle');
    const probe = await page.evaluate(() => (window as unknown as { __first: { firstKey: number; shown: number } }).__first);
    const before = (
      await Promise.all(ended.map(async (item) => ({ url: item.url, endedAt: await item.endedAt, gzip: await item.gzip })))
    ).filter((item) => item.endedAt <= probe.shown);
    return {
      gzipBytes: before.reduce((sum, item) => sum + item.gzip, 0),
      indexGzipBytes: before
        .filter((item) => !isScript(item) && !/\.(css|html)(\?|$)/.test(item.url))
        .reduce((sum, item) => sum + item.gzip, 0),
      files: before.length,
      ms: round(probe.shown - probe.firstKey),
    };
  } finally {
    await context.close();
  }
}

/** Installs the in-page probes: last keydown time, results-painted time, long tasks. */
function installProbes(page: Page) {
  return page.evaluate(
    ({ input, popup }) => {
      const probe = { lastKey: 0, painted: 0, longest: 0 };
      (window as unknown as { __bench: typeof probe }).__bench = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longest = Math.max(probe.longest, entry.duration);
      }).observe({ type: 'longtask' });
      // Keys, and text typed without keys (Hangul and kana arrive as input, not keydown). No named
      // functions in here: tsx would wrap them in a helper the page does not have.
      for (const type of ['keydown', 'input']) {
        document.addEventListener(
          type,
          (event) => {
            if (event.target !== document.querySelector(input)) return;
            probe.lastKey = performance.now();
            probe.painted = 0;
          },
          { capture: true },
        );
      }
      // After a change to the results (or to the "no results" line), the next animation frame
      // plus a task is when it is on screen.
      new MutationObserver(() => {
        const key = probe.lastKey;
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (probe.lastKey === key) probe.painted = performance.now();
          }, 0),
        );
      }).observe(document.querySelector(popup)!, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden'],
      });
    },
    { input: SEARCH_INPUT, popup: POPUP },
  );
}

/** Types a query into the emptied box and returns ms from the last key to results painted. */
async function typeAndWait(page: Page, query: string): Promise<number> {
  await page.locator(SEARCH_INPUT).fill('');
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  const read = () =>
    page.evaluate(() => {
      const probe = (window as unknown as { __bench: { painted: number; lastKey: number } }).__bench;
      return probe.painted > probe.lastKey ? probe.painted - probe.lastKey : undefined;
    });
  // Polled from here: the site's CSP forbids the eval that page.waitForFunction relies on.
  for (const start = Date.now(); (await read()) === undefined; await page.waitForTimeout(20)) {
    if (Date.now() - start > 15_000) throw new Error(`bench: nothing painted within 15 s of typing "${query}" into the search box`);
  }
  // Let later updates for the same keystroke land, then read the last paint.
  await page.waitForTimeout(300);
  return (await read())!;
}

/**
 * On an entry page of a served site: focuses the header search box and types the first query
 * at once (the cold path, index loading), then the rest, timing each from the last key to
 * results painted, and watching for long main-thread tasks throughout.
 */
export async function measureTyping(
  browser: Browser,
  distDir: string,
  path: string,
  queries: readonly string[],
  entries: number,
  options: { heap?: boolean } = {},
): Promise<TypingFigures> {
  const server = await serveStatic(distDir);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    await settle(page);
    await installProbes(page);
    await page.locator(SEARCH_INPUT).click();
    const first = await typeAndWait(page, queries[0]!);
    await page.waitForLoadState('networkidle');
    const times: number[] = [];
    for (const query of queries.slice(1)) times.push(await typeAndWait(page, query));
    const longest = await page.evaluate(() => (window as unknown as { __bench: { longest: number } }).__bench.longest);
    const heap = options.heap ? { workerHeapBytes: await measureWorkerHeap(page, browser, 'search-worker') } : {};
    return {
      ...heap,
      entries,
      typeToResultsMs: round(percentile(times, 50)),
      maxTypeToResultsMs: round(Math.max(...times)),
      firstTypeToResultsMs: round(first),
      longestTaskMs: round(longest),
      queries: queries.length,
    };
  } finally {
    await context.close();
    await server.stop();
  }
}
