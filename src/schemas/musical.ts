import { z } from 'astro/zod';
import {
  aliases,
  countryCode,
  createSourcesField,
  languageCode,
  partialDate,
  scriptName,
  summary,
  updated,
  type ReferenceFactory,
} from './shared';

/** Who performs a staging abroad. */
export const CAST_MODELS = ['local-cast', 'original-cast'] as const;

/** How a musical went abroad. */
export const MUSICAL_LOCALIZATIONS = ['local-language-production', 'original-form-tour'] as const;

export const createMusicalSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** The English title. */
    title: z.string().min(1),
    /** The title in its original script, e.g. { text: "명성황후", lang: "ko" }. */
    originalTitle: scriptName.optional(),
    aliases,
    summary,
    /** Made abroad in the local language, or toured in its original form. */
    localization: z.enum(MUSICAL_LOCALIZATIONS),
    /** First performance anywhere: YYYY, YYYY-MM or YYYY-MM-DD. */
    premiere: partialDate.optional(),
    /** Companies that produce it (ids in content/studios). */
    producers: z.array(reference('studios')).default([]),
    /** Productions abroad. Default: none known. */
    stagings: z
      .array(
        z.strictObject({
          /** City, e.g. "New York". */
          city: z.string().min(1),
          /** Country, ISO 3166-1 ("US"). */
          country: countryCode,
          /** Theatre or theatre district, e.g. "Broadway" or "West End". */
          venue: z.string().min(1).optional(),
          /** First year or date of the run. */
          from: partialDate.optional(),
          /** Last year or date of the run. */
          to: partialDate.optional(),
          /** True when the source gives the dates only roughly. Default: false. */
          approximate: z.boolean().default(false),
          /** Language it is performed in. */
          language: languageCode,
          /** local-cast or original-cast. */
          cast: z.enum(CAST_MODELS),
        }),
      )
      .default([]),
    /** People behind it, with their part in words ("producer, CEO of OD Company"). */
    people: z
      .array(
        z.strictObject({
          /** The person (an id in content/people). */
          person: reference('people'),
          /** What they did. */
          role: z.string().min(1),
        }),
      )
      .default([]),
    sources: createSourcesField(reference),
    updated,
  });

export type MusicalSchema = ReturnType<typeof createMusicalSchema>;
export type MusicalInput = z.input<MusicalSchema>;
export type Musical = z.output<MusicalSchema>;
