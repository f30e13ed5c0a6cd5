import { parsePartialDate } from '../schemas/partial-date';
import type { Locale } from './locales';

/** A piece of text and the language it is written in, so a page can mark text not in its own language. */
export interface LocalizedText {
  text: string;
  lang: string;
}

/** Facts formatted for an edition: countries, languages, dates, numbers and lists from `Intl`, never by hand. */
export interface Formatter {
  locale: Locale;
  /** "JP" -> "Japan", "일본", "日本". */
  country(code: string): string;
  /** "ja" -> "Japanese", "일본어", "日本語". */
  language(tag: string): string;
  /** A partial date: "2025-06" -> "June 2025", "2025년 6월", "2025年6月". */
  date(value: string): string;
  /** "71.33" -> "71.33%". */
  percent(value: number): string;
  /** ["a", "b", "c"] -> "a, b and c", "a, b 및 c", "a、b、c". */
  list(items: readonly string[]): string;
}

// English dates stay British ("27 June 2025"), as the catalog has always written them.
const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', ko: 'ko', ja: 'ja' };

function createFormatter(locale: Locale): Formatter {
  const regions = new Intl.DisplayNames(locale, { type: 'region' });
  const languages = new Intl.DisplayNames(locale, { type: 'language' });
  const options = { timeZone: 'UTC' } as const;
  const dates = {
    year: new Intl.DateTimeFormat(DATE_LOCALES[locale], { ...options, year: 'numeric' }),
    month: new Intl.DateTimeFormat(DATE_LOCALES[locale], { ...options, year: 'numeric', month: 'long' }),
    day: new Intl.DateTimeFormat(DATE_LOCALES[locale], { ...options, year: 'numeric', month: 'long', day: 'numeric' }),
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    locale,
    country: (code) => regions.of(code) ?? code,
    language: (tag) => languages.of(tag) ?? tag,
    date(value) {
      const parts = parsePartialDate(value);
      if (!parts) return value;
      const { year, month, day } = parts;
      const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
      return (month === undefined ? dates.year : day === undefined ? dates.month : dates.day).format(date);
    },
    percent: (value) => percent.format(value / 100),
    list: (items) => list.format(items),
  };
}

const formatters = new Map<Locale, Formatter>();

/** The formatter of an edition, made once. */
export function getFormatter(locale: Locale): Formatter {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = createFormatter(locale)));
  return formatter;
}
