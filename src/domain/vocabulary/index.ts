/**
 * The vocabulary of the standard, defined once: levels, clock names, survey items, intake channels, locales,
 * id spelling and localized text. A leaf: it imports nothing but zod; src/domain, src/shared and every static/*
 * UI import it. UIs import the zod-free files (`levels`, `clocks`, `survey-items`, `channels`, `locales`)
 * directly, so their bundles stay without zod; the schemas are in `schemas.ts`.
 */
export { INTAKE_CHANNELS, type IntakeChannel } from './channels';
export { CLOCK_NAMES, type ClockName } from './clocks';
export { LEVEL_IDS, isLevel, type Level } from './levels';
export { LOCALES, type Locale } from './locales';
export {
  ClockNameSchema,
  IdSchema,
  IntakeChannelSchema,
  LevelSchema,
  LocalizedNameSchema,
  LocalizedTextSchema,
  SurveyItemSchema,
  SurveyScoresSchema,
  type LocalizedText,
  type SurveyScores,
} from './schemas';
export {
  SURVEY_COMMENT_MAX,
  SURVEY_ITEM_IDS,
  SURVEY_ITEMS,
  SURVEY_MAX_SCORE,
  SURVEY_MIN_SCORE,
  type SurveyDimension,
  type SurveyItemId,
} from './survey-items';
