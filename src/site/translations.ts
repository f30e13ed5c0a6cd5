import type { FileHistory } from '../catalog/git-history';
import type { CollectionName } from '../schemas';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/locales';

/** Whether an entry's text is translated for an edition, and whether the translation has kept up with the English. */
export type TranslationStatus = 'translated' | 'outdated' | 'missing';

/** A translation's id in its content collection, `ko/productions/mamono`; its file is that under the content folder, with `.mdx`. */
export function getTranslationId(locale: TranslatedLocale, collection: CollectionName, id: string): string {
  return `${locale}/${collection}/${id}`;
}

/**
 * A translation is out of date when the English file was committed after it (git dates, as
 * Lunaria tracks them); an uncommitted translation is taken as current.
 */
export function getTranslationStatus(
  locale: TranslatedLocale,
  entry: { collection: CollectionName; id: string },
  exists: boolean,
  history: ReadonlyMap<string, FileHistory>,
): TranslationStatus {
  if (!exists) return 'missing';
  const translated = history.get(`${getTranslationId(locale, entry.collection, entry.id)}.mdx`)?.updated;
  const original = history.get(`${entry.collection}/${entry.id}.mdx`)?.updated;
  return translated && original && Date.parse(original) > Date.parse(translated) ? 'outdated' : 'translated';
}

/** One entry's row on the translation status page: its summary and its text in each edition. */
export interface TranslationRow<E> {
  entry: E;
  summary: Record<TranslatedLocale, boolean>;
  body: Record<TranslatedLocale, TranslationStatus>;
}

/**
 * Every entry with prose (sources are not translated) x every translated edition, with totals of
 * the bodies by status: the contributors' page of what to translate next.
 */
export function getTranslationTable<E extends { collection: CollectionName; id: string; data: object }>(
  entries: readonly E[],
  translations: ReadonlySet<string>,
  history: ReadonlyMap<string, FileHistory>,
) {
  const rows: TranslationRow<E>[] = entries
    .filter((entry) => entry.collection !== 'sources')
    .map((entry) => ({
      entry,
      summary: Object.fromEntries(
        TRANSLATED_LOCALES.map((locale) => [
          locale,
          Boolean((entry.data as Partial<Record<TranslatedLocale, { summary?: string }>>)[locale]?.summary),
        ]),
      ) as Record<TranslatedLocale, boolean>,
      body: Object.fromEntries(
        TRANSLATED_LOCALES.map((locale) => [
          locale,
          getTranslationStatus(locale, entry, translations.has(getTranslationId(locale, entry.collection, entry.id)), history),
        ]),
      ) as Record<TranslatedLocale, TranslationStatus>,
    }));
  const totals = Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [
      locale,
      {
        translated: rows.filter((row) => row.body[locale] === 'translated').length,
        outdated: rows.filter((row) => row.body[locale] === 'outdated').length,
        missing: rows.filter((row) => row.body[locale] === 'missing').length,
      },
    ]),
  ) as Record<TranslatedLocale, Record<TranslationStatus, number>>;
  return { rows, totals };
}
