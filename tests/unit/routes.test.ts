import { describe, expect, it } from 'vitest';
import {
  delocalizePath,
  getPathLocale,
  getCollectionHref,
  getEditionPaths,
  getEntryHref,
  getMarketHref,
  getPageHref,
  getYearHref,
  normalizeBase,
  withBase,
} from '../../src/site/routes';

describe('routes', () => {
  it('puts entries at /<collection>/<id>/', () => {
    expect(getEntryHref('studios', 'studio-dragon', 'en', '/')).toBe('/studios/studio-dragon/');
    expect(getCollectionHref('productions', 'en', '/')).toBe('/productions/');
  });

  it('prefixes every path with BASE_PATH, however it is written', () => {
    for (const base of ['/hallyu-abroad', 'hallyu-abroad/', '/hallyu-abroad/']) {
      expect(normalizeBase(base)).toBe('/hallyu-abroad/');
      expect(getEntryHref('productions', 'mamono', 'en', base)).toBe('/hallyu-abroad/productions/mamono/');
      expect(withBase('/', base)).toBe('/hallyu-abroad/');
    }
    expect(getMarketHref('JP', 'en', '/hallyu-abroad')).toBe('/hallyu-abroad/markets/jp/');
    expect(getYearHref(2025, 'en', '/x/y')).toBe('/x/y/years/2025/');
  });

  it('defaults to the root', () => {
    expect(normalizeBase('')).toBe('/');
    expect(getEntryHref('people', 'na-in-woo', 'en')).toBe('/people/na-in-woo/');
  });

  it('puts the other editions under their locale, after the base path', () => {
    expect(getEntryHref('productions', 'mamono', 'ko', '/')).toBe('/ko/productions/mamono/');
    expect(getEntryHref('productions', 'mamono', 'ja', '/hallyu-abroad')).toBe('/hallyu-abroad/ja/productions/mamono/');
    expect(getPageHref('/', 'ko', '/')).toBe('/ko/');
    expect(getPageHref('/search-index.json', 'ja', '/')).toBe('/ja/search-index.json');
  });

  it('tells the edition of a path by its first segment', () => {
    expect(getPathLocale('/ko/productions/mamono/')).toBe('ko');
    expect(getPathLocale('ja/search-index.json')).toBe('ja');
    expect(getPathLocale('/productions/')).toBe('en');
    expect(getPathLocale('kosovo/')).toBe('en');
  });

  it('finds the same page in the default edition from any edition, under any base path', () => {
    expect(delocalizePath('/ko/productions/mamono/', '/')).toBe('/productions/mamono/');
    expect(delocalizePath('/hallyu-abroad/ja/', '/hallyu-abroad/')).toBe('/');
    expect(delocalizePath('/hallyu-abroad/studios/', '/hallyu-abroad/')).toBe('/studios/');
    // A page whose own name starts like a locale is not in that edition.
    expect(delocalizePath('/kosovo/', '/')).toBe('/kosovo/');
  });

  it('builds every page once in each edition, the default one without a prefix', () => {
    const paths = getEditionPaths([{ params: { id: 'a' }, props: { n: 1 } }]);
    expect(paths.map((path) => path.params)).toEqual([
      { id: 'a', locale: undefined },
      { id: 'a', locale: 'ko' },
      { id: 'a', locale: 'ja' },
    ]);
    expect(paths.every((path) => path.props.n === 1)).toBe(true);
  });
});
