import type { SurveySettings } from '../config';
import type { SurveyAnswers } from './survey-answers';
import { surveyScores } from './survey-stats';

/**
 * Whether the survey starts a follow-up (回访改进流程). A score equal to the threshold is not low:
 * the standard says "below 3".
 */
export const isLow = (settings: Pick<SurveySettings, 'lowScoreRule' | 'threshold'>, answers: SurveyAnswers): boolean => {
  const all = surveyScores(answers);
  if (settings.lowScoreRule === 'anyBelow') return all.some((score) => score < settings.threshold);
  // Sum against threshold × n rather than a divided mean: a mean of exactly 3 must not come out as 2.999….
  return all.reduce((sum, s) => sum + s, 0) < settings.threshold * all.length;
};
