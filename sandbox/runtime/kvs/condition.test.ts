import { matchesCondition, matchesGroup } from './condition';

describe('KVS conditions', () => {
  it.each([
    ['BEGINS_WITH', 'svc:1', ['svc:'], true],
    ['BEGINS_WITH', 5, ['5'], false],
    ['BETWEEN', 5, [1, 5], true],
    ['BETWEEN', 6, [1, 5], false],
    ['BETWEEN', '5', [1, 5], false],
    ['EQUAL_TO', true, [true], true],
    ['NOT_EQUAL_TO', 'a', ['b'], true],
    ['NOT_EQUAL_TO', undefined, ['b'], true],
    ['EXISTS', 0, [true], true],
    ['EXISTS', undefined, [true], false],
    ['NOT_EXISTS', null, [true], true],
    ['GREATER_THAN', 3, [2], true],
    ['GREATER_THAN', '3', [2], false],
    ['GREATER_THAN_EQUAL_TO', 'b', ['b'], true],
    ['LESS_THAN', 1, [2], true],
    ['LESS_THAN', undefined, [2], false],
    ['LESS_THAN_EQUAL_TO', 2, [2], true],
    ['CONTAINS', 'hello', ['ell'], true],
    ['CONTAINS', ['a', 'b'], ['b'], true],
    ['NOT_CONTAINS', ['a', 'b'], ['c'], true],
  ] as const)('%s(%p, %p) is %p', (condition, actual, values, expected) => {
    expect(matchesCondition(actual, condition, values)).toBe(expected);
  });

  it('combines a group with and / or, treating a missing entity as having no attributes', () => {
    const and = { and: [{ property: 'a', condition: 'EQUAL_TO' as const, values: [1] }, { property: 'b', condition: 'EXISTS' as const, values: [true] }] };
    expect(matchesGroup({ a: 1, b: 'x' }, and)).toBe(true);
    expect(matchesGroup({ a: 1 }, and)).toBe(false);
    const or = { or: [{ property: 'a', condition: 'EQUAL_TO' as const, values: [1] }, { property: 'b', condition: 'NOT_EXISTS' as const, values: [true] }] };
    expect(matchesGroup({}, or)).toBe(true);
    expect(matchesGroup({ a: 2, b: 1 }, or)).toBe(false);
  });
});
