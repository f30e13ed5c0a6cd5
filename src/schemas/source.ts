import { z } from 'astro/zod';
import { httpUrl, languageCode, partialDate, updated } from './shared';

/** A published article or page the catalog's facts come from. */
export const sourceSchema = z.strictObject({
  /** The headline as published; where it is not on record, a plain description of the piece. */
  title: z.string().min(1),
  /** False when `title` is a description, not the published headline. Default: true. */
  headlineKnown: z.boolean().default(true),
  /** The publication, e.g. "Korea JoongAng Daily". */
  publisher: z.string().min(1),
  /** The byline, when there is one. */
  author: z.string().min(1).optional(),
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: partialDate.optional(),
  /** Where to read it; leave out when no address is known. */
  url: httpUrl.optional(),
  /** Language of the article ("en", "ja"). */
  language: languageCode,
  /** Publication it was translated from, if any. */
  translatedFrom: z.string().min(1).optional(),
  updated,
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
