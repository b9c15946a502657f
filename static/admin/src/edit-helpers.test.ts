import { errorsUnder, formatWindows, moveItem, parseWindows, removeAt, replaceAt, sameConfig, splitList, toErrorMap, untouchedBlanks } from './edit-helpers';

describe('moveItem', () => {
  it('moves an item up and down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('clamps at the ends and ignores an index out of range', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 7, 0)).toEqual(['a', 'b']);
  });

  it('does not change the input', () => {
    const list = ['a', 'b'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('list editing', () => {
  it('replaces and removes by index', () => {
    expect(replaceAt([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
    expect(removeAt([1, 2, 3], 0)).toEqual([2, 3]);
  });

  it('splits pasted lists on commas, new lines and Chinese separators', () => {
    expect(splitList('a, b\nc；d，e、f, ,')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('windows', () => {
  it('reads and writes working windows', () => {
    expect(parseWindows('09:00-12:00, 13:00 – 18:00')).toEqual([
      ['09:00', '12:00'],
      ['13:00', '18:00'],
    ]);
    expect(formatWindows([['09:00', '18:00']])).toBe('09:00-18:00');
  });

  it('keeps a malformed window for the schema to reject', () => {
    expect(parseWindows('9am')).toEqual([['9am', '']]);
  });
});

describe('errors', () => {
  const map = toErrorMap([
    { path: 'numbering.prefix', message: 'bad prefix' },
    { path: 'numbering.prefix', message: 'second opinion' },
    { path: 'calendars.workday.weekly.mon[0]', message: 'bad window' },
    { path: 'calendars.workdays', message: 'other calendar' },
  ]);

  it('keeps the first message per path', () => {
    expect(map.get('numbering.prefix')).toBe('bad prefix');
  });

  it('finds errors below a prefix without matching a longer sibling name', () => {
    expect(errorsUnder(map, 'calendars.workday')).toEqual([['calendars.workday.weekly.mon[0]', 'bad window']]);
  });
});

describe('sameConfig', () => {
  it('compares by value', () => {
    expect(sameConfig({ a: [1] }, { a: [1] })).toBe(true);
    expect(sameConfig({ a: [1] }, { a: [2] })).toBe(false);
  });
});

describe('untouchedBlanks', () => {
  const before = { priorityRules: [{ id: 'a', name: { 'zh-CN': '甲', en: 'A' } }] };
  const added = { priorityRules: [...before.priorityRules, { id: 'rule-2', name: { 'zh-CN': '', en: '' } }] };

  it('holds back the blank names of a rule just added', () => {
    expect([...untouchedBlanks(new Set(), before, added)].sort()).toEqual(['priorityRules[1].name.en', 'priorityRules[1].name.zh-CN']);
  });

  it('lets a box go once it is typed in, even when it is emptied again', () => {
    const pristine = untouchedBlanks(new Set(), before, added);
    const typed = { priorityRules: [before.priorityRules[0], { id: 'rule-2', name: { 'zh-CN': '乙', en: '' } }] };
    const afterTyping = untouchedBlanks(pristine, added, typed);
    expect([...afterTyping]).toEqual(['priorityRules[1].name.en']);
    expect([...untouchedBlanks(afterTyping, typed, added)]).toEqual(['priorityRules[1].name.en']);
  });

  it('never holds back a box that was blank in the saved settings', () => {
    const saved = { numbering: { prefix: '' } };
    expect([...untouchedBlanks(new Set(), saved, { numbering: { prefix: '' }, other: 1 })]).toEqual([]);
  });
});
