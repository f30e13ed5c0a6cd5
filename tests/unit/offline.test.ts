import { describe, expect, it } from 'vitest';
import { getPagesToSave } from '../../src/integrations/service-worker';
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

describe('the pages saved on install', () => {
  const files = [
    'index.html',
    'offline/index.html',
    'search/index.html',
    'productions/mamono/index.html',
    'sw-offline.js',
    'search-index.json',
  ];

  it('are every page while the site fits in the limit', () => {
    const { pages, saved } = getPagesToSave(files, 4e6, 5e6);
    expect(pages).toEqual(['./', 'offline/', 'search/', 'productions/mamono/']);
    expect(saved).toEqual(pages);
  });

  it('are the home, search and offline pages past the limit', () => {
    expect(getPagesToSave(files, 2e5, 1e5).saved).toEqual(['./', 'search/', 'offline/']);
  });
});
