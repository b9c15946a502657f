import type { SurveySettings } from '../config';
import { SURVEY_ITEM_IDS, type SurveyItemId } from '../vocabulary/survey-items';
import type { SurveyAnswers } from './survey-answers';
import { surveyScores } from './survey-stats';

type LowScoreRule = Pick<SurveySettings, 'lowScoreRule' | 'threshold'>;

/**
 * The low-score rule of the standard (回访改进流程), in one place. An item is low when its score is below the
 * configured threshold; a score equal to the threshold is not low: the standard says "below 3".
 */
export const lowItems = (settings: Pick<SurveySettings, 'threshold'>, scores: Omit<SurveyAnswers, 'comment'>): SurveyItemId[] =>
  SURVEY_ITEM_IDS.filter((id) => scores[id] < settings.threshold);

/**
 * Whether the survey starts a follow-up: with `anyBelow`, when any item is low; with `averageBelow`, when the
 * mean of the five items is below the threshold.
 */
export const isLow = (settings: LowScoreRule, answers: SurveyAnswers): boolean => {
  if (settings.lowScoreRule === 'anyBelow') return lowItems(settings, answers).length > 0;
  // Sum against threshold × n rather than a divided mean: a mean of exactly 3 must not come out as 2.999….
  const all = surveyScores(answers);
  return all.reduce((sum, s) => sum + s, 0) < settings.threshold * all.length;
};
