import { JqlError } from './ast';
import { parseJql } from './parser';

describe('parseJql', () => {
  it('binds AND tighter than OR and honours parentheses and NOT', () => {
    const q = parseJql('project = ITS AND status = Open OR NOT (priority IN (High, Highest) AND assignee IS EMPTY)');
    expect(q.where?.kind).toBe('or');
    if (q.where?.kind !== 'or') throw new Error('unreachable');
    expect(q.where.left.kind).toBe('and');
    expect(q.where.right.kind).toBe('not');
  });

  it('reads every supported operator', () => {
    const ops = ['=', '!=', '<', '<=', '>', '>=', '~'].map((op) => parseJql(`created ${op} -1d`).where);
    expect(ops.map((w) => (w?.kind === 'clause' ? w.operator : undefined))).toEqual(['=', '!=', '<', '<=', '>', '>=', '~']);
    const w = (jql: string): unknown => {
      const e = parseJql(jql).where;
      return e?.kind === 'clause' ? [e.operator, e.operand.kind] : undefined;
    };
    expect(w('status NOT IN (Open, Closed)')).toEqual(['not in', 'list']);
    expect(w('assignee IS NOT EMPTY')).toEqual(['is not', 'empty']);
    expect(w('assignee is null')).toEqual(['is', 'empty']);
  });

  it('parses issue.property[...] paths, quoted values, functions and ORDER BY', () => {
    const q = parseJql("issue.property[ts.meta].serviceNumber = 'TS-20261129-001' AND assignee = currentUser() ORDER BY priority DESC, created");
    expect(q.where?.kind).toBe('and');
    if (q.where?.kind !== 'and' || q.where.left.kind !== 'clause' || q.where.right.kind !== 'clause') throw new Error('unreachable');
    expect(q.where.left.field).toEqual({ kind: 'property', propertyKey: 'ts.meta', path: 'serviceNumber' });
    expect(q.where.left.operand).toEqual({ kind: 'value', text: 'TS-20261129-001' });
    expect(q.where.right.operand).toEqual({ kind: 'function', name: 'currentUser', args: [] });
    expect(q.orderBy).toEqual([
      { field: { kind: 'field', name: 'priority' }, direction: 'DESC' },
      { field: { kind: 'field', name: 'created' }, direction: 'ASC' },
    ]);
  });

  it('accepts an ORDER BY without a condition and an empty query', () => {
    expect(parseJql('ORDER BY key').where).toBeUndefined();
    expect(parseJql('')).toEqual({ where: undefined, orderBy: [] });
  });

  it('keeps escaped quotes inside strings', () => {
    const w = parseJql('summary ~ "say \\"hi\\""').where;
    expect(w?.kind === 'clause' ? w.operand : undefined).toEqual({ kind: 'value', text: 'say "hi"' });
  });

  it.each([
    ['status WAS Open', /WAS/],
    ['status CHANGED', /CHANGED/],
    ['summary !~ foo', /!~/],
    ['status = "Open', /not terminated/],
    ['(status = Open', /expecting '\)'/],
    ['status IN Open', /list of values/],
    ['assignee IS currentUser()', /EMPTY or NULL/],
    ['status = Open status = Closed', /expecting AND, OR or ORDER BY/],
    ['AND status = Open', /reserved word/],
    ['status', /query ended/],
  ])('rejects %s naming the problem', (jql, message) => {
    expect(() => parseJql(jql)).toThrow(JqlError);
    expect(() => parseJql(jql)).toThrow(message);
  });
});
