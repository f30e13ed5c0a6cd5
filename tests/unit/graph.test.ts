import { describe, expect, it } from 'vitest';
import { createCatalog, getRelations, getEntryTitle, type Entry } from '../../src/catalog/entries';
import { readCatalogEntries } from '../helpers/seed-catalog';

const entries = readCatalogEntries();
const catalog = createCatalog(entries);

function relationsOf(key: `${Entry['collection']}/${string}`) {
  const entry = catalog.get(key);
  if (!entry) throw new Error(`no ${key}`);
  const { outgoing, backlinks } = getRelations(catalog, entry);
  return {
    outgoing: outgoing.map((item) => `${item.label.text}: ${item.entry.collection}/${item.entry.id}`),
    backlinks: backlinks.flatMap((group) => group.items.map((item) => `${item.label.text}: ${item.entry.collection}/${item.entry.id}`)),
  };
}

describe('the relation graph on the seed content', () => {
  it('lists on a studio page every production it is credited on, with the role', () => {
    const { backlinks } = relationsOf('studios/studio-dragon');
    expect(backlinks).toEqual(
      expect.arrayContaining([
        'Co-producer: productions/hatsukoi-dogs',
        'Co-producer: productions/the-big-door-prize',
        'Producer, planning: productions/marry-my-husband-japan',
        'Subsidiary: studios/gtist',
      ]),
    );
  });

  it('links a subsidiary to its parent and the parent to the subsidiary', () => {
    expect(relationsOf('studios/gtist').outgoing).toContain('Parent company: studios/studio-dragon');
    expect(relationsOf('studios/studio-dragon').backlinks).toContain('Subsidiary: studios/gtist');
  });

  it('links two productions from the same source work both ways', () => {
    expect(relationsOf('productions/marry-my-husband-japan').outgoing).toContain('Same source work: productions/marry-my-husband');
    expect(relationsOf('productions/marry-my-husband').backlinks).toContain('Same source work: productions/marry-my-husband-japan');
  });

  it('lists a person’s works and a source’s citing entries', () => {
    expect(relationsOf('people/na-in-woo').backlinks).toEqual(
      expect.arrayContaining(['Cast: productions/hatsukoi-dogs', 'Cast: productions/marry-my-husband']),
    );
    const citing = relationsOf('sources/joongang-2025-05-22-local-production').backlinks;
    expect(citing).toContain('Cites this source: productions/mamono');
    expect(citing).toContain('Cites this source: musicals/the-great-gatsby');
  });

  it('merges several roles of one company into one row', () => {
    const rows = relationsOf('studios/tv-asahi').backlinks.filter((row) => row.endsWith('productions/mamono'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toBe('Planning, co-producer, broadcaster: productions/mamono');
  });

  it('has an incoming edge for every outgoing one', () => {
    for (const edge of catalog.graph.edges) {
      expect(catalog.graph.incoming(edge.to)).toContain(edge);
      expect(catalog.graph.outgoing(edge.from)).toContain(edge);
    }
  });

  it('names entries by title or name, bracketing a described source', () => {
    expect(getEntryTitle(catalog.get('studios/tv-asahi')!)).toBe('TV Asahi');
    expect(getEntryTitle(catalog.get('sources/eiga-2025-03-06-mamono')!)).toMatch(/^\[.+\]$/);
  });
});
