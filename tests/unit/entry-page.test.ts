import { describe, expect, it } from 'vitest';
import { createCatalog, type Entry } from '../../src/catalog/entries';
import { getEntryPageData } from '../../src/site/entry-page';
import { readCatalogEntries } from '../helpers/seed-catalog';

const catalog = createCatalog(readCatalogEntries());
const mamono = catalog.get('productions/mamono')!;
const context = {
  address: { site: 'https://example.org' },
  history: new Map(),
  repositoryUrl: undefined,
  locale: 'en' as const,
  hasTranslation: false,
};

describe('the data of an entry page', () => {
  it('names the entry, its kind and its trail, and cites its sources in order', () => {
    const page = getEntryPageData(catalog, mamono, context);
    expect(page).toMatchObject({ title: { text: 'Mamono', lang: 'en' }, kind: 'Production', showSummary: true, translation: 'translated' });
    expect(page.crumbs).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Productions', href: '/productions/' },
      { label: 'Mamono', lang: 'en' },
    ]);
    expect(page.sources.map((source) => source.href)).toEqual(
      (mamono as Entry<'productions'>).data.sources.map((source) => `/sources/${source.id}/`),
    );
    expect(page.diagram).toBeUndefined();
  });

  it('links the file for editing only where the repository is known, and dates it from git before frontmatter', () => {
    expect(getEntryPageData(catalog, mamono, context).editUrl).toBeUndefined();
    const known = getEntryPageData(catalog, mamono, {
      ...context,
      repositoryUrl: 'https://github.com/a/b',
      history: new Map([['productions/mamono.mdx', { updated: '2025-05-30T10:00:00+09:00', created: '2025-05-01T10:00:00+09:00' }]]),
    });
    expect(known.editUrl).toBe('https://github.com/a/b/edit/main/content/productions/mamono.mdx');
    expect(known.lastUpdated).toBe('2025-05-30');
  });

  it("names the entry in the edition's script, with the English name beside it, and says the text is not translated", () => {
    const page = getEntryPageData(catalog, mamono, { ...context, locale: 'ja' });
    expect(page.title).toEqual({ text: '魔物', lang: 'ja' });
    expect(page.englishTitle).toBe('Mamono');
    expect(page.kind).toBe('作品');
    expect(page.translation).toBe('missing');
    expect(page.crumbs.at(-1)).toEqual({ label: '魔物', lang: 'ja' });
    expect(page.crumbs[1]!.href).toBe('/ja/productions/');
    expect(page.sources.every((source) => source.href.startsWith('/ja/sources/'))).toBe(true);
    expect(getEntryPageData(catalog, mamono, { ...context, locale: 'ja', hasTranslation: true }).translation).toBe('translated');
  });

  it('draws a studio its relation diagram, and shows a source no summary line', () => {
    expect(getEntryPageData(catalog, catalog.get('studios/studio-dragon')!, context).diagram?.nodes.length).toBeGreaterThan(3);
    const source = getEntryPageData(catalog, catalog.get('sources/eiga-2025-03-06-mamono')!, context);
    expect(source).toMatchObject({ kind: 'Source', showSummary: false, sources: [] });
  });
});
