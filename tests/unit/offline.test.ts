import { describe, expect, it } from 'vitest';
import { getEditionsToSave } from '../../src/integrations/service-worker';
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
    { path: 'sw-offline.js', bytes: 1e6 },
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
