import { chooseAssignee } from './choose-assignee';

const members = ['a', 'b', 'c'];

describe('chooseAssignee', () => {
  it('round-robin: the turn walks the group in order and wraps around', () => {
    expect([1, 2, 3, 4, 5].map((turn) => chooseAssignee(members, turn, null))).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  it('least-loaded: picks the member with the fewest open requests whatever the turn', () => {
    const counts = new Map([['a', 4], ['b', 1], ['c', 2]]);
    expect([1, 2, 3].map((turn) => chooseAssignee(members, turn, counts))).toEqual(['b', 'b', 'b']);
  });

  it('least-loaded: a member missing from the counts has no open requests', () => {
    expect(chooseAssignee(members, 1, new Map([['a', 1], ['b', 1]]))).toBe('c');
  });

  it('least-loaded ties go by rotation from the round-robin position', () => {
    const counts = new Map([['a', 0], ['b', 3], ['c', 0]]);
    expect(chooseAssignee(members, 1, counts)).toBe('a');
    expect(chooseAssignee(members, 2, counts)).toBe('c');
    expect(chooseAssignee(members, 3, counts)).toBe('c');
    expect(chooseAssignee(members, 4, counts)).toBe('a');
  });

  it('with equal loads least-loaded is round-robin', () => {
    const counts = new Map([['a', 2], ['b', 2], ['c', 2]]);
    expect([1, 2, 3, 4].map((turn) => chooseAssignee(members, turn, counts))).toEqual([1, 2, 3, 4].map((turn) => chooseAssignee(members, turn, null)));
  });

  it('an empty group routes to nobody', () => {
    expect(chooseAssignee([], 1, null)).toBeNull();
    expect(chooseAssignee([], 1, new Map())).toBeNull();
  });
});
