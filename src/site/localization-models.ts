import { MUSICAL_LOCALIZATIONS, type Musical } from '../schemas/musical';
import { LOCALIZATION_MODELS, type Production } from '../schemas/production';

/** A value of a production's or a musical's `localization`. */
export type LocalizationModel = Production['localization'] | Musical['localization'];

/** Each localization model's name in words, as lists and infoboxes show it. */
export const LOCALIZATION_MODEL_LABELS: Record<LocalizationModel, string> = {
  'original-local-production': 'Original local production',
  adaptation: 'Adaptation',
  'format-remake': 'Format remake',
  'co-production': 'Co-production',
  acquisition: 'Made by an acquired studio',
  'korean-original': 'Korean original',
  'local-language-production': 'Local-language production',
  'licensed-production': 'Licensed production',
  'original-form-tour': 'Tour in the original form',
};

/** What each localization model means: the contributing guide and the browse pages both say it from here. */
export const LOCALIZATION_MODEL_DESCRIPTIONS: Record<LocalizationModel, string> = {
  'original-local-production': 'A new story, written and made for the foreign market in its language.',
  adaptation:
    'A local version of a story that already exists in another form (a web novel, a webtoon, a Korean series), rewritten for the market.',
  'format-remake': 'A remake of an existing series or film under licence, following the original closely, market by market.',
  'co-production':
    'Made jointly by a Korean company and a local one, where the partnership is what defines it. When a production fits more than one model, choose the one its sources stress, and say why in the body.',
  acquisition:
    'Made for its own market by a studio abroad that a Korean company bought (Fifth Season under CJ ENM, wiip under SLL). Say in the body whether it was made before or after the purchase.',
  'korean-original':
    'Not localized itself: the Korean work that local versions in the catalog remake or adapt. It is in the catalog for them, and lists them on its page.',
  'local-language-production': 'Staged abroad in the local language by its Korean producers. Each staging says whether the cast is local.',
  'licensed-production': 'Licensed to producers abroad, who stage it in their language with their cast; each staging names them.',
  'original-form-tour': 'Taken abroad in its original form and language.',
};

/** The models in the order the guide and the browse pages list them: productions', then musicals'. */
export const LOCALIZATION_MODEL_GROUPS = [
  { heading: 'Productions', models: LOCALIZATION_MODELS },
  { heading: 'Musicals', models: MUSICAL_LOCALIZATIONS },
] as const;
