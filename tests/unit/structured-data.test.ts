import { describe, expect, it } from 'vitest';
import { createCatalog, type Entry } from '../../src/catalog/entries';
import { getEntryJsonLd, serializeJsonLd, type JsonLdDocument } from '../../src/site/structured-data';
import { readCatalogEntries } from '../helpers/seed-catalog';

const catalog = createCatalog(readCatalogEntries());
const address = { site: 'https://example.org', base: '/hallyu-abroad' };
const page = (key: `${Entry['collection']}/${string}`) => `https://example.org/hallyu-abroad/${key}/`;

// Nodes read back as the plain JSON they are published as.
type JsonLdNode = Record<string, unknown>;

function graphOf(key: `${Entry['collection']}/${string}`) {
  const document = getEntryJsonLd(catalog, catalog.get(key)!, address);
  expect(document['@context']).toBe('https://schema.org');
  const [itemPage, main, ...rest] = document['@graph'] as readonly JsonLdNode[];
  expect(itemPage).toMatchObject({ '@type': 'ItemPage', url: page(key), mainEntity: { '@id': page(key) } });
  return { itemPage: itemPage!, main: main!, rest };
}

const ids = (nodes: unknown) => (nodes as JsonLdNode[]).map((node) => node['@id']);

describe('schema.org JSON-LD of entry pages', () => {
  it('describes a production as a TVSeries with companies, country, language, cast and its citations', () => {
    const { itemPage, main } = graphOf('productions/mamono');
    expect(main).toMatchObject({
      '@type': 'TVSeries',
      '@id': page('productions/mamono'),
      name: 'Mamono',
      startDate: '2025-04-18',
      inLanguage: ['ja'],
    });
    expect(main['alternateName']).toEqual(expect.arrayContaining(['魔物', '마물']));
    expect(main['countryOfOrigin']).toEqual([{ '@type': 'Country', name: 'Japan', identifier: 'JP' }]);
    expect(ids(main['productionCompany'])).toEqual([page('studios/sll'), page('studios/tv-asahi')]);
    expect(ids(main['publisher'])).toEqual([page('studios/tv-asahi'), page('studios/amazon-prime-video')]);
    expect(ids(main['actor'])).toEqual([page('people/kumiko-aso'), page('people/akihisa-shiono')]);
    expect(ids(main['director'])).toEqual([page('people/jin-hyuk'), page('people/yusuke-taki')]);
    expect(ids(main['citation'])).toHaveLength(3);
    expect(ids(itemPage['citation'])).toEqual(ids(main['citation']));
    const eiga = (main['citation'] as JsonLdNode[]).find((c) => c['@id'] === page('sources/eiga-2025-03-06-mamono'))!;
    expect(eiga).toMatchObject({ url: 'https://eiga.com/news/20250306/2', publisher: { name: 'eiga.com' }, datePublished: '2025-03-06' });
    // The description stands in for an unknown headline: it is a name, never a headline.
    expect(eiga['headline']).toBeUndefined();
  });

  it('says what a production is based on and which production it remakes or localizes', () => {
    const { main } = graphOf('productions/marry-my-husband-japan');
    expect(main['isBasedOn']).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'CreativeWork' })]));
  });

  it('describes a studio as an Organization with its parent, and the parent with its subsidiary', () => {
    expect(graphOf('studios/gtist').main).toMatchObject({
      '@type': 'Organization',
      parentOrganization: { '@type': 'Organization', '@id': page('studios/studio-dragon'), name: 'Studio Dragon' },
      address: { addressCountry: 'KR' },
    });
    expect(ids(graphOf('studios/studio-dragon').main['subOrganization'])).toEqual([page('studios/gtist')]);
  });

  it('describes a musical as a CreativeWork whose stagings are TheaterEvents, rough dates in words', () => {
    const { main, rest } = graphOf('musicals/the-great-gatsby');
    expect(main).toMatchObject({ '@type': 'CreativeWork', genre: 'Musical' });
    expect(ids(main['producer'])).toEqual([page('studios/od-company')]);
    expect(rest).toHaveLength(2);
    for (const event of rest) {
      expect(event).toMatchObject({
        '@type': 'TheaterEvent',
        workPerformed: { '@id': page('musicals/the-great-gatsby') },
        inLanguage: 'en',
        description: 'About 2023–2025',
      });
      expect(event['startDate']).toBeUndefined();
    }
    expect(rest.map((event) => (event['location'] as JsonLdNode)['name'])).toEqual(['Broadway, New York', 'West End, London']);
  });

  it('describes a person with occupations and nationality, and a source with its address', () => {
    expect(graphOf('people/na-in-woo').main).toMatchObject({ '@type': 'Person', name: 'Na In-woo' });
    expect(graphOf('people/na-in-woo').main['hasOccupation']).toEqual([{ '@type': 'Occupation', name: 'actor' }]);
    const { main } = graphOf('sources/eiga-2025-03-06-mamono');
    expect(main).toMatchObject({
      '@type': 'CreativeWork',
      url: page('sources/eiga-2025-03-06-mamono'),
      sameAs: 'https://eiga.com/news/20250306/2',
    });
  });

  it('escapes markup so text from content can never close the script element', () => {
    const document: JsonLdDocument = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Thing', name: '</script><script>alert(1)</script> & <!--' }],
    };
    const json = serializeJsonLd(document);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(document);
  });
});
