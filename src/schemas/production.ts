import { z } from 'astro/zod';
import {
  aliases,
  awards,
  countryCode,
  createSourcesField,
  languageCode,
  partialDate,
  RELEASE_STATUSES,
  scriptName,
  summary,
  titleEditions,
  updated,
  type ReferenceFactory,
} from './shared';

/** What a company did for a production. */
export const CREDIT_ROLES = ['planning', 'producer', 'co-producer', 'financier', 'broadcaster', 'streamer', 'distributor'] as const;

/** How a production was taken local. */
export const LOCALIZATION_MODELS = [
  'original-local-production',
  'adaptation',
  'format-remake',
  'co-production',
  'acquisition',
  'korean-original',
] as const;

/** What kind of work a production is. */
export const PRODUCTION_FORMATS = ['series', 'miniseries', 'film', 'special'] as const;

/** Jobs behind the camera. */
export const CREW_ROLES = ['director', 'writer', 'showrunner', 'producer', 'creator'] as const;

/** How two productions relate; every relation shows on both pages. */
export const PRODUCTION_RELATIONS = ['same-source-work', 'remake-of', 'local-version-of'] as const;

export const createProductionSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    title: z.string().min(1).describe('The English title the catalog lists the production under.'),
    originalTitle: scriptName.optional().describe('The title in its original script and language, e.g. { text: "魔物", lang: "ja" }.'),
    aliases,
    summary,
    ...titleEditions,
    format: z.enum(PRODUCTION_FORMATS).default('series').describe('Series, miniseries, film or special. Default: series.'),
    localization: z.enum(LOCALIZATION_MODELS).describe('How the production went local (see the contributing guide for each model).'),
    markets: z.array(countryCode).min(1).describe('Countries it was made for, as ISO 3166-1 codes ("JP").'),
    languages: z
      .array(languageCode)
      .default([])
      .describe('Languages it is made in ("ja"). Default: none recorded (leave out when the source does not say).'),
    status: z
      .enum(RELEASE_STATUSES)
      .describe(
        'announced, in-production, released or cancelled, as the latest cited source has it. released needs a source published on or after the premiere.',
      ),
    premiere: partialDate
      .optional()
      .describe('First airing or release: YYYY, YYYY-MM or YYYY-MM-DD. For an announced production, the planned date the source gives.'),
    seasons: z
      .array(
        z.strictObject({
          number: z.number().int().min(1).describe('Season number, from 1.'),
          premiere: partialDate.describe('When the season premiered.'),
        }),
      )
      .default([])
      .describe('Seasons released so far, when there is more than one. Default: none listed.'),
    credits: z
      .array(
        z.strictObject({
          studio: reference('studios').describe('The studio, broadcaster or platform (an id in content/studios).'),
          role: z.enum(CREDIT_ROLES).describe('One of: planning, producer, co-producer, financier, broadcaster, streamer, distributor.'),
        }),
      )
      .min(1)
      .describe('Companies credited, each with what it did.'),
    cast: z
      .array(
        z.strictObject({
          person: reference('people').describe('The performer (an id in content/people).'),
          character: z.string().min(1).optional().describe('The character played, when the source names it.'),
        }),
      )
      .default([])
      .describe('Performers, leads first. Default: none listed.'),
    crew: z
      .array(
        z.strictObject({
          person: reference('people').describe('The person (an id in content/people).'),
          role: z.enum(CREW_ROLES).describe('director, writer, showrunner, producer or creator.'),
        }),
      )
      .default([])
      .describe('People behind the camera. Default: none listed.'),
    basedOn: z
      .string()
      .min(1)
      .optional()
      .describe('The work it is based on, in words ("web novel", "webtoon \'Dog한 로맨스\'"). Default: an original story.'),
    relatedTo: z
      .array(
        z.strictObject({
          production: reference('productions').describe('The other production (an id in content/productions).'),
          relation: z.enum(PRODUCTION_RELATIONS).describe('same-source-work, remake-of or local-version-of.'),
        }),
      )
      .default([])
      .describe('Other productions in the catalog it relates to. Default: none.'),
    awards,
    sources: createSourcesField(reference),
    updated,
  });

export type ProductionSchema = ReturnType<typeof createProductionSchema>;
export type ProductionInput = z.input<ProductionSchema>;
export type Production = z.output<ProductionSchema>;
