import { z } from 'astro/zod';
import { aliases, countryCode, createSourcesField, scriptName, summary, summaryEditions, updated, type ReferenceFactory } from './shared';

/** What a person is known for in the catalog. */
export const OCCUPATIONS = ['actor', 'singer', 'director', 'writer', 'producer', 'executive', 'critic', 'academic'] as const;

export const createPersonSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    name: z.string().min(1).describe('The name as English-language press writes it.'),
    originalNames: z
      .array(scriptName)
      .default([])
      .describe('The name in original scripts, e.g. [{ text: "나인우", lang: "ko" }, { text: "ナ・イヌ", lang: "ja" }].'),
    aliases,
    summary,
    ...summaryEditions,
    occupations: z.array(z.enum(OCCUPATIONS)).min(1).describe('actor, singer, director, writer, producer, executive, critic, academic.'),
    nationality: countryCode.optional().describe('Country of nationality, ISO 3166-1 ("KR"), when the source states it.'),
    affiliations: z
      .array(
        z.strictObject({
          studio: reference('studios').describe('The company (an id in content/studios).'),
          role: z.string().min(1).describe('The post, e.g. "CEO".'),
        }),
      )
      .default([])
      .describe('Companies the person holds a post at (ids in content/studios). Default: none.'),
    sources: createSourcesField(reference),
    updated,
  });

export type PersonSchema = ReturnType<typeof createPersonSchema>;
export type PersonInput = z.input<PersonSchema>;
export type Person = z.output<PersonSchema>;
