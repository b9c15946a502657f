import { SURVEY_ITEM_IDS } from '../vocabulary';
import type { SurveyAnswers } from './survey-answers';

export const surveyScores = (answers: SurveyAnswers): number[] => SURVEY_ITEM_IDS.map((id) => answers[id]);

/** Lowest item and mean of the five items (the comment does not count). */
export const surveyStats = (answers: SurveyAnswers): { readonly min: number; readonly avg: number } => {
  const all = surveyScores(answers);
  return { min: Math.min(...all), avg: all.reduce((sum, s) => sum + s, 0) / all.length };
};
