import { describe, expect, it } from 'vitest';
import { getLocaleName, LOCALES, MESSAGES, toLocale } from '../../src/i18n';
import { getFormatter } from '../../src/i18n/format';
import { COLLECTIONS } from '../../src/schemas';
import { getCollectionFields, type FieldDoc } from '../../src/schemas/fields';

/** Lookup tables keyed by data rather than by name: checked apart, against the data. */
const TABLES = new Set(['fieldReference.types']);

/** The shape of a message catalog: every key path, with the kind of value at it. */
function shape(value: unknown, path = ''): string[] {
  if (TABLES.has(path)) return [`${path}: table`];
  if (Array.isArray(value)) return [`${path}: list of ${value.length}`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => shape(item, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value}`];
}

describe('the message catalogs', () => {
  it("are complete for every locale: the English one's keys, each holding the same kind of value, none empty", () => {
    const english = shape(MESSAGES.en);
    for (const locale of LOCALES) {
      expect(shape(MESSAGES[locale]), locale).toEqual(english);
      const empty = shape(MESSAGES[locale])
        .filter((line) => line.endsWith(': string'))
        .filter((line) => {
          const value = line
            .slice(0, -': string'.length)
            .split('.')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], MESSAGES[locale]);
          return value === '';
        });
      expect(empty, locale).toEqual([]);
    }
  });

  it("translate every field type the field reference shows, in every edition but English's", () => {
    const flatten = (fields: readonly FieldDoc[]): FieldDoc[] => fields.flatMap((field) => [field, ...flatten(field.fields ?? [])]);
    // References and fixed sets of values are said by their own messages; the rest by their type.
    const types = [
      ...new Set(
        COLLECTIONS.flatMap((collection) =>
          flatten(getCollectionFields(collection))
            .filter((field) => !field.reference && !field.values)
            .map((field) => field.type),
        ),
      ),
    ];
    expect(types.length).toBeGreaterThan(10);
    for (const locale of ['ko', 'ja'] as const) {
      expect(
        types.filter((type) => !MESSAGES[locale].fieldReference.types[type]),
        locale,
      ).toEqual([]);
    }
  });

  it('name each locale in its own language, and take the default edition for an unknown one', () => {
    expect(LOCALES.map(getLocaleName)).toEqual(['English', '한국어', '日本語']);
    expect(toLocale(undefined)).toBe('en');
    expect(toLocale('fr')).toBe('en');
    expect(toLocale('ko')).toBe('ko');
  });
});

describe('facts formatted for each edition', () => {
  it('writes partial dates, countries, languages, percentages and lists the way each language does', () => {
    const [en, ko, ja] = (['en', 'ko', 'ja'] as const).map(getFormatter);
    expect(['2025', '2025-06', '2025-06-27'].map(en!.date)).toEqual(['2025', 'June 2025', '27 June 2025']);
    expect(['2025', '2025-06', '2025-06-27'].map(ko!.date)).toEqual(['2025년', '2025년 6월', '2025년 6월 27일']);
    expect(['2025', '2025-06', '2025-06-27'].map(ja!.date)).toEqual(['2025年', '2025年6月', '2025年6月27日']);
    expect([en!.country('JP'), ko!.country('JP'), ja!.country('JP')]).toEqual(['Japan', '일본', '日本']);
    expect([en!.language('ja'), ko!.language('ja'), ja!.language('ko')]).toEqual(['Japanese', '일본어', '韓国語']);
    expect(en!.percent(71.33)).toBe('71.33%');
    expect(ja!.list(['A', 'B', 'C'])).toBe('A、B、C');
  });
});
