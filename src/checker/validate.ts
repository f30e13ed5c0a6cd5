import type { z } from 'astro/zod';
import { COLLECTIONS, ID_PATTERN, schemas, SINGULAR, type CollectionName } from '../schemas';
import { checkBodies, type EntryIds } from './body-check';
import type { SourceFile, StrayFile } from './content-files';
import { isPlaceholder } from './scaffold';
import { findRawReferences, getFieldAt, getFields, type FieldDoc } from '../schemas/fields';
import { foldText, getNearest, toId } from '../search/text';

/** One thing wrong with the content, located precisely enough to fix without reading code. */
export interface Problem {
  file: string;
  line: number;
  /** Dotted path of the frontmatter field, e.g. `credits.0.studio`; `(file)` for the file itself. */
  field: string;
  /** What is wrong, in words. */
  message: string;
  found?: string | undefined;
  expected?: string | undefined;
  /** What to do instead, e.g. "did you mean `studio-dragon`?". */
  suggestion?: string | undefined;
}

/** An entry whose frontmatter passed its schema: what the graph and the pages are built from. */
export interface ValidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** Each collection's fields, read once from its schema. */
const FIELDS = Object.fromEntries(COLLECTIONS.map((name) => [name, getFields(schemas[name])])) as Record<CollectionName, FieldDoc[]>;

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

const isDateShaped = (value: string) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(value);

/** Why a well-formed date does not exist, e.g. "2025-02 has 28 days". */
function getDateHint(value: string): string {
  const [year, month] = value.split('-').map(Number) as [number, number];
  if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')}: check the date against the source`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${value.slice(0, 7)} has ${days} days: check the date against the source`;
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

function schemaProblems(file: SourceFile, issues: readonly z.core.$ZodIssue[], ids: EntryIds): Problem[] {
  const fields = FIELDS[file.collection];
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
    } else if (typeof found === 'string' && field?.type.startsWith('date') && isDateShaped(found)) {
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

/** A reference found in parsed frontmatter: the `{ collection, id }` shape `reference()` yields. */
export interface FoundReference {
  path: (string | number)[];
  collection: CollectionName;
  id: string;
}

/** Every `{ collection, id }` reference in parsed frontmatter, with where it sits. */
export function findReferences(data: unknown, path: (string | number)[] = []): FoundReference[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => findReferences(item, [...path, index]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record['id'] === 'string' && (COLLECTIONS as readonly unknown[]).includes(record['collection'])) {
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

/** Ids of every file, valid or not: a reference to an entry with its own problems is not dangling. */
export function getEntryIds(files: readonly SourceFile[]): EntryIds {
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((name) => [name, new Set()]));
  for (const file of files) ids.get(file.collection)!.add(file.id);
  return ids;
}

/**
 * References to entries that do not exist, read from the raw frontmatter of every file, so a
 * file with other problems still has its references checked in the same run.
 */
function referenceProblems(file: SourceFile, ids: EntryIds): Problem[] {
  return findRawReferences(FIELDS[file.collection], file.frontmatter).flatMap((reference): Problem[] => {
    // Ids that are not even well-formed are the schema's to report, placeholders the template's.
    if (!ID_PATTERN.test(reference.id) || ids.get(reference.collection)!.has(reference.id)) return [];
    const owner = COLLECTIONS.find((name) => ids.get(name)!.has(reference.id));
    const nearest = getNearest(reference.id, ids.get(reference.collection)!);
    return [
      {
        file: file.file,
        line: file.lineOf(reference.path),
        field: reference.path.join('.'),
        message: owner
          ? `\`${reference.id}\` is a ${SINGULAR[owner]} (content/${owner}), but this field takes a ${SINGULAR[reference.collection]}`
          : `no ${SINGULAR[reference.collection]} has the id \`${reference.id}\``,
        found: `\`${reference.id}\``,
        expected: getFieldAt(FIELDS[file.collection], reference.path)?.expected,
        suggestion: nearest.length
          ? `did you mean ${nearest.map((id) => `\`${id}\``).join(' or ')}?`
          : owner
            ? `use the id of a ${SINGULAR[reference.collection]}: a file name in content/${reference.collection}/`
            : `add content/${reference.collection}/${reference.id}.mdx (npm run new -- ${SINGULAR[reference.collection]} "..."), or use an existing id`,
      },
    ];
  });
}

/** Placeholders of the template (`TODO`) left in the frontmatter, each with what its field expects. */
function placeholderProblems(file: SourceFile, data: unknown = file.frontmatter, path: (string | number)[] = []): Problem[] {
  if (isPlaceholder(data)) {
    const field = getFieldAt(FIELDS[file.collection], path);
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

function crossEntryProblems(files: readonly SourceFile[], valid: readonly ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const fileOf = new Map(files.map((file) => [`${file.collection}/${file.id}`, file]));

  // Every entry using each folded name; a clash is reported where it can be fixed: on the
  // alias if there is one (aliases are the extra names), else on every title but the first.
  const users = new Map<string, { entry: ValidEntry; path: (string | number)[]; name: string }[]>();
  for (const entry of valid) {
    const seenHere = new Set<string>();
    for (const { path, name } of getNames(entry.collection, entry.data)) {
      const key = foldText(name);
      if (!key || seenHere.has(key)) continue;
      seenHere.add(key);
      users.set(key, [...(users.get(key) ?? []), { entry, path, name }]);
    }
  }
  for (const group of users.values()) {
    if (group.length < 2) continue;
    const aliases = group.filter((use) => use.path[0] === 'aliases');
    for (const use of aliases.length ? aliases : group.slice(1)) {
      const file = fileOf.get(`${use.entry.collection}/${use.entry.id}`)!;
      const others = group.filter((other) => other.entry !== use.entry).map((other) => other.entry.file);
      problems.push({
        file: file.file,
        line: file.lineOf(use.path),
        field: use.path.join('.'),
        message: `"${use.name}" is also a title, name or alias of ${others.join(' and ')}: readers and search could not tell them apart`,
        found: JSON.stringify(use.name),
        expected: 'a name no other entry uses',
        suggestion:
          use.path[0] === 'aliases'
            ? 'remove the alias, or make it more specific (add the market or year)'
            : 'make the title more specific (add the market or year, as in "Marry My Husband (Japan)")',
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

/** The problems of one file on its own: its name, its frontmatter and its references. */
function fileProblems(file: SourceFile, ids: EntryIds): { problems: Problem[]; entry?: ValidEntry } {
  const problems: Problem[] = [];
  if (!ID_PATTERN.test(file.id)) {
    const suggested = toId(file.id);
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
      // The parser counts lines from the start of the frontmatter; the report gives the file's line.
      const message = error.message.replace(/ at line \d+, column \d+:?$/, '');
      problems.push({
        file: file.file,
        line: error.line,
        field: '(frontmatter)',
        message: `YAML: ${message}`,
        suggestion: 'check the quotes, colons and indentation on this line and the one before',
      });
    }
    return { problems };
  }
  const placeholders = placeholderProblems(file);
  // A placeholder is reported once, as a placeholder, not again as a wrong value.
  const isPlaceholderPath = (field: string) =>
    placeholders.some((placeholder) => field === placeholder.field || field.startsWith(`${placeholder.field}.`));
  problems.push(...placeholders, ...referenceProblems(file, ids));
  const result = schemas[file.collection].safeParse(file.frontmatter ?? {});
  if (!result.success) {
    problems.push(...schemaProblems(file, result.error.issues, ids).filter((problem) => !isPlaceholderPath(problem.field)));
    return { problems };
  }
  return { problems, entry: { collection: file.collection, id: file.id, file: file.file, data: result.data as Record<string, unknown> } };
}

/** Files the loader would leave out: in no collection folder, nested in one, or not `.mdx`. */
function strayProblems(strays: readonly StrayFile[]): Problem[] {
  return strays.map(({ file, segments }) => {
    const name = segments.at(-1)!;
    const id = toId(name.replace(/\.[^.]*$/, '')) || 'id';
    const contentDir = file.slice(0, file.length - segments.join('/').length).replace(/\/$/, '') || '.';
    const [folder] = segments;
    const collection = (COLLECTIONS as readonly string[]).includes(folder!) ? folder : getNearest(folder!, COLLECTIONS, 1)[0];
    const isMdx = name.endsWith('.mdx');
    const problem = { file, line: 1, field: '(file name)', found: JSON.stringify(segments.join('/')) };
    if (segments.length === 2 && collection === folder) {
      return {
        ...problem,
        message: 'only .mdx files are entries: this file would be left out',
        expected: `${contentDir}/${folder}/<id>.mdx`,
        suggestion: /\.mdx?$/.test(name) ? `rename it to ${id}.mdx` : 'remove it: entries have no attachments',
      };
    }
    if (segments.length > 2 && collection === folder) {
      return {
        ...problem,
        message: 'entries sit directly in their collection folder, not in a subfolder',
        expected: `${contentDir}/${folder}/<id>.mdx`,
        suggestion: `move it to ${contentDir}/${folder}/${id}.mdx`,
      };
    }
    return {
      ...problem,
      message: 'this file is not in a collection folder, so it would be left out',
      expected: `${contentDir}/<${COLLECTIONS.join('|')}>/<id>.mdx`,
      suggestion:
        isMdx || /\.md$/.test(name)
          ? `move it to ${contentDir}/${collection ?? 'productions'}/${id}.mdx`
          : 'remove it: the content folder holds only entries',
    };
  });
}

/** What validateContent checks besides the frontmatter. */
export interface ValidateOptions {
  /**
   * Parse and check the MDX bodies too (default true). The build checks them apart, on a
   * worker thread (src/integrations/content-validation.ts): the parsing is most of the cost.
   */
  bodies?: boolean;
}

/**
 * Validates every file against its schema and against each other: file names, fields,
 * placeholders, references, bodies, duplicate names and parent cycles. Returns every problem,
 * not just the first, sorted by file and line, and the entries that passed their schema.
 */
export function validateContent(
  files: readonly SourceFile[],
  strays: readonly StrayFile[] = [],
  { bodies = true }: ValidateOptions = {},
): { problems: Problem[]; entries: ValidEntry[] } {
  const ids = getEntryIds(files);
  const problems: Problem[] = strayProblems(strays);
  const entries: ValidEntry[] = [];
  for (const file of files) {
    const result = fileProblems(file, ids);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
  }
  if (bodies) problems.push(...checkBodies(files, ids));
  problems.push(...crossEntryProblems(files, entries));
  const order = new Map([...strays, ...files].map((file, index) => [file.file, index]));
  problems.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line);
  return { problems, entries };
}
