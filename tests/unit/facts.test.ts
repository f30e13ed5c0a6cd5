import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../src/checker/content-files';
import { createCatalog, type Entry } from '../../src/catalog/entries';
import { getEntryFacts } from '../../src/site/facts';
import { validateContent } from '../../src/checker/validate';
import { SEED_CATALOG } from '../helpers/seed-catalog';

const entries = validateContent(readSourceFiles(SEED_CATALOG)).entries as unknown as Entry[];

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

    expect(fact(french, 'Country')).toEqual([{ text: 'France' }]);
    expect(fact(skydance, 'Country')).toEqual([{ text: 'United States', href: '/markets/us/' }]);
    expect(fact(old, 'Published')).toEqual([{ text: '2 January 1999' }]);
    expect(fact(source, 'Published')).toEqual([{ text: '6 March 2025', href: '/years/2025/' }]);
  });
});
