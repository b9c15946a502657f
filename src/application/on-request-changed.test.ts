import { defaultConfig } from '../domain/config';
import { SlaPropertySchema } from '../shared/issue-properties';
import { fakeDeps, issue } from '../../test/backend/fakes/in-memory-deps';
import { onRequestChanged, type RequestChange } from './on-request-changed';
import { onRequestCreated } from './on-request-created';

const MONDAY_10 = Date.UTC(2026, 10, 30, 2, 0);
const change = (overrides: Partial<RequestChange>): RequestChange => ({
  issueId: '10001',
  issueKey: 'ITS-1',
  at: MONDAY_10 + 30 * 60_000,
  changelogId: null,
  statusTo: null,
  jiraPriorityTo: null,
  comment: null,
  ...overrides,
});

const setUp = async () => {
  const fakes = fakeDeps(MONDAY_10);
  await fakes.config.save(defaultConfig(), 0, null, MONDAY_10);
  fakes.jira.addIssue(issue());
  fakes.jira.agents.add('lisi');
  await fakes.jira.setProperty('ITS-1', 'app-uuid', { fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }] });
  return fakes;
};
const sla = (fakes: Awaited<ReturnType<typeof setUp>>) => SlaPropertySchema.parse(fakes.jira.properties.get('ITS-1/sla'));

describe('onRequestChanged', () => {
  it('counts only a public reply by an agent as the response', async () => {
    const fakes = await setUp();
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    fakes.clock.advanceMinutes(40);
    const reply = (id: string, author: string, isPublic: boolean) =>
      onRequestChanged(fakes.deps, change({ comment: { id, authorAccountId: author, createdAt: MONDAY_10 + Number(id) * 60_000, isPublic } }));
    await reply('10', 'zhangsan', true);
    await reply('15', 'lisi', false);
    expect(sla(fakes).response?.state).toBe('running');
    await reply('20', 'lisi', true);
    expect(sla(fakes).response).toMatchObject({ state: 'met', usedMinutes: 20 });
  });

  it('applies status changes by the time Jira gives them, whatever the order they arrive in', async () => {
    const fakes = await setUp();
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    fakes.clock.advanceMinutes(60);
    const waiting = change({ changelogId: '7', statusTo: 'Waiting for customer', at: MONDAY_10 + 10 * 60_000 });
    const resumed = change({ changelogId: '8', statusTo: 'In Progress', at: MONDAY_10 + 40 * 60_000 });
    await onRequestChanged(fakes.deps, resumed);
    await onRequestChanged(fakes.deps, waiting);
    await onRequestChanged(fakes.deps, resumed);
    // Resolution ran 10 min, paused 30, ran again from 40 to 60: 30 minutes used.
    expect(sla(fakes).resolution).toMatchObject({ state: 'running', usedMinutes: 30 });
  });

  it('keeps events that arrive before the request is numbered, for creation to pick up', async () => {
    const fakes = await setUp();
    await onRequestChanged(fakes.deps, change({ changelogId: '3', statusTo: 'In Progress', at: MONDAY_10 + 5 * 60_000 }));
    expect(fakes.jira.properties.has('ITS-1/sla')).toBe(false);
    fakes.clock.advanceMinutes(10);
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(sla(fakes).response).toMatchObject({ state: 'met', usedMinutes: 5 });
  });
});
