import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, WITHOUT_SERVICE_WORKER } from '../helpers/browser';

// The small site under BASE_PATH: a crawler's walk costs a request per page, and the templates are what is tested.
// It writes absolute URLs on its SITE_URL; the server runs elsewhere.
const baseSite = inject('baseSite');
const SITE_URL = `${baseSite.site}${baseSite.base}/`;
const served = (url: string) => url.replace(SITE_URL, baseSite.url);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Fetches an XML file from the server and parses it with the browser's XML parser. */
async function readXml(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  const text = await response.text();
  return page.evaluate((xml) => {
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    const error = document.querySelector('parsererror')?.textContent ?? null;
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent ?? '');
    return {
      error,
      root: document.documentElement.nodeName,
      locs: texts('loc'),
      channel: { title: texts('channel > title')[0], link: texts('channel > link')[0], description: texts('channel > description')[0] },
      items: [...document.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        guid: item.querySelector('guid')?.textContent ?? '',
        pubDate: item.querySelector('pubDate')?.textContent ?? '',
      })),
    };
  }, text);
}

describe('a crawler and a feed reader', () => {
  it('find the sitemap from robots.txt, parse it and the feed, and reach every page they list', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(baseSite.url);

    const robots = await (await page.request.get(new URL('robots.txt', baseSite.url).href)).text();
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
    const index = await readXml(page, served(sitemapUrl));
    expect(index.error).toBeNull();
    expect(index.root).toBe('sitemapindex');
    const pages: string[] = [];
    for (const loc of index.locs) {
      const sitemap = await readXml(page, served(loc));
      expect(sitemap.error).toBeNull();
      expect(sitemap.root).toBe('urlset');
      pages.push(...sitemap.locs);
    }
    expect(pages.length).toBeGreaterThan(60);
    // Eight at a time, as crawlers fetch: the server and the client then keep both cores busy.
    const statuses = new Map<string, number>();
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let url = queue.shift(); url; url = queue.shift()) statuses.set(url, (await page.request.get(served(url))).status());
      }),
    );
    expect(pages.filter((url) => statuses.get(url) !== 200)).toEqual([]);

    const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    const feed = await readXml(page, new URL(feedHref!, baseSite.url).href);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.channel).toEqual({
      title: 'Hallyu Abroad: new entries',
      link: SITE_URL,
      description: expect.stringContaining('Hallyu Abroad'),
    });
    expect(feed.items.length).toBeGreaterThan(10);
    for (const item of feed.items) {
      expect(item.title).not.toBe('');
      expect(item.guid).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
      expect(pages).toContain(item.link);
    }
    await page.close();
  });
});
