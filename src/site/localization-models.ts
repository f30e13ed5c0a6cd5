import { MUSICAL_LOCALIZATIONS, type Musical } from '../schemas/musical';
import { LOCALIZATION_MODELS, type Production } from '../schemas/production';

/** A value of a production's or a musical's `localization`. */
export type LocalizationModel = Production['localization'] | Musical['localization'];

// Their names and meanings, in each edition, are the messages' (`models` in src/i18n/messages/).

/** The models in the order the guide and the browse pages list them: productions', then musicals'. */
export const LOCALIZATION_MODEL_GROUPS = [
  { collection: 'productions', models: LOCALIZATION_MODELS },
  { collection: 'musicals', models: MUSICAL_LOCALIZATIONS },
] as const;
