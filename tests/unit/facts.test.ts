import { describe, expect, it } from 'vitest';
import { createCatalog, type Entry } from '../../src/catalog/entries';
import { getEntryFacts } from '../../src/site/facts';
import { readCatalogEntries } from '../helpers/seed-catalog';

const entries = readCatalogEntries();

describe('entry facts', () => {
  it('links a country or year to its browse page only when the site has one', () => {
    const skydance = entries.find((entry) => entry.id === 'skydance') as Entry<'studios'>;
    const french = {
      ...skydance,
      id: 'french-studio',
      data: { ...skydance.data, name: 'A French studio', aliases: [], country: 'FR' },
    } as Entry<'studios'>;
    const source = entries.find((entry) => entry.id === 'eiga-2025-03-06-mamono') as Entry<'sources'>;
    const old = { ...source, id: 'old-article', data: { ...source.data, published: '1999-01-02' } } as Entry<'sources'>;
    const catalog = createCatalog([...entries, french, old]);
    const fact = (entry: Entry, term: string) => getEntryFacts(catalog, entry).find((f) => f.term === term)!.values;

    expect(fact(french, 'Country')).toEqual([{ text: 'France', lang: 'en' }]);
    expect(fact(skydance, 'Country')).toEqual([{ text: 'United States', lang: 'en', href: '/markets/us/' }]);
    expect(fact(old, 'Published')).toEqual([{ text: '2 January 1999', lang: 'en' }]);
    expect(fact(source, 'Published')).toEqual([{ text: '6 March 2025', lang: 'en', href: '/years/2025/' }]);
  });

  it("says each fact in the edition's language, and keeps frontmatter's own words marked English", () => {
    const catalog = createCatalog(entries);
    const mamono = catalog.get('productions/mamono')!;
    const facts = (locale: 'ko' | 'ja') => Object.fromEntries(getEntryFacts(catalog, mamono, locale).map((f) => [f.term, f.values]));
    expect(facts('ko')['시장']).toEqual([{ text: '일본', lang: 'ko', href: '/ko/markets/jp/' }]);
    expect(facts('ja')['初公開']).toEqual([{ text: '2025年4月18日', lang: 'ja', href: '/ja/years/2025/' }]);
    expect(facts('ja')['現地化の形態']).toEqual([
      { text: '現地オリジナル制作', lang: 'ja', href: '/ja/models/original-local-production/' },
    ]);
    // A company's name with no Japanese form recorded stays English, and says so.
    expect(facts('ja')['配信']).toEqual([{ text: 'Amazon Prime Video', lang: 'en', href: '/ja/studios/amazon-prime-video/' }]);
  });
});
