import { JiraExpressionError, compileJiraExpression } from './jira-expression';

const event = { issue: { key: 'ITS-1', fields: { issuetype: { name: 'Bug' }, priority: { id: 2 }, assignee: null } }, changelog: { items: [] } };

describe('Jira expression subset for trigger filters', () => {
  it.each([
    ["event.issue.fields?.issuetype?.name == 'Bug'", true],
    ['event.issue.fields.issuetype.name != "Bug"', false],
    ['event.issue.fields.priority.id <= 2 && event.issue.key == "ITS-1"', true],
    ['event.issue.fields.priority.id > 2 || !(event.issue.key == "ITS-2")', true],
    ['event.issue.fields.assignee == null', true],
    ['event.issue.fields.assignee?.accountId == "x"', false],
    ['event.issue.missing?.deeper == null', true],
    ["event.issue.key >= 'ITS-0'", true],
    ['event.issue.fields.priority.id < "3"', false],
  ])('%s → %s', (source, expected) => {
    expect(compileJiraExpression(source).test({ event })).toBe(expected);
  });

  it('fails at evaluation on a member of null without ?., as Jira does', () => {
    expect(() => compileJiraExpression('event.issue.fields.assignee.accountId == "x"').test({ event })).toThrow(JiraExpressionError);
  });

  it.each(['event.issue.fields.labels.includes("x")', 'event.issue.key + 1', 'event.issue["key"]', 'event.issue.key =='])(
    'rejects %s when compiled, naming the unsupported part',
    (source) => {
      expect(() => compileJiraExpression(source)).toThrow(JiraExpressionError);
    },
  );

  it('rejects unknown root variables', () => {
    expect(() => compileJiraExpression('issue.key == "x"').test({ event })).toThrow("Unknown variable 'issue'");
  });
});
