import { validateSurvey } from './survey-answers';

const answers = { responseSpeed: 5, attitude: 4, expertise: 4, effectiveness: 3, recurrence: 5 };

describe('validateSurvey', () => {
  it('accepts five whole scores from 1 to 5, with or without a comment', () => {
    expect(validateSurvey(answers)).toEqual({ ok: true, value: answers });
    const withComment = { ...answers, comment: '工程师很耐心' };
    expect(validateSurvey(withComment)).toEqual({ ok: true, value: withComment });
  });

  it.each<[string, unknown, string]>([
    ['a score of 0', { ...answers, attitude: 0 }, 'attitude'],
    ['a score of 6', { ...answers, expertise: 6 }, 'expertise'],
    ['a fractional score', { ...answers, effectiveness: 3.5 }, 'effectiveness'],
    ['a score as text', { ...answers, responseSpeed: '5' }, 'responseSpeed'],
    ['a missing item', { responseSpeed: 5, attitude: 4, expertise: 4, effectiveness: 3 }, 'recurrence'],
    ['an over-long comment', { ...answers, comment: 'x'.repeat(2001) }, 'comment'],
    ['an unknown item', { ...answers, speed: 5 }, 'speed'],
  ])('refuses %s and names the item', (_what, input, item) => {
    const result = validateSurvey(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-survey');
    expect(result.error.path).toBe(item);
    expect(result.error.message).toContain(item);
  });

  it('accepts a comment of exactly 2000 characters', () => {
    expect(validateSurvey({ ...answers, comment: '好'.repeat(2000) }).ok).toBe(true);
  });

  it('refuses something that is not a survey', () => {
    expect(validateSurvey(null).ok).toBe(false);
    expect(validateSurvey([5, 5, 5, 5, 5]).ok).toBe(false);
  });
});
