import { describe, expect, it } from 'vitest';
import { getCollectionHref, getEntryHref, getMarketHref, getYearHref, normalizeBase, withBase } from '../../src/site/routes';

describe('routes', () => {
  it('puts entries at /<collection>/<id>/', () => {
    expect(getEntryHref('studios', 'studio-dragon', '/')).toBe('/studios/studio-dragon/');
    expect(getCollectionHref('productions', '/')).toBe('/productions/');
  });

  it('prefixes every path with BASE_PATH, however it is written', () => {
    for (const base of ['/hallyu-abroad', 'hallyu-abroad/', '/hallyu-abroad/']) {
      expect(normalizeBase(base)).toBe('/hallyu-abroad/');
      expect(getEntryHref('productions', 'mamono', base)).toBe('/hallyu-abroad/productions/mamono/');
      expect(withBase('/', base)).toBe('/hallyu-abroad/');
    }
    expect(getMarketHref('JP', '/hallyu-abroad')).toBe('/hallyu-abroad/markets/jp/');
    expect(getYearHref(2025, '/x/y')).toBe('/x/y/years/2025/');
  });

  it('defaults to the root', () => {
    expect(normalizeBase('')).toBe('/');
    expect(getEntryHref('people', 'na-in-woo')).toBe('/people/na-in-woo/');
  });
});
