import { KINDS, type Kind } from '../../src/schemas';
import { describe, expect, it } from 'vitest';
import { parseSourceFile, readSourceFiles } from '../../src/checker/content-files';
import { chooseId, createTemplate, parseKind } from '../../src/checker/scaffold';
import { getFieldAt, getFields } from '../../src/schemas/fields';
import { formatProblem, validateContent } from '../../src/checker/validate';
import { schemas } from '../../src/schemas';
import { SEED_CATALOG } from '../helpers/seed-catalog';

const content = readSourceFiles(SEED_CATALOG);

/** A valid value for a field, the way a contributor would fill it in: existing ids, allowed values. */
function fillValue(kind: Kind, path: readonly (string | number)[]): string {
  const field = getFieldAt(getFields(schemas[KINDS[kind]]), path)!;
  if (field.reference) return content.find((file) => file.collection === field.reference)!.id;
  if (field.values) return field.values[0]!;
  if (field.expected.includes('country code')) return 'JP';
  if (field.expected.includes('language tag')) return 'ja';
  if (field.expected.includes('date')) return '"2025"';
  return '"Filled in by the test"';
}

function templateFile(kind: Kind, text: string) {
  return parseSourceFile(KINDS[kind], `content/${KINDS[kind]}/a-new-entry.mdx`, text);
}

describe('createTemplate', () => {
  for (const kind of Object.keys(KINDS) as Kind[]) {
    it(`writes a ${kind} whose only problems are its placeholders, and that passes once they are filled`, () => {
      const text = createTemplate(kind, 'A New Entry');
      const fresh = validateContent([...content, templateFile(kind, text)]).problems;
      expect(fresh.length).toBeGreaterThan(0);
      for (const problem of fresh) {
        expect(problem.file).toBe(`content/${KINDS[kind]}/a-new-entry.mdx`);
        expect(problem.message, formatProblem(problem)).toBe('fill in this placeholder from the template');
      }

      // Fill in as a contributor would: prose for the body's and summary's TODO lines, then a
      // valid value for each placeholder the checker still lists, on the line it names.
      const source = content.find((file) => file.collection === 'sources')!.id;
      const lines = text
        .replace(/^\[\^1\]: TODO.*$/m, `[^1]: [A paper](../../sources/${source}/), 2025.`)
        .replace(/TODO: [^\n"[]*/g, 'Written by a contributor')
        .split('\n');
      const left = validateContent([...content, templateFile(kind, lines.join('\n'))]).problems;
      // The body's footnote cites a source the frontmatter lists only once its placeholder is filled: frontmatter first.
      for (const problem of left.filter((found) => found.field !== '(body)')) {
        const path = problem.field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
        lines[problem.line - 1] = lines[problem.line - 1]!.replace('TODO', fillValue(kind, path));
      }
      const filled = validateContent([...content, templateFile(kind, lines.join('\n'))]).problems;
      expect(filled.map(formatProblem)).toEqual([]);
    });
  }

  it('puts the title in and comments every field with its description', () => {
    const text = createTemplate('studio', 'Studio "Kumo"');
    expect(text).toContain('name: "Studio \\"Kumo\\""');
    expect(text).toContain("# The company's name in English. Required: text.");
    expect(text).toMatch(/^# parent: TODO$/m);
  });
});

describe('chooseId', () => {
  const taken = new Set(['marry-my-husband', 'marry-my-husband-2']);

  it('derives the id from a Latin title', () => {
    expect(chooseId('Hatsukoi DOGs', undefined, taken)).toEqual({ id: 'hatsukoi-dogs' });
    expect(chooseId('Café Société', undefined, taken)).toEqual({ id: 'cafe-societe' });
  });

  it('needs --id for a title in Hangul or kana', () => {
    expect(chooseId('내 남편과 결혼해줘', undefined, taken).error).toMatch(
      /^"내 남편과 결혼해줘" is not in Latin letters.*pass one with --id/,
    );
    expect(chooseId('ソウルメイト', 'soul-mate', taken)).toEqual({ id: 'soul-mate' });
  });

  it('refuses a taken id and suggests free ones', () => {
    expect(chooseId('Marry My Husband', undefined, taken).error).toBe(
      'the id `marry-my-husband` is taken: pick another with --id, e.g. one that adds the market or year ' +
        '(--id marry-my-husband-japan, --id marry-my-husband-2025) or --id marry-my-husband-3',
    );
  });

  it('refuses an --id that is not an id', () => {
    expect(chooseId('X', 'Soul_Mate', taken).error).toBe(
      '--id Soul_Mate is not a valid id (lower-case letters, digits and single hyphens): did you mean --id soul-mate?',
    );
  });
});

describe('parseKind', () => {
  it('accepts kinds and collection names, and suggests the nearest for a typo', () => {
    expect(parseKind('production').kind).toBe('production');
    expect(parseKind('People').kind).toBe('person');
    expect(parseKind('studdio')).toEqual({ nearest: ['studio'] });
  });
});
