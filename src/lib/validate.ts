import type { z } from 'astro/zod';
import { COLLECTIONS, ID_PATTERN, schemas, type CollectionName } from '../schemas';
import type { SourceFile } from './content-files';
import { foldText, getNearest } from './text';

/** One thing wrong with the content, located precisely enough to fix without reading code. */
export interface Problem {
  file: string;
  line: number;
  /** Dotted path of the frontmatter field, e.g. `credits.0.studio`; `(file)` for the file itself. */
  field: string;
  /** What is wrong, in words. */
  message: string;
  found?: string;
  expected?: string;
  /** What to do instead, e.g. "did you mean `studio-dragon`?". */
  suggestion?: string;
}

/** An entry whose frontmatter passed its schema: what the graph and the pages are built from. */
export interface ValidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** A reference found in parsed frontmatter: the `{ collection, id }` shape `reference()` yields. */
export interface FoundReference {
  path: (string | number)[];
  collection: CollectionName;
  id: string;
}

const SINGULAR: Record<CollectionName, string> = {
  productions: 'production',
  studios: 'studio',
  musicals: 'musical',
  people: 'person',
  sources: 'source',
};

/** Formats a problem as `file:line  field  message (found: ..., expected: ...)` plus a hint line. */
export function formatProblem(problem: Problem): string {
  const details = [
    problem.found !== undefined ? `found: ${problem.found}` : '',
    problem.expected !== undefined ? `expected: ${problem.expected}` : '',
  ].filter(Boolean);
  const head = `${problem.file}:${problem.line}  ${problem.field}  ${problem.message}${details.length ? ` (${details.join(', ')})` : ''}`;
  return problem.suggestion ? `${head}\n    ${problem.suggestion}` : head;
}

/** The whole report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${problems.map(formatProblem).join('\n')}\n\n${problems.length} ${noun} in the content.`;
}

/** Thrown by the build when the content has problems; its message is the whole report. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
  }
}

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

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } };

/** The keys the schema allows in the object at `path`, for "did you mean" on unknown keys. */
function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  let index = 0;
  while (current) {
    const def: Record<string, unknown> = current._zod.def;
    switch (def['type']) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
        current = def['innerType'] as AnySchema;
        continue;
      case 'pipe':
        current = def['in'] as AnySchema;
        continue;
      case 'array':
        if (index >= path.length) return [];
        index++;
        current = def['element'] as AnySchema;
        continue;
      case 'object': {
        const shape = def['shape'] as Record<string, AnySchema>;
        if (index >= path.length) return Object.keys(shape);
        current = shape[String(path[index++])];
        continue;
      }
      default:
        return [];
    }
  }
  return [];
}

function describeExpectation(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a set of fields' : `a ${issue.expected}`;
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

function schemaProblems(file: SourceFile, schema: AnySchema, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
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
    let suggestion: string | undefined;
    if (issue.code === 'invalid_value' && typeof found === 'string') {
      const [nearest] = getNearest(found, issue.values.map(String), 1);
      if (nearest) suggestion = `did you mean \`${nearest}\`?`;
    }
    return [
      {
        file: file.file,
        line: file.lineOf(path),
        field: path.join('.') || '(frontmatter)',
        message: found === undefined ? 'required field is missing' : 'invalid value',
        found: found === undefined ? undefined : show(found),
        expected: describeExpectation(issue),
        suggestion,
      },
    ];
  });
}

/** Every `{ collection, id }` reference in parsed frontmatter, with where it sits. */
export function findReferences(data: unknown, path: (string | number)[] = []): FoundReference[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => findReferences(item, [...path, index]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  if (
    keys.length === 2 &&
    typeof record['id'] === 'string' &&
    (COLLECTIONS as readonly unknown[]).includes(record['collection'])
  ) {
    return [{ path, collection: record['collection'] as CollectionName, id: record['id'] }];
  }
  return keys.flatMap((key) => findReferences(record[key], [...path, key]));
}

/** Titles, names and aliases by which search and readers tell entries apart. */
function getNames(collection: CollectionName, data: Record<string, unknown>): { path: (string | number)[]; name: string }[] {
  if (collection === 'sources') return [];
  const names: { path: (string | number)[]; name: string }[] = [];
  for (const key of ['title', 'name']) {
    if (typeof data[key] === 'string') names.push({ path: [key], name: data[key] });
  }
  (data['aliases'] as string[]).forEach((name, index) => names.push({ path: ['aliases', index], name }));
  return names;
}

function crossEntryProblems(files: readonly SourceFile[], valid: readonly ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const fileOf = new Map(files.map((file) => [`${file.collection}/${file.id}`, file]));
  // Ids of every file, valid or not: a reference to an entry with its own problems is not dangling.
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((name) => [name, new Set()]));
  for (const file of files) ids.get(file.collection)!.add(file.id);

  for (const entry of valid) {
    const file = fileOf.get(`${entry.collection}/${entry.id}`)!;
    for (const reference of findReferences(entry.data)) {
      if (ids.get(reference.collection)!.has(reference.id)) continue;
      const field = reference.path.join('.');
      const owner = COLLECTIONS.find((name) => ids.get(name)!.has(reference.id));
      const nearest = getNearest(reference.id, ids.get(reference.collection)!);
      problems.push({
        file: file.file,
        line: file.lineOf(reference.path),
        field,
        message: owner
          ? `\`${reference.id}\` is a ${SINGULAR[owner]} (content/${owner}), but this field takes a ${SINGULAR[reference.collection]}`
          : `no ${SINGULAR[reference.collection]} has the id \`${reference.id}\``,
        found: `\`${reference.id}\``,
        expected: `an id in content/${reference.collection}/`,
        suggestion: nearest.length
          ? `did you mean ${nearest.map((id) => `\`${id}\``).join(' or ')}?`
          : `add content/${reference.collection}/${reference.id}.mdx (npm run new), or use an existing id`,
      });
    }
  }

  const owners = new Map<string, { entry: ValidEntry; name: string }>();
  for (const entry of valid) {
    const file = fileOf.get(`${entry.collection}/${entry.id}`)!;
    const seenHere = new Set<string>();
    for (const { path, name } of getNames(entry.collection, entry.data)) {
      const key = foldText(name);
      if (!key || seenHere.has(key)) continue;
      seenHere.add(key);
      const first = owners.get(key);
      if (!first) {
        owners.set(key, { entry, name });
        continue;
      }
      problems.push({
        file: file.file,
        line: file.lineOf(path),
        field: path.join('.'),
        message: `"${name}" is also a title, name or alias of ${first.entry.file}: readers and search could not tell the two apart`,
        found: JSON.stringify(name),
        expected: 'a name no other entry uses',
        suggestion: 'remove the alias, or make it more specific (add the market or year)',
      });
    }
  }

  const parents = new Map(
    valid
      .filter((entry) => entry.collection === 'studios' && entry.data['parent'])
      .map((entry) => [entry.id, (entry.data['parent'] as { id: string }).id]),
  );
  const reported = new Set<string>();
  for (const start of parents.keys()) {
    const chain = [start];
    let next = parents.get(start);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = parents.get(next);
    }
    if (next !== start || reported.has(start)) continue;
    chain.forEach((id) => reported.add(id));
    const file = fileOf.get(`studios/${start}`)!;
    problems.push({
      file: file.file,
      line: file.lineOf(['parent']),
      field: 'parent',
      message: `parent studios form a cycle: ${[...chain, start].join(' -> ')}`,
      found: `\`${parents.get(start)!}\``,
      expected: 'a chain of parents that ends at a company with no parent',
      suggestion: 'remove `parent` from one of these studios',
    });
  }
  return problems;
}

/**
 * Validates every file against its schema and against each other: file names, fields,
 * references, duplicate names and parent cycles. Returns every problem, not just the first,
 * and the entries that passed their schema.
 */
export function validateContent(files: readonly SourceFile[]): { problems: Problem[]; entries: ValidEntry[] } {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  for (const file of files) {
    if (!ID_PATTERN.test(file.id)) {
      const suggested = file.id
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push({
        file: file.file,
        line: 1,
        field: '(file name)',
        message: 'the file name is not a valid id',
        found: JSON.stringify(file.id),
        expected: 'lower-case letters, digits and single hyphens, ending in .mdx',
        suggestion: suggested ? `rename it to ${suggested}.mdx` : undefined,
      });
    }
    if (file.syntaxErrors.length) {
      for (const error of file.syntaxErrors) {
        problems.push({ file: file.file, line: error.line, field: '(frontmatter)', message: `YAML: ${error.message}` });
      }
      continue;
    }
    const schema = schemas[file.collection] as unknown as AnySchema;
    const result = schema.safeParse(file.frontmatter ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(file, schema, result.error.issues));
      continue;
    }
    entries.push({ collection: file.collection, id: file.id, file: file.file, data: result.data as Record<string, unknown> });
  }
  problems.push(...crossEntryProblems(files, entries));
  return { problems, entries };
}
