import { z } from 'astro/zod';
import { fullDate, httpUrl, languageCode, partialDate, updated } from './shared';

/** A published article or page the catalog's facts come from. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1).describe('The headline as published; where it is not on record, a plain description of the piece.'),
  headlineKnown: z.boolean().default(true).describe('False when `title` is a description, not the published headline. Default: true.'),
  publisher: z.string().min(1).describe('The publication, e.g. "Korea JoongAng Daily".'),
  author: z.string().min(1).optional().describe('The byline, when there is one.'),
  published: partialDate.optional().describe('Publication date: YYYY, YYYY-MM or YYYY-MM-DD.'),
  url: httpUrl
    .optional()
    .describe("The publisher's own page for it; leave out when no address is known. A copy read elsewhere goes in `via`."),
  via: z
    .strictObject({
      publisher: z.string().min(1).describe('Who published the copy, e.g. "Yahoo News" or "PressReader".'),
      url: httpUrl.describe('Where the copy is.'),
    })
    .optional()
    .describe("The copy it was read through (a syndication, a reprint, a replica edition), when not on the publisher's own page."),
  accessed: fullDate.optional().describe('When it was last read at its address, YYYY-MM-DD. Needed with `url` or `via`.'),
  archive: httpUrl.optional().describe('An archived copy on a web archive (web.archive.org, archive.today), only one that exists.'),
  language: languageCode.describe('Language of the article ("en", "ja").'),
  translatedFrom: z.string().min(1).optional().describe('Publication it was translated from, if any.'),
  updated,
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
