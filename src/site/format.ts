const regionNames = new Intl.DisplayNames('en', { type: 'region' });
const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** "JP" -> "Japan". */
export function getCountryName(code: string): string {
  return regionNames.of(code) ?? code;
}

/** "ja" -> "Japanese". */
export function getLanguageName(tag: string): string {
  return languageNames.of(tag) ?? tag;
}

/** "original-local-production" -> "original local production". */
export function humanize(value: string): string {
  return value.replace(/-/g, ' ');
}
