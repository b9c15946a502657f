import { createTranslate, fromPairs, interpolate } from './i18n';
import { pickLocale, pickTimeZone, textFor } from './locale';

describe('interpolate', () => {
  it('fills named placeholders', () => {
    expect(interpolate('{n} of {m}', { n: 1, m: 'two' })).toBe('1 of two');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(interpolate('hello {who}', {})).toBe('hello {who}');
  });
});

describe('createTranslate', () => {
  it('picks the message of the locale', () => {
    const t = createTranslate({ en: { hi: 'Hello {name}' }, 'zh-CN': { hi: '你好 {name}' } }, 'zh-CN');
    expect(t('hi', { name: '张三' })).toBe('你好 张三');
  });
});

describe('pickLocale', () => {
  it.each([
    ['zh_CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en_US', 'en'],
    ['fr_FR', 'en'],
    [undefined, 'en'],
  ] as const)('%s reads as %s', (raw, expected) => {
    expect(pickLocale(raw)).toBe(expected);
  });
});

describe('pickTimeZone', () => {
  it('keeps a valid IANA zone', () => {
    expect(pickTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
  });

  it('falls back to the runtime zone for an invalid one', () => {
    expect(pickTimeZone('Mars/Olympus')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('textFor', () => {
  it('reads both key styles', () => {
    expect(textFor({ en: 'Urgent', 'zh-CN': '紧急' }, 'zh-CN')).toBe('紧急');
    expect(textFor({ en: 'Urgent', zh: '紧急' }, 'zh-CN')).toBe('紧急');
    expect(textFor({ en: 'Urgent', zh: '紧急' }, 'en')).toBe('Urgent');
  });
});

describe('fromPairs', () => {
  it('splits side-by-side pairs into the two languages', () => {
    expect(fromPairs({ save: ['Save', '保存'] })).toEqual({ en: { save: 'Save' }, 'zh-CN': { save: '保存' } });
  });
});
