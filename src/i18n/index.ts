import type { Locale } from './locales';
import { en, type Messages } from './messages/en';
import { ja } from './messages/ja';
import { ko } from './messages/ko';

/** The interface strings of every edition; each locale's file is typed by the English one. */
export const MESSAGES: Record<Locale, Messages> = { en, ko, ja };

/** The interface strings of an edition. */
export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}

export type { Messages };
export * from './locales';
