/**
 * A small JSON Schema (draft 2020-12) validator for the keywords zod's toJSONSchema writes.
 * An unknown keyword is an error, never skipped, so a schema it cannot check fails loudly.
 */
type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'default',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every place `value` breaks `schema`, as `path: what` lines; empty when it is valid. */
export function validateJsonSchema(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  for (const [keyword, rule] of Object.entries(schema)) {
    switch (keyword) {
      case 'type': {
        const types = (Array.isArray(rule) ? rule : [rule]) as string[];
        const actual = typeOf(value);
        if (!types.some((type) => type === actual || (type === 'number' && actual === 'integer')))
          fail(`expected ${types.join(' or ')}, found ${actual}`);
        break;
      }
      case 'const':
        if (!equal(value, rule)) fail(`expected ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).some((option) => equal(option, value)))
          fail(`expected one of ${JSON.stringify(rule)}, found ${JSON.stringify(value)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value))
          fail(`${JSON.stringify(value)} does not match ${rule as string}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number)) fail(`shorter than ${rule as number}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (rule as number)) fail(`longer than ${rule as number}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) fail(`less than ${rule as number}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) fail(`more than ${rule as number}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) fail(`fewer than ${rule as number} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) fail(`more than ${rule as number} items`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, index) => errors.push(...validateJsonSchema(rule as Schema, item, root, `${path}[${index}]`)));
        break;
      case 'required':
        if (typeOf(value) === 'object') {
          for (const key of rule as string[]) if (!(key in (value as object))) fail(`missing required property "${key}"`);
        }
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, child] of Object.entries(rule as Record<string, Schema>)) {
            if (key in (value as object))
              errors.push(...validateJsonSchema(child, (value as Record<string, unknown>)[key], root, `${path}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
      case 'propertyNames':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema['properties'] as object | undefined) ?? {});
          for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
            if (keyword === 'propertyNames') errors.push(...validateJsonSchema(rule as Schema, key, root, `${path}{${key}}`));
            else if (!known.includes(key)) errors.push(...validateJsonSchema(rule as Schema, child, root, `${path}.${key}`));
          }
        }
        break;
      case 'anyOf':
      case 'oneOf': {
        const results = (rule as Schema[]).map((option) => validateJsonSchema(option, value, root, path));
        const passing = results.filter((result) => result.length === 0).length;
        if (passing === 0)
          fail(`matches none of the ${keyword} options (closest: ${results.sort((a, b) => a.length - b.length)[0]!.join('; ')})`);
        else if (keyword === 'oneOf' && passing > 1) fail(`matches ${passing} oneOf options, expected exactly one`);
        break;
      }
      case 'allOf':
        for (const option of rule as Schema[]) errors.push(...validateJsonSchema(option, value, root, path));
        break;
      case '$ref': {
        const pointer = (rule as string).replace(/^#\/?/, '').split('/').filter(Boolean);
        const target = pointer.reduce<unknown>(
          (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
          root,
        );
        if (target === undefined) fail(`unresolved $ref ${rule as string}`);
        else errors.push(...validateJsonSchema(target as Schema, value, root, path));
        break;
      }
      case '$defs':
        break;
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`validateJsonSchema: keyword "${keyword}" at ${path} is not supported`);
    }
  }
  return errors;
}
