import type { SurveyItem, SurveyScores } from '../../../src/shared/issue-properties';
import { SURVEY_COMMENT_MAX, SURVEY_ITEM_IDS } from '../../../src/domain/vocabulary/survey-items';

export const SURVEY_ITEMS: readonly SurveyItem[] = SURVEY_ITEM_IDS;
export const SCORES = [1, 2, 3, 4, 5] as const;
export const COMMENT_MAX = SURVEY_COMMENT_MAX;

export type DraftScores = Partial<Record<SurveyItem, number>>;
export type SurveyProblem = 'unrated' | 'commentTooLong';
export interface SurveyErrors {
  readonly items: readonly SurveyItem[];
  readonly comment?: SurveyProblem;
}

export const validateSurvey = (draft: DraftScores, comment: string): SurveyErrors => {
  const items = SURVEY_ITEMS.filter((item) => {
    const score = draft[item];
    return score === undefined || !Number.isInteger(score) || score < 1 || score > 5;
  });
  return comment.length > COMMENT_MAX ? { items, comment: 'commentTooLong' } : { items };
};

/** The complete scores, or null while any item is unrated. */
export const completeScores = (draft: DraftScores): SurveyScores | null => {
  const { responseSpeed, attitude, expertise, effectiveness, recurrence } = draft;
  if (responseSpeed === undefined || attitude === undefined || expertise === undefined || effectiveness === undefined || recurrence === undefined) {
    return null;
  }
  return { responseSpeed, attitude, expertise, effectiveness, recurrence };
};
