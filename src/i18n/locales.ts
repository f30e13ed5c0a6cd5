// The site's editions. Adding one is a line here, a message file in ./messages and its translations.

/** Every edition's language, the default first: English at `/`, the others under `/<locale>/`. */
export const LOCALES = ['en', 'ko', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** The edition served without a prefix, and the language every entry is written in first. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** The editions translated from the default one. */
export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, typeof DEFAULT_LOCALE> => locale !== DEFAULT_LOCALE);
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** A page's locale from Astro's `currentLocale` (undefined on the default edition's pages). */
export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

// Made once: every page's language picker names every edition.
const LOCALE_NAMES = new Map(LOCALES.map((locale) => [locale, new Intl.DisplayNames(locale, { type: 'language' }).of(locale) ?? locale]));

/** Each locale's name in its own language ("한국어", "日本語"), for the language picker. */
export function getLocaleName(locale: Locale): string {
  return LOCALE_NAMES.get(locale) ?? locale;
}

/** The `og:locale` form of a locale (language_TERRITORY), as OpenGraph asks. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', ko: 'ko_KR', ja: 'ja_JP' };
