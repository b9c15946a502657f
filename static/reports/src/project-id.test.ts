import { projectIdOf } from './project-id';

describe('projectIdOf', () => {
  it('reads the numeric project id of a queue page', () => {
    expect(projectIdOf({ extension: { type: 'jiraServiceManagement:queuePage', project: { id: '10000', key: 'IT' } } })).toBe('10000');
  });

  it('answers null without a project or with an id the resolver would refuse', () => {
    expect(projectIdOf({ extension: {} })).toBeNull();
    expect(projectIdOf({ extension: { project: { id: 'IT' } } })).toBeNull();
    expect(projectIdOf(null)).toBeNull();
  });
});
