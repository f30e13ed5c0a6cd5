import { describe, expect, it } from 'vitest';
import { createCatalog, getLocalizedTitle, sortByTitle, type Entry } from '../../src/catalog/entries';
import { readCatalogEntries } from '../helpers/seed-catalog';
import { schemas, type CollectionName } from '../../src/schemas';
import { getCompanyGroups, getLocalizationModels } from '../../src/site/browse';

/** An entry parsed by its collection's real schema, from the few fields a test cares about. */
function entry<C extends CollectionName>(collection: C, id: string, data: Record<string, unknown>): Entry<C> {
  const cited = collection === 'sources' ? data : { sources: ['a-source'], ...data };
  return { collection, id, data: schemas[collection].parse(cited) } as Entry<C>;
}

const studio = (id: string, country: string, parent?: string) =>
  entry('studios', id, { name: id, summary: `The company ${id}, for a test.`, country, kinds: ['studio'], ...(parent ? { parent } : {}) });
const production = (id: string, localization: string, credits: [string, string][], premiere = '2024') =>
  entry('productions', id, {
    title: id,
    summary: `The production ${id}, for a test.`,
    status: 'released',
    localization,
    markets: ['JP'],
    premiere,
    credits: credits.map(([studioId, role]) => ({ studio: studioId, role })),
  });

const catalog = createCatalog<Entry>([
  entry('sources', 'a-source', { title: 'A source', publisher: 'A paper', language: 'en' }),
  studio('group', 'KR'),
  studio('studio', 'KR', 'group'),
  studio('subsidiary', 'KR', 'studio'),
  studio('studio-abroad', 'US', 'group'),
  studio('independent', 'KR'),
  studio('owner-abroad', 'JP'),
  studio('owned-abroad', 'JP', 'owner-abroad'),
  studio('broadcaster', 'JP'),
  production('by-subsidiary', 'co-production', [
    ['subsidiary', 'co-producer'],
    ['broadcaster', 'broadcaster'],
  ]),
  production('by-studio-abroad', 'acquisition', [['studio-abroad', 'producer']], '2025'),
  production('by-two-members', 'co-production', [
    ['studio', 'planning'],
    ['subsidiary', 'producer'],
  ]),
  production('by-independent', 'format-remake', [['independent', 'producer']]),
  production('korean-original', 'korean-original', [['independent', 'producer']], '2020'),
]);

describe('browsing by Korean company group', () => {
  const groups = getCompanyGroups(catalog);

  it('makes a group of each South Korean company that owns others, with what it owns at any depth, at home and abroad', () => {
    expect(groups.map((group) => group.key)).toEqual(['group']);
    const [group] = groups;
    expect(group!.companies.map((company) => company.id)).toEqual(['group', 'studio', 'subsidiary', 'studio-abroad']);
    expect(group!.tree.members.map((member) => member.studio.id)).toEqual(['studio', 'studio-abroad']);
    expect(group!.tree.members[0]!.members.map((member) => member.studio.id)).toEqual(['subsidiary']);
  });

  it('lists the work any company of the group is credited on, once each, newest first', () => {
    expect(groups[0]!.entries.map((work) => work.id)).toEqual(['by-studio-abroad', 'by-subsidiary', 'by-two-members']);
  });
});

describe('browsing by localization model', () => {
  const models = getLocalizationModels(catalog);

  it('has a group for every model, in the order the guide explains them, productions first', () => {
    expect(models.map((model) => model.key)).toEqual([
      'original-local-production',
      'adaptation',
      'format-remake',
      'co-production',
      'acquisition',
      'korean-original',
      'local-language-production',
      'licensed-production',
      'original-form-tour',
    ]);
    expect(models.find((model) => model.key === 'format-remake')!.label).toBe('Format remake');
  });

  it('puts each production under its own model', () => {
    const ids = (key: string) => models.find((model) => model.key === key)!.entries.map((work) => work.id);
    expect(ids('co-production').sort()).toEqual(['by-subsidiary', 'by-two-members']);
    expect(ids('korean-original')).toEqual(['korean-original']);
    expect(ids('adaptation')).toEqual([]);
  });
});

describe('lists in another edition', () => {
  it('are in the alphabetical order of the names the edition shows', () => {
    const catalog = createCatalog(readCatalogEntries());
    const names = sortByTitle(catalog.byCollection.productions, 'ja').map((entry) => getLocalizedTitle(entry, 'ja').text);
    expect(names).toEqual([...names].sort(new Intl.Collator('ja', { sensitivity: 'base', numeric: true }).compare));
    expect(names).toContain('魔物');
    expect(sortByTitle(catalog.byCollection.productions).map((entry) => entry.id)).toEqual(
      catalog.byCollection.productions.map((entry) => entry.id),
    );
  });
});
