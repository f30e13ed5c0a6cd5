import Ajv2020, { type AnySchema } from 'ajv/dist/2020';

// Ajv's strict mode (its default) throws on a keyword or format it does not know, so a schema it
// cannot check fails loudly. No schema is registered by its $id: nothing refers to one, and one
// $id can come with different schemas (a build under another base path, a test's edited copy).
const ajv = new Ajv2020({ allErrors: true, addUsedSchema: false });

/** Every place `value` breaks `schema` (JSON Schema draft 2020-12), as `/path: what` lines; empty when it is valid. */
export function validateJsonSchema(schema: AnySchema, value: unknown): string[] {
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(({ instancePath, message, params }) => `${instancePath || '/'}: ${message} ${JSON.stringify(params)}`);
}
