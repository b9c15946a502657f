import fc from 'fast-check';
import { defaultConfig } from '../config';
import { isLow, lowItems } from './is-low';
import { SURVEY_ITEM_IDS } from '../vocabulary';
import type { SurveyAnswers } from './survey-answers';
import { surveyStats } from './survey-stats';

const all = (score: number): SurveyAnswers => ({ responseSpeed: score, attitude: score, expertise: score, effectiveness: score, recurrence: score });
const anyBelow = { lowScoreRule: 'anyBelow', threshold: 3 } as const;
const averageBelow = { lowScoreRule: 'averageBelow', threshold: 3 } as const;

describe('isLow', () => {
  it('uses the default rule of the standard: any item below 3', () => {
    expect(isLow(defaultConfig().survey, all(3))).toBe(false);
    expect(isLow(defaultConfig().survey, { ...all(5), recurrence: 2 })).toBe(true);
  });

  it.each(SURVEY_ITEM_IDS)('anyBelow: %s at 2 is low, at 3 is not', (item) => {
    expect(isLow(anyBelow, { ...all(5), [item]: 2 })).toBe(true);
    expect(isLow(anyBelow, { ...all(5), [item]: 3 })).toBe(false);
  });

  it('averageBelow: an average of exactly 3 is not low, just under is', () => {
    expect(isLow(averageBelow, { ...all(3) })).toBe(false);
    expect(isLow(averageBelow, { responseSpeed: 1, attitude: 5, expertise: 3, effectiveness: 3, recurrence: 3 })).toBe(false);
    expect(isLow(averageBelow, { ...all(3), recurrence: 2 })).toBe(true);
    expect(isLow(averageBelow, { responseSpeed: 1, attitude: 5, expertise: 5, effectiveness: 5, recurrence: 5 })).toBe(false);
  });

  it('agrees with the definitions on every possible survey', () => {
    const score = fc.integer({ min: 1, max: 5 });
    const surveys = fc.record({ responseSpeed: score, attitude: score, expertise: score, effectiveness: score, recurrence: score });
    fc.assert(
      fc.property(surveys, fc.constantFrom(2, 2.5, 3, 4, 5), (answers, threshold) => {
        const { min, avg } = surveyStats(answers);
        expect(isLow({ lowScoreRule: 'anyBelow', threshold }, answers)).toBe(min < threshold);
        expect(isLow({ lowScoreRule: 'averageBelow', threshold }, answers)).toBe(avg < threshold);
      }),
    );
  });
});

describe('surveyStats', () => {
  it('gives the lowest item and the mean, ignoring the comment', () => {
    expect(surveyStats({ responseSpeed: 5, attitude: 4, expertise: 3, effectiveness: 2, recurrence: 5, comment: '1' })).toEqual({ min: 2, avg: 3.8 });
    expect(surveyStats(all(4))).toEqual({ min: 4, avg: 4 });
  });
});

describe('lowItems', () => {
  it('marks the items below the configured threshold: raising it to 4 makes a 3 low', () => {
    const answers: SurveyAnswers = { responseSpeed: 3, attitude: 2, expertise: 4, effectiveness: 5, recurrence: 3 };
    expect(lowItems({ threshold: 3 }, answers)).toEqual(['attitude']);
    expect(lowItems({ threshold: 4 }, answers)).toEqual(['responseSpeed', 'attitude', 'recurrence']);
    expect(lowItems({ threshold: 1 }, answers)).toEqual([]);
  });

  it('agrees with isLow under anyBelow: the survey is low exactly when some item is', () => {
    fc.assert(
      fc.property(fc.tuple(...SURVEY_ITEM_IDS.map(() => fc.integer({ min: 1, max: 5 }))), fc.integer({ min: 1, max: 5 }), (scores, threshold) => {
        const answers = Object.fromEntries(SURVEY_ITEM_IDS.map((id, i) => [id, scores[i]])) as unknown as SurveyAnswers;
        expect(isLow({ lowScoreRule: 'anyBelow', threshold }, answers)).toBe(lowItems({ threshold }, answers).length > 0);
      }),
    );
  });
});
