import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CHUNK_SIZE, INDEX_PARTS, type SearchIndexChunk, type SearchIndexPart } from '../../src/search/search-index';
import type { ServiceWorkerSettings } from '../../src/scripts/service-worker';
import { getHrefs, readPage } from '../helpers/html';
import { readCatalogEntries } from '../helpers/seed-catalog';
import { ROOT } from '../helpers/site';

const { distDir } = inject('site');
const { distDir: baseDist, base, contentDir: baseContent } = inject('baseSite');
/** The names of the files in an edition's index folder, as built. */
const readIndexFolder = (dir: string) => readdirSync(join(dir, 'search-index')).sort();
const entries = readCatalogEntries(join(ROOT, 'content'));

const readJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
/** What the service worker precaches and saves: the settings the build writes at the top of sw.js. */
const readWorkerSettings = (dir: string): ServiceWorkerSettings =>
  JSON.parse(/^const SERVICE_WORKER_SETTINGS = (\{.*\});$/m.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!);
const listPages = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.replace(/index\.html$/, '') || './');

describe('the search index', () => {
  it('is static files: two parts that rank every entry, and the records of entries in files of CHUNK_SIZE', () => {
    for (const [dir, built] of [
      [distDir, entries],
      [baseDist, readCatalogEntries(baseContent)],
    ] as const) {
      const chunks = Math.ceil(built.length / CHUNK_SIZE);
      const names = [...INDEX_PARTS.map((part) => `${part}.json`), ...Array.from({ length: chunks }, (_, n) => `records-${n}.json`)];
      expect(readIndexFolder(dir)).toEqual(names.sort());
      for (const part of INDEX_PARTS) expect(readJson<SearchIndexPart>(dir, `search-index/${part}.json`).names).toHaveLength(built.length);
      const files = Array.from({ length: chunks }, (_, n) => readJson<SearchIndexChunk>(dir, `search-index/records-${n}.json`));
      const records = files.flatMap((file) => file.records);
      // Every file of a build carries its stamp.
      const stamp = readJson<SearchIndexPart>(dir, 'search-index/latin.json').stamp;
      expect(new Set([...files.map((file) => file.stamp), readJson<SearchIndexPart>(dir, 'search-index/cjk.json').stamp])).toEqual(
        new Set([stamp]),
      );
      expect(records.map((record) => `${record.kind}/${record.id}`).sort()).toEqual(
        built.map((entry) => `${entry.collection}/${entry.id}`).sort(),
      );
    }
  });

  it('loads with the search, not with the page: no page loads or preloads the search code', () => {
    const chunks = readdirSync(join(distDir, '_astro')).filter((file) => /^search-(ui|worker)[.-]/.test(file));
    expect(chunks.length).toBe(2);
    for (const page of listPages(distDir)) {
      const html = readPage(distDir, page === './' ? '/' : `/${page}`);
      for (const chunk of chunks) {
        // The page may name the search code's address, to load it on demand, but no element loads it.
        expect(html, `${page} loads ${chunk}`).not.toMatch(new RegExp(`<(script|link)\\b[^>]*${chunk.replace(/[.-]/g, '\\$&')}`));
      }
      expect(html, `${page} names the search worker`).not.toContain(chunks.find((chunk) => chunk.startsWith('search-worker'))!);
    }
  });
});

describe('the search page', () => {
  it('lists every entry A-Z without JavaScript, and is in the sidebar', () => {
    const html = readPage(distDir, '/search/');
    const hrefs = getHrefs(html);
    for (const entry of entries) expect(hrefs).toContain(`/${entry.collection}/${entry.id}/`);
    expect(html).toMatch(/<form role="search"[^>]*action="\/search\/"[^>]*method="get"/);
    expect(getHrefs(readPage(distDir, '/productions/mamono/'))).toContain('/search/');
  });

  it('has a search box in the header of every page, a form that works without JavaScript', () => {
    for (const path of ['/', '/productions/hatsukoi-dogs/', '/search/', '/offline/']) {
      const html = readPage(distDir, path);
      expect(html, path).toMatch(/<ha-search [^>]*data-index-url="\/search-index\/"/);
      expect(html, path).toMatch(/<input id="site-search" type="search" name="q"/);
    }
    expect(readPage(baseDist, '/')).toContain(`data-index-url="${base}/search-index/"`);
  });
});

describe('offline reading', () => {
  it('links the web app manifest and its icons from every page, under the base path too', () => {
    const manifest = readJson<{ start_url: string; scope: string; icons: { src: string }[] }>(distDir, 'manifest.webmanifest');
    // Relative to the manifest, so one file serves any base path.
    expect(manifest).toMatchObject({ start_url: './', scope: './' });
    for (const icon of manifest.icons) expect(readFileSync(join(distDir, icon.src)).length).toBeGreaterThan(100);
    expect(readPage(distDir, '/studios/sll/')).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(readPage(baseDist, '/studios/sll/')).toContain(`<link rel="manifest" href="${base}/manifest.webmanifest">`);
  });

  it('writes a service worker that precaches the shell and the assets, and saves each edition apart, with its index', () => {
    const settings = readWorkerSettings(distDir);
    const precached = settings.precache.map((entry) => entry.url);
    for (const url of ['offline/index.html', 'ko/offline/index.html', 'ja/offline/index.html', 'manifest.webmanifest']) {
      expect(precached).toContain(url);
    }
    for (const asset of readdirSync(join(distDir, '_astro'))) expect(precached, asset).toContain(`_astro/${asset}`);
    // Indexes and pages are an edition's: a reader of one does not download the other two.
    expect(precached.filter((url) => url.includes('search-index/') || url.endsWith('index.html')).sort()).toEqual(
      ['offline/index.html', 'ko/offline/index.html', 'ja/offline/index.html'].sort(),
    );
    expect(settings.build).toMatch(new RegExp(`^${settings.site}[0-9a-f]{12}$`));
    const pages = listPages(distDir);
    const inEdition = (locale: string) =>
      pages.filter((page) => (locale === 'en' ? !/^(ko|ja)\//.test(page) : page.startsWith(`${locale}/`)));
    for (const locale of ['en', 'ko', 'ja']) {
      expect(settings.editions[locale]!.saved.sort(), locale).toEqual(inEdition(locale).sort());
      const prefix = locale === 'en' ? '' : `${locale}/`;
      expect(settings.editions[locale]!.index.sort()).toEqual(
        readIndexFolder(join(distDir, prefix)).map((file) => `${prefix}search-index/${file}`),
      );
    }
  });

  it('keeps page URLs relative to the worker under BASE_PATH, and names caches for the site', () => {
    const settings = readWorkerSettings(baseDist);
    expect(settings.site).toBe('hallyu-hallyu-abroad-');
    expect(settings.editions['en']!.saved).toContain('productions/mamono/');
    expect(settings.editions['ko']!.saved).toContain('ko/productions/mamono/');
    expect(Object.values(settings.editions).every(({ saved }) => saved.every((page) => !page.startsWith('/')))).toBe(true);
    expect(settings.build).not.toBe(readWorkerSettings(distDir).build);
  });
});
