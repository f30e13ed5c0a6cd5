import { z } from 'astro/zod';
import { httpUrl, languageCode, partialDate, updated } from './shared';

/** A published article or page the catalog's facts come from. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1).describe('The headline as published; where it is not on record, a plain description of the piece.'),
  headlineKnown: z.boolean().default(true).describe('False when `title` is a description, not the published headline. Default: true.'),
  publisher: z.string().min(1).describe('The publication, e.g. "Korea JoongAng Daily".'),
  author: z.string().min(1).optional().describe('The byline, when there is one.'),
  published: partialDate.optional().describe('Publication date: YYYY, YYYY-MM or YYYY-MM-DD.'),
  url: httpUrl.optional().describe('Where to read it; leave out when no address is known.'),
  language: languageCode.describe('Language of the article ("en", "ja").'),
  translatedFrom: z.string().min(1).optional().describe('Publication it was translated from, if any.'),
  updated,
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
