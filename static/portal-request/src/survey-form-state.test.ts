import { completeScores, validateSurvey } from './survey-form-state';

const all = { responseSpeed: 4, attitude: 2, expertise: 5, effectiveness: 3, recurrence: 1 };

describe('validateSurvey', () => {
  it('accepts five scores and a short comment', () => {
    expect(validateSurvey(all, 'ok')).toEqual({ items: [] });
  });

  it('names every unrated item, in the survey order', () => {
    expect(validateSurvey({ attitude: 3 }, '')).toEqual({ items: ['responseSpeed', 'expertise', 'effectiveness', 'recurrence'] });
  });

  it('refuses scores outside 1–5', () => {
    expect(validateSurvey({ ...all, expertise: 6, recurrence: 0 }, '').items).toEqual(['expertise', 'recurrence']);
  });

  it('refuses an over-long comment', () => {
    expect(validateSurvey(all, 'x'.repeat(2001)).comment).toBe('commentTooLong');
  });
});

describe('completeScores', () => {
  it('returns the five scores when all are rated', () => {
    expect(completeScores(all)).toEqual(all);
  });

  it('returns null while one is missing', () => {
    const { attitude: _attitude, ...fourOfFive } = all;
    expect(completeScores(fourOfFive)).toBeNull();
  });
});
