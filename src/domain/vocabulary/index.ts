/**
 * The vocabulary of the standard, defined once: levels, clock names, survey items, channels, id spelling and
 * localized text. A leaf: it imports nothing but zod, and src/domain, src/shared and every static/* UI import it.
 */
export { INTAKE_CHANNELS, IntakeChannelSchema, type IntakeChannel } from './channels';
export { CLOCK_NAMES, ClockNameSchema, type ClockName } from './clocks';
export { IdSchema } from './ids';
export { LEVEL_IDS, LevelSchema, isLevel, type Level } from './levels';
export { LOCALES, LocalizedNameSchema, LocalizedTextSchema, type Locale, type LocalizedText } from './localized-text';
export {
  SURVEY_COMMENT_MAX,
  SURVEY_ITEM_IDS,
  SURVEY_ITEMS,
  SURVEY_MAX_SCORE,
  SURVEY_MIN_SCORE,
  SurveyItemSchema,
  SurveyScoresSchema,
  type SurveyDimension,
  type SurveyItemId,
  type SurveyScores,
} from './survey-items';
