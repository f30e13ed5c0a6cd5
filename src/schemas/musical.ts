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

/** Who performs a staging abroad. */
export const CAST_MODELS = ['local-cast', 'original-cast'] as const;

/** How a musical went abroad. */
export const MUSICAL_LOCALIZATIONS = ['local-language-production', 'licensed-production', 'original-form-tour'] as const;

export const createMusicalSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    title: z.string().min(1).describe('The English title.'),
    originalTitle: scriptName.optional().describe('The title in its original script, e.g. { text: "명성황후", lang: "ko" }.'),
    aliases,
    summary,
    ...titleEditions,
    localization: z
      .enum(MUSICAL_LOCALIZATIONS)
      .describe('Made abroad in the local language by its Korean producers, licensed to producers abroad, or toured in its original form.'),
    premiere: partialDate.optional().describe('First performance anywhere: YYYY, YYYY-MM or YYYY-MM-DD.'),
    producers: z.array(reference('studios')).default([]).describe('Companies that produce it (ids in content/studios).'),
    stagings: z
      .array(
        z.strictObject({
          city: z.string().min(1).describe('City, e.g. "New York".'),
          country: countryCode.describe('Country, ISO 3166-1 ("US").'),
          venue: z.string().min(1).optional().describe('Theatre or theatre district, e.g. "Broadway" or "West End".'),
          status: z
            .enum(RELEASE_STATUSES)
            .default('released')
            .describe(
              'announced, in-production, released (opened) or cancelled. Default: released, which needs a source published on or after `from`.',
            ),
          from: partialDate.optional().describe('First year or date of the run (planned, for an announced staging).'),
          to: partialDate.optional().describe('Last year or date of the run.'),
          approximate: z.boolean().default(false).describe('True when the source gives the dates only roughly. Default: false.'),
          language: languageCode.optional().describe('Language it is performed in, when the source says.'),
          cast: z.enum(CAST_MODELS).optional().describe('local-cast or original-cast, when the source says.'),
          producers: z
            .array(reference('studios'))
            .default([])
            .describe('Companies that produce this staging, e.g. a licensee abroad (ids in content/studios). Default: none listed.'),
        }),
      )
      .default([])
      .describe('Productions abroad. Default: none known.'),
    people: z
      .array(
        z.strictObject({
          person: reference('people').describe('The person (an id in content/people).'),
          role: z.string().min(1).describe('What they did.'),
        }),
      )
      .default([])
      .describe('People behind it, with their part in words ("producer, CEO of OD Company").'),
    awards,
    sources: createSourcesField(reference),
    updated,
  });

export type MusicalSchema = ReturnType<typeof createMusicalSchema>;
export type MusicalInput = z.input<MusicalSchema>;
export type Musical = z.output<MusicalSchema>;
