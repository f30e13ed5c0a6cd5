import { describe, expect, it } from 'vitest';
import { getEditionsToSave, getPrecacheEntry, isShellFile } from '../../src/integrations/service-worker';
import { readSettings } from '../../src/settings';

describe('the offline size setting', () => {
  it('defaults to 20 MB and reads OFFLINE_LIMIT_MB in megabytes', () => {
    expect(readSettings({}).offlineLimitBytes).toBe(20e6);
    expect(readSettings({ OFFLINE_LIMIT_MB: '' }).offlineLimitBytes).toBe(20e6);
    expect(readSettings({ OFFLINE_LIMIT_MB: '0.5' }).offlineLimitBytes).toBe(5e5);
    expect(readSettings({ OFFLINE_LIMIT_MB: '0' }).offlineLimitBytes).toBe(0);
  });

  it('names the setting, what it expects and what it found', () => {
    expect(() => readSettings({ OFFLINE_LIMIT_MB: 'five' })).toThrow(
      'OFFLINE_LIMIT_MB: expected a size in megabytes, like 5 or 0.5; found "five"',
    );
    expect(() => readSettings({ OFFLINE_LIMIT_MB: '-1' })).toThrow(/found "-1"/);
  });
});

describe('the pages each edition saves', () => {
  const files = [
    { path: 'index.html', bytes: 1e6 },
    { path: 'offline/index.html', bytes: 1e6 },
    { path: 'search/index.html', bytes: 1e6 },
    { path: 'productions/mamono/index.html', bytes: 1e6 },
    { path: 'search-index/latin.json', bytes: 0.5e6 },
    { path: 'search-index/records-0.json', bytes: 0.5e6 },
    { path: 'sw.js', bytes: 1e6 },
    { path: 'ko/index.html', bytes: 2e6 },
    { path: 'ko/offline/index.html', bytes: 2e6 },
    { path: 'ko/search/index.html', bytes: 2e6 },
    { path: 'ko/productions/mamono/index.html', bytes: 2e6 },
    { path: 'ko/search-index/latin.json', bytes: 1e6 },
    { path: 'ko/search-index/cjk.json', bytes: 1e6 },
  ];

  it("are every page of the edition while its pages and index fit in the limit, with every file of the edition's index", () => {
    const editions = getEditionsToSave(files, 5e6);
    expect(editions.en).toEqual({
      pages: ['./', 'offline/', 'search/', 'productions/mamono/'],
      saved: ['./', 'offline/', 'search/', 'productions/mamono/'],
      index: ['search-index/latin.json', 'search-index/records-0.json'],
      bytes: 5e6,
    });
    expect(editions.ja).toMatchObject({ pages: [], saved: [], index: [] });
  });

  it("are the edition's home, search and offline pages past the limit", () => {
    const { ko } = getEditionsToSave(files, 5e6);
    expect(ko.bytes).toBe(10e6);
    expect(ko.saved).toEqual(['ko/', 'ko/search/', 'ko/offline/']);
    expect(ko.index).toEqual(['ko/search-index/latin.json', 'ko/search-index/cjk.json']);
  });
});

describe('what the worker precaches on install', () => {
  it("is the app shell and the build's assets, not an edition's pages or index", () => {
    const precached = [
      '_astro/search-ui-OXQoZFTI.js',
      '_astro/fonts/a.woff2',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'offline/index.html',
      'ko/offline/index.html',
      'ja/offline/index.html',
    ];
    for (const path of precached) expect(isShellFile(path), path).toBe(true);
    for (const path of [
      'index.html',
      'ko/index.html',
      'search-index/latin.json',
      'sw.js',
      'icons/old/icon.png',
      'ko/manifest.webmanifest',
    ]) {
      expect(isShellFile(path), path).toBe(false);
    }
  });

  it('gives a file a revision that follows its content, and none to hashed assets', () => {
    const text = new TextEncoder().encode('{"name":"Hallyu Abroad"}');
    const entry = getPrecacheEntry('manifest.webmanifest', text);
    expect(entry.revision).toMatch(/^[0-9a-f]{32}$/);
    expect(getPrecacheEntry('manifest.webmanifest', new TextEncoder().encode('{}')).revision).not.toBe(entry.revision);
    expect(getPrecacheEntry('_astro/search-ui-OXQoZFTI.js', text)).toEqual({ url: '_astro/search-ui-OXQoZFTI.js', revision: null });
  });
});
