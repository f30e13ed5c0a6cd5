import { z } from 'astro/zod';
import { ID_PATTERN, type CollectionName } from './collections';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/locales';
import { isPartialDateShaped, isPossiblePartialDate } from './partial-date';

/**
 * Builds a reference to an entry of another collection. Astro's `reference()` is passed in
 * by content.config.ts; pure code (the checker, tests) passes `createIdReference`, which
 * yields the same `{ collection, id }` shape without needing Astro's runtime.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/**
 * Marks the schemas that hold a reference, with the collection they point into, so pure code
 * (the checker, the schema reference, the scaffolder) can find references in raw frontmatter.
 */
export const referenceTargets = z.registry<{ collection: CollectionName }>();

/** A reference factory for code that runs outside Astro. */
export const createIdReference: ReferenceFactory = (collection) => {
  const schema = z
    .string()
    .regex(ID_PATTERN, 'an entry id: lower-case words joined by hyphens')
    .transform((id) => ({ collection, id }));
  referenceTargets.add(schema, { collection });
  return schema;
};

const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** ISO 3166-1 alpha-2 country code, upper case ("JP", "KR", "US"). */
export const countryCode = z
  .string()
  // `abort` stops the lookup below from running on text that is not a code (it would throw).
  .regex(/^[A-Z]{2}$/, { error: 'an ISO 3166-1 alpha-2 country code in capitals, like "JP"', abort: true })
  .refine((code) => regionNames.of(code) !== undefined, 'a known ISO 3166-1 country code')
  .meta({
    title: 'country code (ISO 3166-1, e.g. JP)',
    description: 'ISO 3166-1 alpha-2 country code in capitals, e.g. "JP", "KR", "US".',
  });

/** A language tag ("ja", "ko", "en"). */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'a language tag like "ja", "ko" or "en"', abort: true })
  .refine((tag) => languageNames.of(tag) !== undefined, 'a known language tag')
  .meta({ title: 'language tag (e.g. ja)', description: 'A language tag, e.g. "ja", "ko", "en".' });

/**
 * A date known to the year, the month or the day: "2025", "2025-06" or "2025-06-27".
 * YAML would turn an unquoted full date into a Date, so one is accepted and written back
 * as YYYY-MM-DD.
 */
export const partialDate = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
    z
      .string()
      .refine(isPartialDateShaped, { error: 'a date as YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
      .refine(isPossiblePartialDate, 'a date that exists (month 01-12, a day within the month)'),
  )
  .meta({
    title: 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
    description: 'A date known to the year, the month or the day: "2025", "2025-06" or "2025-06-27".',
  });

/** A date known to the day, "2026-11-29": when something was done, not when it happened. */
export const fullDate = partialDate
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), 'a full date as YYYY-MM-DD')
  .meta({
    title: 'date (YYYY-MM-DD)',
    description: 'A full date: "2026-11-29".',
  });

/** A name or title written in its original script, with the language it is in. */
export const scriptName = z
  .strictObject({
    text: z.string().min(1).describe('The name as written, e.g. "魔物".'),
    lang: languageCode.describe('Language of `text`, e.g. "ja".'),
  })
  .meta({
    title: 'original-script name ({ text, lang })',
    description: 'A name or title written in its original script, with the language it is in.',
  });

export const aliases = z
  .array(z.string().min(1))
  .default([])
  .describe('Other spellings, romanizations and translations people search by. Default: none.');

export const summary = z.string().min(10).max(240).describe('One sentence that says what the entry is; shown in lists and link previews.');

const editionName = z
  .string()
  .min(1)
  .optional()
  .describe("The name in the edition's language, only as a cited source writes it; the English one is shown where there is none.");

/**
 * What an entry says in each translated edition (`ko:`, `ja:`): its name in that language where a
 * source gives one, and its summary translated. One block per locale, so a new locale is a new key.
 */
function createEditionFields<S extends z.core.$ZodShape>(shape: S) {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [
      locale,
      z
        .strictObject(shape)
        .optional()
        .describe(
          `The entry in the \`${locale}\` edition: the summary translated (and the name, where a source gives it). Default: English.`,
        ),
    ]),
  ) as { [L in TranslatedLocale]: z.ZodOptional<z.ZodObject<S, z.core.$strict>> };
}

/** Edition blocks of entries listed under a `title` (productions, musicals). */
export const titleEditions = createEditionFields({ title: editionName, summary: summary.describe('The summary, translated.') });
/** Edition blocks of entries listed under a `name` (studios); people's names in other scripts are `originalNames`. */
export const nameEditions = createEditionFields({ name: editionName, summary: summary.describe('The summary, translated.') });
/** Edition blocks of people: the summary only. */
export const summaryEditions = createEditionFields({ summary: summary.describe('The summary, translated.') });

/** An http(s) URL: nothing else may reach an href from frontmatter. */
export const httpUrl = z
  .string()
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'an absolute http:// or https:// URL')
  .meta({ title: 'http(s) URL', description: 'An absolute http:// or https:// URL.' });

/**
 * Where a production or a staging stands. Only a source published on or after its premiere can
 * make it `released` (the checker holds every released date to the sources: src/checker/rules/claims.ts).
 */
export const RELEASE_STATUSES = ['announced', 'in-production', 'released', 'cancelled'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const updated = partialDate
  .optional()
  .describe("Last time a person checked the entry's facts; shown when git has no history for the file.");

/** The published sources the entry's facts come from: at least one. */
export const createSourcesField = (reference: ReferenceFactory) =>
  z
    .array(reference('sources'))
    .min(1, 'at least one source: every entry cites where its facts come from')
    .describe("The published sources the entry's facts come from (ids in content/sources): at least one.");

/** Whether an award was won or the work was nominated for it. */
export const AWARD_RESULTS = ['won', 'nominated'] as const;

/** Awards and nominations the sources report. */
export const awards = z
  .array(
    z.strictObject({
      name: z.string().min(1).describe('The award, e.g. "Tony Award".'),
      category: z.string().min(1).optional().describe('The category, e.g. "Best Musical".'),
      year: z.number().int().min(1900).max(2100).describe('The year of the ceremony, e.g. 2025.'),
      result: z.enum(AWARD_RESULTS).default('won').describe('won or nominated. Default: won.'),
    }),
  )
  .default([])
  .describe('Awards and nominations the sources report. Default: none.');
