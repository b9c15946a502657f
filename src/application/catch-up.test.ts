import { defaultConfig } from '../domain/config';
import { fakeDeps, issue } from '../../test/backend/fakes/in-memory-deps';
import { catchUpWithJira } from './catch-up';
import { onRequestChanged } from './on-request-changed';
import { onRequestCreated } from './on-request-created';

const MONDAY_10 = Date.UTC(2026, 10, 30, 2, 0);
const at = (minutes: number): number => MONDAY_10 + minutes * 60_000;

const setUp = async () => {
  const fakes = fakeDeps(MONDAY_10);
  await fakes.config.save(defaultConfig(), 0, null, MONDAY_10);
  fakes.jira.addIssue(issue());
  fakes.jira.agents.add('lisi');
  await fakes.jira.setProperty('ITS-1', 'app-uuid', { fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }] });
  await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
  return fakes;
};

describe('catchUpWithJira', () => {
  it('records the changes and agent replies Jira holds under the ids their triggers would use, skipping the app’s own and the requester’s', async () => {
    const fakes = await setUp();
    fakes.jira.history.set('ITS-1', [
      { id: '500', authorAccountId: fakes.jira.appAccountId, createdAt: at(1), statusTo: null, priorityTo: 'High' },
      { id: '501', authorAccountId: 'lisi', createdAt: at(20), statusTo: 'In Progress', priorityTo: null },
      { id: '502', authorAccountId: 'lisi', createdAt: at(40), statusTo: 'Resolved', priorityTo: null },
      { id: '503', authorAccountId: fakes.jira.appAccountId, createdAt: at(41), statusTo: 'Open', priorityTo: null },
    ]);
    fakes.jira.commentFacts.set('ITS-1', [
      { id: '7', authorAccountId: fakes.jira.appAccountId, createdAt: at(0), isPublic: true },
      { id: '8', authorAccountId: 'zhangsan', createdAt: at(5), isPublic: true },
      { id: '9', authorAccountId: 'lisi', createdAt: at(10), isPublic: false },
      { id: '10', authorAccountId: 'lisi', createdAt: at(15), isPublic: true },
    ]);
    expect(await catchUpWithJira(fakes.deps, issue())).toBe(3);
    const ids = (await fakes.deps.events.list('10001')).map((e) => e.id).sort();
    expect(ids).toEqual(['cl-501-status', 'cl-502-status', 'cm-10', 'created']);
  });

  it('adds nothing the triggers already delivered, and reads only what is new the next time', async () => {
    const fakes = await setUp();
    await onRequestChanged(fakes.deps, { issueId: '10001', issueKey: 'ITS-1', at: at(20), changelogId: '501', statusTo: 'In Progress', jiraPriorityTo: null, comment: null });
    fakes.jira.history.set('ITS-1', [{ id: '501', authorAccountId: 'lisi', createdAt: at(20), statusTo: 'In Progress', priorityTo: null }]);
    const before = await fakes.deps.events.list('10001');
    await catchUpWithJira(fakes.deps, issue());
    expect(await fakes.deps.events.list('10001')).toEqual(before);

    fakes.jira.history.get('ITS-1')?.push({ id: '502', authorAccountId: 'lisi', createdAt: at(40), statusTo: 'Resolved', priorityTo: null });
    expect(await catchUpWithJira(fakes.deps, issue())).toBe(1);
    expect(await fakes.deps.store.get('catchup:10001')).toEqual({ changelog: 2, comments: 0 });
  });
});
