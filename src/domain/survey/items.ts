/** The survey items of the standard are vocabulary (src/domain/vocabulary/survey-items.ts). */
export {
  SURVEY_COMMENT_MAX,
  SURVEY_ITEM_IDS,
  SURVEY_ITEMS,
  SURVEY_MAX_SCORE,
  SURVEY_MIN_SCORE,
  type SurveyDimension,
  type SurveyItemId,
} from '../vocabulary';
