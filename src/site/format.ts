const regionNames = new Intl.DisplayNames('en', { type: 'region' });
const languageNames = new Intl.DisplayNames('en', { type: 'language' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "JP" -> "Japan". */
export function getCountryName(code: string): string {
  return regionNames.of(code) ?? code;
}

/** "ja" -> "Japanese". */
export function getLanguageName(tag: string): string {
  return languageNames.of(tag) ?? tag;
}

/** "2025" -> "2025", "2025-06" -> "June 2025", "2025-06-27" -> "27 June 2025". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return day === undefined ? monthYear.format(date) : fullDate.format(date);
}

/** The year of a partial date. */
export function getYear(value: string): number {
  return Number(value.slice(0, 4));
}

/** "original-local-production" -> "original local production". */
export function humanize(value: string): string {
  return value.replace(/-/g, ' ');
}
