import { describe, expect, it } from 'vitest';
import { findReferences, getFieldAt, getFields, type FieldDoc } from '../../src/schemas/fields';
import { COLLECTIONS, schemas } from '../../src/schemas';

function flatten(fields: readonly FieldDoc[]): FieldDoc[] {
  return fields.flatMap((field) => [field, ...flatten(field.fields ?? [])]);
}

describe('getFields', () => {
  it('gives every field of every collection a description, so the reference and the template never show a blank', () => {
    for (const collection of COLLECTIONS) {
      for (const field of flatten(getFields(schemas[collection]))) {
        expect(field.description, `${collection}: ${field.path}`).toBeTruthy();
      }
    }
  });

  it('reads required fields, defaults, allowed values and references from the schema', () => {
    const fields = getFields(schemas.productions);
    expect(getFieldAt(fields, ['title'])).toMatchObject({ required: true, type: 'text' });
    expect(getFieldAt(fields, ['format'])).toMatchObject({
      required: false,
      default: 'series',
      values: ['series', 'miniseries', 'film', 'special'],
    });
    expect(getFieldAt(fields, ['credits', 0, 'studio'])).toMatchObject({
      path: 'credits[].studio',
      reference: 'studios',
      expected: 'a studio id from content/studios/',
    });
    expect(getFieldAt(fields, ['sources'])).toMatchObject({
      required: true,
      list: true,
      expected: 'a list of at least one source id from content/sources/',
    });
    expect(getFieldAt(fields, ['sources', 2])).toMatchObject({ list: false, expected: 'a source id from content/sources/' });
    expect(getFieldAt(fields, ['premiere'])!.type).toBe('date (YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(getFieldAt(fields, ['nope'])).toBeUndefined();
  });
});

describe('findReferences', () => {
  it('finds references in frontmatter that does not pass its schema', () => {
    const data = { titel: 'Broken', credits: [{ studio: 'studio-dragn', role: 'nonsense' }], cast: 'not a list', sources: ['a', 3] };
    expect(findReferences(getFields(schemas.productions), data)).toEqual([
      { path: ['credits', 0, 'studio'], collection: 'studios', id: 'studio-dragn' },
      { path: ['sources', 0], collection: 'sources', id: 'a' },
    ]);
  });

  it('finds the same references in parsed frontmatter, where each is `{ collection, id }`', () => {
    const raw = {
      title: 'A show',
      summary: 'A show made for a test of the reference walker.',
      status: 'announced',
      localization: 'adaptation',
      markets: ['JP'],
      credits: [{ studio: 'studio-dragon', role: 'producer' }],
      relatedTo: [{ production: 'marry-my-husband', relation: 'same-source-work' }],
      sources: ['a-source'],
    };
    const parsed = schemas.productions.parse(raw);
    const fields = getFields(schemas.productions);
    expect(findReferences(fields, parsed)).toEqual(findReferences(fields, raw));
    expect(findReferences(fields, parsed).map((reference) => reference.id)).toEqual(['studio-dragon', 'marry-my-husband', 'a-source']);
  });
});
