import { z } from 'astro/zod';
import { referenceTargets, schemas, SINGULAR, type CollectionName } from './index';

/** One frontmatter field as contributors see it: what it holds, whether it is required, what it means. */
export interface FieldDoc {
  /** The key, e.g. `studio`. */
  name: string;
  /** Where it sits, with `[]` for list items, e.g. `credits[].studio`. */
  path: string;
  required: boolean;
  /** The value used when the field is left out, if any. */
  default?: unknown;
  /** Short type, e.g. "text", "list of source ids", "date (YYYY, YYYY-MM or YYYY-MM-DD)". */
  type: string;
  /** What a valid value is, as error messages say it: "a list of source ids from content/sources/, at least one". */
  expected: string;
  /** Allowed values, when the field (or each item of it) is one of a fixed set. */
  values?: readonly string[];
  /** The collection the field (or each item of it) refers to. */
  reference?: CollectionName;
  /** True when the field holds a list. */
  list: boolean;
  /** What each item of a list is, as error messages say it: "a source id from content/sources/". */
  itemExpected?: string;
  description?: string;
  /** The fields of the object it holds (or of each list item). */
  fields?: FieldDoc[];
}

/** A zod schema seen through its definition: the one shape this module reads. */
type Node = z.ZodType & { _zod: { def: Record<string, unknown> } };

interface Unwrapped {
  node: Node;
  required: boolean;
  default?: unknown;
  title?: string | undefined;
  description?: string | undefined;
  reference?: CollectionName | undefined;
}

/** Peels optional/default/pipe wrappers, keeping the outermost title and description. */
function unwrap(schema: z.ZodType): Unwrapped {
  const result: Unwrapped = { node: schema as Node, required: true };
  for (;;) {
    const meta = z.globalRegistry.get(result.node);
    result.title ??= meta?.title;
    result.description ??= meta?.description;
    result.reference ??= referenceTargets.get(result.node)?.collection;
    const def = result.node._zod.def;
    switch (def['type']) {
      case 'optional':
      case 'nullable':
        result.required = false;
        result.node = def['innerType'] as Node;
        continue;
      case 'default':
      case 'prefault':
        result.required = false;
        result.default ??= def['defaultValue'];
        result.node = def['innerType'] as Node;
        continue;
      case 'pipe': {
        // A reference is a string piped into `{ collection, id }`; a preprocess is a transform piped into its schema.
        const input = def['in'] as Node;
        result.node = input._zod.def['type'] === 'transform' ? (def['out'] as Node) : input;
        continue;
      }
      default:
        return result;
    }
  }
}

function checkValue(node: Node, check: string, key: string): number | undefined {
  const checks = (node._zod.def['checks'] ?? []) as unknown as { _zod: { def: Record<string, unknown> } }[];
  const found = checks.find((item) => item._zod.def['check'] === check);
  return found ? Number(found._zod.def[key]) : undefined;
}

const code = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');

/** "a" or "an" before a type phrase. */
const article = (phrase: string) => (/^(?:[aeio]|http)/i.test(phrase) ? 'an' : 'a');

/** "country code (ISO 3166-1, e.g. JP)" -> "country codes (ISO 3166-1, e.g. JP)". */
const pluralize = (phrase: string) => phrase.replace(/^([^(]*?)(\s*\(|$)/, '$1s$2');

interface Description {
  /** Short type for the schema reference. */
  type: string;
  itemExpected?: string;
  /** One value, as a noun phrase: "source id from content/sources/". */
  noun: string;
  /** Several values: "source ids from content/sources/". */
  plural: string;
  expected: string;
  values?: readonly string[];
  reference?: CollectionName;
  fields?: FieldDoc[];
}

const and = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names.join(''));

function describe(unwrapped: Unwrapped, path: string): Description {
  const { node, title, reference } = unwrapped;
  const def = node._zod.def;
  if (reference) {
    const noun = `${SINGULAR[reference]} id`;
    const from = ` from content/${reference}/`;
    return { type: noun, noun: noun + from, plural: `${noun}s${from}`, expected: `${article(noun)} ${noun}${from}`, reference };
  }
  if (title) {
    const fields = def['type'] === 'object' ? getObjectFields(node, path) : undefined;
    return { type: title, noun: title, plural: pluralize(title), expected: `${article(title)} ${title}`, ...(fields ? { fields } : {}) };
  }
  switch (def['type']) {
    case 'string': {
      const min = checkValue(node, 'min_length', 'minimum');
      const max = checkValue(node, 'max_length', 'maximum');
      const type = min !== undefined && min > 1 && max !== undefined ? `text, ${min} to ${max} characters` : 'text';
      return { type, noun: 'text', plural: 'texts', expected: type };
    }
    case 'enum': {
      const values = Object.values(def['entries'] as Record<string, string>);
      return {
        type: 'one of the allowed values',
        noun: `value from ${code(values)}`,
        plural: `values from ${code(values)}`,
        expected: `one of ${code(values)}`,
        values,
      };
    }
    case 'boolean':
      return { type: 'true or false', noun: 'true or false', plural: 'true or false values', expected: 'true or false' };
    case 'number': {
      const min = checkValue(node, 'greater_than', 'value');
      const from = min === undefined ? '' : ` from ${min}`;
      return {
        type: `whole number${from}`,
        noun: `whole number${from}`,
        plural: `whole numbers${from}`,
        expected: `a whole number${from}`,
      };
    }
    case 'object': {
      const fields = getObjectFields(node, path);
      const names = and(fields.map((field) => field.name));
      return {
        type: `fields ${names}`,
        noun: `item with fields ${names}`,
        plural: `items with fields ${names}`,
        expected: `fields ${names}`,
        fields,
      };
    }
    case 'array': {
      const item = describe(unwrap(def['element'] as z.ZodType), `${path}[]`);
      const min = checkValue(node, 'min_length', 'minimum');
      const expected =
        min === undefined
          ? `a list of ${item.plural}`
          : min === 1
            ? `a list of at least one ${item.noun}`
            : `a list of at least ${min} ${item.plural}`;
      return {
        ...item,
        itemExpected: item.expected,
        type: `list of ${item.plural.replace(/ from content\/.*$/, '')}`,
        noun: `list of ${item.plural}`,
        plural: `lists of ${item.plural}`,
        expected,
      };
    }
    default:
      return { type: String(def['type']), noun: String(def['type']), plural: String(def['type']), expected: String(def['type']) };
  }
}

function toField(name: string, schema: z.ZodType, parentPath: string): FieldDoc {
  const unwrapped = unwrap(schema);
  const path = parentPath ? `${parentPath}.${name}` : name;
  const description = describe(unwrapped, path);
  return {
    name,
    path,
    required: unwrapped.required,
    ...(unwrapped.default !== undefined ? { default: unwrapped.default } : {}),
    type: description.type,
    expected: description.expected,
    ...(description.values ? { values: description.values } : {}),
    ...(description.reference ? { reference: description.reference } : {}),
    list: unwrapped.node._zod.def['type'] === 'array',
    ...(description.itemExpected ? { itemExpected: description.itemExpected } : {}),
    ...(unwrapped.description ? { description: unwrapped.description } : {}),
    ...(description.fields ? { fields: description.fields } : {}),
  };
}

function getObjectFields(node: Node, path: string): FieldDoc[] {
  const shape = node._zod.def['shape'] as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => toField(name, schema, path));
}

/** The fields of an object schema (a collection's frontmatter), nested fields included, in schema order. */
export function getFields(schema: z.ZodType): FieldDoc[] {
  return getObjectFields(unwrap(schema).node, '');
}

/**
 * The field at a path in parsed frontmatter (`['credits', 0, 'studio']`), or undefined when the
 * schema has no such field. List indexes step into the list's items.
 */
export function getFieldAt(fields: readonly FieldDoc[], path: readonly PropertyKey[]): FieldDoc | undefined {
  let current: readonly FieldDoc[] | undefined = fields;
  let field: FieldDoc | undefined;
  for (const [index, key] of path.entries()) {
    if (typeof key === 'number') {
      if (!field?.list) return undefined;
      // The path ends at an item: describe the item, not the list.
      if (index === path.length - 1) return { ...field, list: false, expected: field.itemExpected ?? field.expected };
      continue;
    }
    field = current?.find((candidate) => candidate.name === key);
    if (!field) return undefined;
    current = field.fields;
  }
  return field;
}

/** A reference in frontmatter: where it sits, the collection it points into and the id written. */
export interface FoundReference {
  path: (string | number)[];
  collection: CollectionName;
  id: string;
}

/** The id a reference field holds: a string as written, or `{ collection, id }` once parsed. */
function readId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id;
  return undefined;
}

/**
 * Every reference in a collection's frontmatter, found by walking its schema's fields alongside
 * the data. The one walker for raw frontmatter (the checker: a file whose other fields are wrong
 * still has its references checked) and for parsed entries (the graph, the open data).
 */
export function findReferences(fields: readonly FieldDoc[], data: unknown, path: (string | number)[] = []): FoundReference[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  return fields.flatMap((field) => {
    const value = record[field.name];
    const at = [...path, field.name];
    const items: [unknown, (string | number)[]][] = field.list
      ? Array.isArray(value)
        ? value.map((item, index) => [item, [...at, index]])
        : []
      : [[value, at]];
    return items.flatMap(([item, itemPath]): FoundReference[] => {
      if (field.reference) {
        const id = readId(item);
        return id === undefined ? [] : [{ path: itemPath, collection: field.reference, id }];
      }
      return field.fields ? findReferences(field.fields, item, itemPath) : [];
    });
  });
}

const collectionFields = new Map<CollectionName, FieldDoc[]>();

/** A collection's fields, read from its schema once. */
export function getCollectionFields(collection: CollectionName): FieldDoc[] {
  let fields = collectionFields.get(collection);
  if (!fields) collectionFields.set(collection, (fields = getFields(schemas[collection])));
  return fields;
}

/**
 * The JSON Schema (draft 2020-12) of a collection's frontmatter, from its zod schema: the input
 * contributors write, with each field's description, so editors can complete and check it.
 */
export function getFrontmatterJsonSchema(collection: CollectionName, id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schemas[collection], { io: 'input', target: 'draft-2020-12' }),
    $id: id,
    title: `Frontmatter of a ${SINGULAR[collection]} entry (content/${collection}/<id>.mdx)`,
  };
}
