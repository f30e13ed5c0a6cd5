// Each field says what it means once, in `.describe()`: that text is the field reference at
// /contribute/schema/, the JSON Schemas editors read, and the checker's hints.
import { createMusicalSchema } from './musical';
import { createPersonSchema } from './person';
import { createProductionSchema } from './production';
import { createIdReference, type ReferenceFactory } from './shared';
import { sourceSchema } from './source';
import { createStudioSchema } from './studio';

/** Every collection's frontmatter schema, with references built by `reference`. */
export const createSchemas = (reference: ReferenceFactory) => ({
  productions: createProductionSchema(reference),
  studios: createStudioSchema(reference),
  musicals: createMusicalSchema(reference),
  people: createPersonSchema(reference),
  sources: sourceSchema,
});

/** The schemas as pure code (checker, tests, generators) sees them. */
export const schemas = createSchemas(createIdReference);
export type Schemas = typeof schemas;

export * from './collections';
export * from './shared';
export type { Production, ProductionInput } from './production';
export type { Studio, StudioInput } from './studio';
export type { Musical, MusicalInput } from './musical';
export type { Person, PersonInput } from './person';
export type { Source, SourceInput } from './source';
