import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createCatalog } from '../../src/catalog/entries';
import { isServedPath, listSiteFiles, servedPath } from '../helpers/link-check';
import { parseElements, parseHead } from '../helpers/html-scan';
import { schemas, type CollectionName } from '../../src/schemas';
import { validateJsonSchema } from '../helpers/json-schema';
import Parser from 'rss-parser';
import { FEED_COLLECTIONS, FEED_LENGTH } from '../../src/site/feed';
import { ROOT } from '../helpers/site';
import { readCatalogEntries } from '../helpers/seed-catalog';

const readCatalog = (contentDir: string) => createCatalog(readCatalogEntries(contentDir));
const baseSite = inject('baseSite');
const builds = [
  // The root build writes absolute URLs on the default SITE_URL.
  {
    name: 'at the root',
    distDir: inject('site').distDir,
    base: '/',
    SITE: 'http://localhost:4321',
    catalog: readCatalog(join(ROOT, 'content')),
  },
  {
    name: `under BASE_PATH ${baseSite.base}`,
    distDir: baseSite.distDir,
    base: `${baseSite.base}/`,
    SITE: baseSite.site,
    catalog: readCatalog(baseSite.contentDir),
  },
];

const read = (distDir: string, file: string) => readFileSync(join(distDir, file), 'utf8');
const locs = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}>([^<]*)</${element}>`, 'g'))].map((m) => m[1]!);

describe.each(builds)('sharing and reuse, built $name', ({ distDir, base, SITE, catalog }) => {
  const pages = listSiteFiles(distDir).filter((file) => file.endsWith('.html'));
  // Pages that ask search engines to stay away (the 404 page): no canonical, not in the sitemap.
  const noindex = new Set(pages.filter((file) => /<meta name="robots" content="noindex">/.test(read(distDir, file))));
  const served = (url: string) => {
    const { origin, pathname } = new URL(url);
    return origin === SITE && isServedPath(distDir, base, pathname);
  };

  it('points robots.txt at a sitemap that lists every page but the 404, on SITE_URL', () => {
    const robots = read(distDir, 'robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml`);
    const sitemaps = locs(read(distDir, 'sitemap-index.xml'), 'loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((url) => {
      expect(served(url), url).toBe(true);
      return locs(read(distDir, new URL(url).pathname.slice(base.length)), 'loc');
    });
    expect(noindex).toContain('404.html');
    const expected = pages.filter((file) => !noindex.has(file)).map((file) => `${SITE}${servedPath(file, base)}`);
    expect([...listed].sort()).toEqual([...expected].sort());
  });

  it('has an RSS feed, read by a standard parser, of the newest productions, musicals and studios, newest first, with their summaries and markets', async () => {
    const feed = await new Parser().parseString(read(distDir, 'rss.xml'));
    expect(feed.link).toBe(`${SITE}${base}`);
    const counted = catalog.entries.filter((entry) => FEED_COLLECTIONS.includes(entry.collection));
    expect(feed.items).toHaveLength(Math.min(FEED_LENGTH, counted.length));
    const dates = feed.items.map((item) => Date.parse(item.pubDate!));
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const byLink = new Map(counted.map((entry) => [`${SITE}${base}${entry.collection}/${entry.id}/`, entry]));
    for (const item of feed.items) {
      const entry = byLink.get(item.link!);
      // Sources are the catalog's footnotes: never an item of the feed.
      expect(entry, item.link).toBeDefined();
      expect(served(item.link!), item.link).toBe(true);
      expect(item.title).toBeTruthy();
      // The description as text (rss-parser's snippet would strip the hostile fixture's markup-like summary).
      expect(item.content).toContain((entry!.data as { summary: string }).summary);
      if (entry!.collection === 'productions') {
        expect(item.categories).toContain('production');
        if (entry!.data.status !== 'released') expect(item.categories).toContain(entry!.data.status.replace('-', ' '));
      }
    }
    // Every page tells feed readers where the feed is.
    expect(read(distDir, 'index.html')).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Hallyu Abroad: new entries" href="${base}rss.xml">`,
    );
  });

  it('gives every page a canonical URL and a link preview card on SITE_URL; the 404 stays out', () => {
    for (const file of pages) {
      const tags = parseHead(read(distDir, file));
      const meta = (key: string) =>
        tags.find((t) => t.name === 'meta' && (t.attributes['property'] ?? t.attributes['name']) === key)?.attributes['content'];
      const canonical = tags.find((t) => t.name === 'link' && t.attributes['rel'] === 'canonical')?.attributes['href'];
      if (noindex.has(file)) {
        expect(canonical).toBeUndefined();
        expect(meta('robots')).toBe('noindex');
        continue;
      }
      expect(canonical, file).toBe(`${SITE}${servedPath(file, base)}`);
      expect(meta('og:url'), file).toBe(canonical);
      expect(meta('og:title'), file).toBeTruthy();
      expect(meta('og:description'), file).toBe(meta('description'));
      expect(meta('og:image'), file).toBe(`${SITE}${base}og-card.png`);
      expect(meta('twitter:card'), file).toBe('summary_large_image');
    }
    // The card is a real 1200x630 PNG.
    const png = readFileSync(join(distDir, 'og-card.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('describes every entry page in schema.org JSON-LD whose links all lead to pages of the site', () => {
    const types: Record<CollectionName, string[]> = {
      productions: ['TVSeries', 'Movie'],
      studios: ['Organization'],
      musicals: ['CreativeWork'],
      people: ['Person'],
      sources: ['CreativeWork'],
    };
    for (const entry of catalog.entries) {
      const file = `${entry.collection}/${entry.id}/index.html`;
      const blocks = parseElements(read(distDir, file)).filter(
        (t) => t.name === 'script' && t.attributes['type'] === 'application/ld+json',
      );
      expect(blocks, file).toHaveLength(1);
      const document = JSON.parse(blocks[0]!.text);
      expect(document['@context']).toBe('https://schema.org');
      const [page, main] = document['@graph'];
      const url = `${SITE}${base}${entry.collection}/${entry.id}/`;
      expect(page).toMatchObject({ '@type': 'ItemPage', url, mainEntity: { '@id': url } });
      expect(types[entry.collection]).toContain(main['@type']);
      expect(main).toMatchObject({ '@id': url, url });
      const urls = JSON.stringify(document)
        .match(/"(?:@id|url)":"[^"]*"/g)!
        .map((pair) => JSON.parse(pair.slice(pair.indexOf(':') + 1)) as string);
      for (const link of urls.filter((u) => u.startsWith(SITE))) expect(served(link.replace(/#.*$/, '')), `${file}: ${link}`).toBe(true);
      for (const link of urls) expect(link, file).toMatch(/^https?:\/\//);
    }
    expect(read(distDir, 'index.html')).not.toContain('application/ld+json');
  });

  it('publishes catalog.json and graph.json that validate against their JSON Schemas', () => {
    const catalogJson = JSON.parse(read(distDir, 'data/catalog.json'));
    const catalogSchema = JSON.parse(read(distDir, 'data/catalog.schema.json'));
    expect(catalogJson.$schema).toBe(`${SITE}${base}data/catalog.schema.json`);
    expect(catalogSchema.$id).toBe(catalogJson.$schema);
    expect(validateJsonSchema(catalogSchema, catalogJson)).toEqual([]);
    expect(catalogJson.entries).toHaveLength(catalog.entries.length);
    for (const entry of catalogJson.entries) {
      expect(served(entry.url), entry.url).toBe(true);
      expect(schemas[entry.collection as CollectionName].safeParse(entry.data).success, entry.url).toBe(true);
    }

    const graph = JSON.parse(read(distDir, 'data/graph.json'));
    expect(validateJsonSchema(JSON.parse(read(distDir, 'data/graph.schema.json')), graph)).toEqual([]);
    expect(graph.nodes).toHaveLength(catalog.entries.length);
    expect(graph.edges).toHaveLength(catalog.graph.edges.length);
    for (const node of graph.nodes) expect(served(node.url), node.url).toBe(true);

    const page = read(distDir, 'data/index.html');
    expect(page).toContain('CC BY-SA 4.0');
    expect(page).toMatch(/MIT<\/a> licence/);
  });
});
