import type { z } from 'astro/zod';
import { getCollectionFields, getFieldAt, type FieldDoc } from '../../schemas/fields';
import { getDateHint, isPartialDateShaped } from '../../schemas/partial-date';
import { getNearest, toId } from '../../search/text';
import type { SourceFile } from '../content-files';
import type { Problem } from '../problems';
import { isPlaceholder } from '../scaffold';
import type { EntryIds } from './references';

// Frontmatter rules: the schema's own issues in contributors' words, and template placeholders.

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys allowed in the object at `path`, for "did you mean" on unknown keys. */
function knownKeysAt(fields: readonly FieldDoc[], path: readonly PropertyKey[]): string[] {
  const holder = path.length ? getFieldAt(fields, path)?.fields : fields;
  return (holder ?? []).map((field) => field.name);
}

function describeExpectation(issue: z.core.$ZodIssue, field: FieldDoc | undefined): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return (
        field?.expected ?? (issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a set of fields' : `a ${issue.expected}`)
      );
    case 'invalid_value':
      return `one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `at least ${String(issue.minimum)} characters`
          : `at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `at most ${String(issue.maximum)} characters` : `at most ${String(issue.maximum)}`;
    case 'invalid_format':
    case 'custom':
      return issue.message;
    default:
      return undefined;
  }
}

export function schemaProblems(file: SourceFile, issues: readonly z.core.$ZodIssue[], ids: EntryIds): Problem[] {
  const fields = getCollectionFields(file.collection);
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(fields, path);
      return issue.keys.map((key) => {
        const [nearest] = getNearest(key, known, 1);
        return {
          file: file.file,
          line: file.lineOf([...path, key]),
          field: [...path, key].join('.'),
          message: 'unknown field',
          expected: known.length ? `one of ${known.join(', ')}` : undefined,
          suggestion: nearest ? `did you mean \`${nearest}\`?` : undefined,
        };
      });
    }
    const found = valueAt(file.frontmatter, path);
    const field = getFieldAt(fields, path);
    let suggestion: string | undefined;
    if (issue.code === 'invalid_value' && typeof found === 'string') {
      const [nearest] = getNearest(found, issue.values.map(String), 1);
      if (nearest) suggestion = `did you mean \`${nearest}\`?`;
    } else if (issue.code === 'invalid_type' && issue.expected === 'array' && found !== undefined && typeof found !== 'object') {
      suggestion = `write it as a list: [${String(found)}]`;
    } else if (typeof found === 'string' && field?.type.startsWith('date') && isPartialDateShaped(found)) {
      suggestion = getDateHint(found);
    } else if (field?.reference && typeof found === 'string') {
      // "Studio Dragon" for `studio-dragon`: suggest the id the name most likely means.
      const nearest = getNearest(toId(found), ids.get(field.reference) ?? [], 2);
      if (nearest.length) suggestion = `did you mean ${nearest.map((id) => `\`${id}\``).join(' or ')}?`;
    }
    return [
      {
        file: file.file,
        line: file.lineOf(path),
        field: path.join('.') || '(frontmatter)',
        message:
          found === undefined ? 'required field is missing' : issue.code === 'invalid_type' ? 'wrong kind of value' : 'invalid value',
        found: found === undefined ? undefined : show(found),
        expected: describeExpectation(issue, field),
        suggestion,
      },
    ];
  });
}

/** Placeholders of the template (`TODO`) left in the frontmatter, each with what its field expects. */
export function placeholderProblems(file: SourceFile, data: unknown = file.frontmatter, path: (string | number)[] = []): Problem[] {
  if (isPlaceholder(data)) {
    const field = getFieldAt(getCollectionFields(file.collection), path);
    return [
      {
        file: file.file,
        line: file.lineOf(path),
        field: path.join('.'),
        message: 'fill in this placeholder from the template',
        found: JSON.stringify(data),
        expected: field?.expected,
        suggestion: field?.description,
      },
    ];
  }
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    placeholderProblems(file, value, [...path, Array.isArray(data) ? Number(key) : key]),
  );
}
