import { defaultConfig } from '../domain/config';
import { ServiceRecordSchema, SlaPropertySchema } from '../shared/issue-properties';
import { FakeJira, fakeDeps, issue, type Fakes } from '../../test/backend/fakes/in-memory-deps';
import { onRequestCreated } from './on-request-created';
import { RetryLaterError, type IssueEdit } from './ports';

const MONDAY_10 = Date.UTC(2026, 10, 30, 2, 0);

const setUp = async (fields: { key: string; value: string }[] | null): Promise<Fakes> => {
  const fakes = fakeDeps(MONDAY_10);
  const config = defaultConfig();
  await fakes.config.save(
    {
      ...config,
      routing: {
        ...config.routing,
        dutySupervisor: 'zhouba',
        groups: { ...config.routing.groups, software: { ...config.routing.groups.software!, members: ['lisi', 'wangmazi'] } },
      },
    },
    0,
    null,
    MONDAY_10,
  );
  fakes.jira.addIssue(issue());
  fakes.jira.users.set('zhangsan', { accountId: 'zhangsan', displayName: '张三', locale: 'en_US', timeZone: 'Europe/Berlin' });
  if (fields !== null) await fakes.jira.setProperty('ITS-1', 'app-uuid', { fields });
  return fakes;
};

const record = (fakes: Fakes) => ServiceRecordSchema.parse(fakes.jira.properties.get('ITS-1/service-record'));

describe('onRequestCreated', () => {
  it('numbers, prioritises, routes and acknowledges in the requester’s language and zone', async () => {
    const fakes = await setUp([
      { key: 'category', value: 'software' },
      { key: 'urgency', value: 'high' },
      { key: 'department', value: '销售部' },
    ]);
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(record(fakes)).toMatchObject({ serviceNumber: 'TS-20261130-001', priority: 'high', channel: 'portal', department: '销售部', assumed: ['impact'] });
    expect(fakes.jira.issues.get('ITS-1')?.assigneeAccountId).toBe('lisi');
    expect(fakes.jira.priorities.get('ITS-1')).toBe('High');
    expect(SlaPropertySchema.parse(fakes.jira.properties.get('ITS-1/sla')).response?.due).toBe('2026-11-30T04:00:00.000Z');
    const ack = fakes.jira.comments.get('ITS-1')?.find((c) => c.visibility === 'public');
    expect(ack?.text).toBe(
      'We have received your request. Service number: TS-20261130-001, priority: High. We will respond by 2026-11-30 05:00 and resolve by 2026-11-30 07:00 (time zone: Europe/Berlin).',
    );
  });

  it('explains a new request\'s priority by the proposed urgency, not a verified one, before anyone verifies it', async () => {
    const fakes = await setUp([
      { key: 'category', value: 'software' },
      { key: 'urgency', value: 'high' },
    ]);
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    const reason = record(fakes).priorityReason;
    expect(reason.en).toContain('urgency proposed by the requester (High), not yet verified');
    expect(`${reason.en} ${reason['zh-CN']}`).not.toMatch(/verified urgency|核实后的紧急程度/);
  });

  it('changes nothing when the event arrives again', async () => {
    const fakes = await setUp([{ key: 'category', value: 'software' }]);
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    const first = JSON.stringify([...fakes.jira.properties.entries()]);
    const comments = fakes.jira.comments.get('ITS-1')?.length;
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(JSON.stringify([...fakes.jira.properties.entries()])).toBe(first);
    expect(fakes.jira.comments.get('ITS-1')?.length).toBe(comments);
  });

  it('leaves a step that a live duplicate is doing to it, and asks to be retried without finishing the lifecycle', async () => {
    const fakes = await setUp(null);
    fakes.attempts.set('ack:10001', new Map([[1, MONDAY_10 + 30_000]]));
    await expect(onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' })).rejects.toBeInstanceOf(RetryLaterError);
    expect(record(fakes).serviceNumber).toBe('TS-20261130-001');
    expect(fakes.jira.comments.get('ITS-1')?.filter((c) => c.visibility === 'public') ?? []).toHaveLength(0);
    expect(fakes.lifecycle.finished.has('10001')).toBe(false);
    expect(fakes.lifecycle.started.get('10001')).toMatchObject({ issueKey: 'ITS-1', scope: 'svc:20261130' });
  });

  it('acknowledges once when the run that claimed the acknowledgement died before posting it', async () => {
    const fakes = await setUp(null);
    fakes.attempts.set('ack:10001', new Map([[1, MONDAY_10 - 1]]));
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(fakes.jira.comments.get('ITS-1')?.filter((c) => c.visibility === 'public')).toHaveLength(1);
    expect(fakes.lifecycle.finished.get('10001')).toBe('complete');
    expect(fakes.lifecycle.started.size).toBe(0);
  });

  it('does not post the acknowledgement again when the run that died had already posted it', async () => {
    const fakes = await setUp(null);
    fakes.attempts.set('ack:10001', new Map([[1, MONDAY_10 - 1]]));
    await fakes.jira.addComment('ITS-1', '您的服务请求已受理，服务单号：TS-20261130-001，优先级：中。', 'public');
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(fakes.jira.comments.get('ITS-1')?.filter((c) => c.visibility === 'public')).toHaveLength(1);
    expect(fakes.lifecycle.finished.get('10001')).toBe('complete');
  });

  it('audits the number of a request deleted after its number was claimed, once, and finishes its lifecycle', async () => {
    const fakes = await setUp(null);
    await fakes.deps.lifecycle.start('10001', { issueKey: 'ITS-1', scope: 'svc:20261130', at: MONDAY_10 });
    await fakes.deps.sequences.claim('svc:20261130', '10001');
    fakes.jira.issues.delete('ITS-1');
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(fakes.audit).toEqual([expect.objectContaining({ kind: 'number-unused', issueKey: 'ITS-1', detail: expect.stringContaining('TS-20261130-001') as unknown })]);
    expect(fakes.lifecycle.finished.get('10001')).toBe('vanished');
  });

  it('falls back to the configured defaults and says so in an internal comment', async () => {
    const fakes = await setUp(null);
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(record(fakes)).toMatchObject({ category: 'consultation', urgency: 'medium', impact: 'individual', channel: 'email' });
    expect(record(fakes).assumed).toEqual(['category', 'urgency', 'impact', 'channel']);
    const internal = fakes.jira.comments.get('ITS-1')?.filter((c) => c.visibility === 'internal') ?? [];
    expect(internal).toHaveLength(1);
    expect(internal[0]?.text).toContain('category consultation, urgency medium, impact individual');
  });

  it('alerts the duty supervisor once for an urgent request', async () => {
    const fakes = await setUp([
      { key: 'category', value: 'data-security' },
      { key: 'urgency', value: 'low' },
      { key: 'impact', value: 'company' },
    ]);
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(record(fakes)).toMatchObject({ priority: 'urgent', priorityRule: { id: 'data-security-department' } });
    expect(fakes.jira.notifications).toEqual([{ issue: 'ITS-1', to: ['zhouba'], subject: '[TS-20261130-001] Urgent request raised / 紧急请求' }]);
  });

  it('ignores an invalid field alone and keeps the valid ones', async () => {
    const fakes = await setUp([
      { key: 'category', value: 'software' },
      { key: 'urgency', value: 'critical' },
      { key: 'subcategory', value: 'vpn' },
    ]);
    await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(record(fakes)).toMatchObject({ category: 'software', urgency: 'medium', subcategory: null });
    expect(record(fakes).assumed).toEqual(expect.arrayContaining(['urgency', 'subcategory']));
  });

  it('still numbers and acknowledges when Jira refuses the assignment for good', async () => {
    const fakes = await setUp([{ key: 'category', value: 'software' }]);
    class RefusingJira extends FakeJira {
      override assign(): Promise<void> {
        return Promise.reject(new Error('Jira answered 400 to PUT assignee'));
      }
      // Jira refuses the whole combined edit when its assignee cannot be assigned: nothing in it is applied.
      override editIssue(issue: string, edit: IssueEdit): Promise<void> {
        if (edit.assigneeAccountId !== undefined) return Promise.reject(new Error('Jira answered 400 to PUT issue'));
        return super.editIssue(issue, edit);
      }
    }
    const jira = new RefusingJira();
    for (const [k, v] of fakes.jira.issues) jira.issues.set(k, v);
    for (const [k, v] of fakes.jira.properties) jira.properties.set(k, v);
    const deps = { ...fakes.deps, jira };
    await onRequestCreated(deps, { issueId: '10001', issueKey: 'ITS-1' });
    expect(ServiceRecordSchema.parse(jira.properties.get('ITS-1/service-record')).serviceNumber).toBe('TS-20261130-001');
    expect(jira.issues.get('ITS-1')?.assigneeAccountId).toBeNull();
    // The rest of the refused edit is made on its own: Jira's priority and the clocks' mirror.
    expect(jira.priorities.get('ITS-1')).toBeDefined();
    expect(SlaPropertySchema.safeParse(jira.properties.get('ITS-1/sla')).success).toBe(true);
    expect(jira.comments.get('ITS-1')?.some((c) => c.visibility === 'public')).toBe(true);
  });

  it('writes priority, assignee, the service-record and sla mirrors and the acknowledgement in one Jira edit, after app storage', async () => {
    const fakes = await setUp([{ key: 'category', value: 'software' }]);
    const writes: string[] = [];
    class CountingJira extends FakeJira {
      override editIssue(issue: string, edit: IssueEdit): Promise<void> {
        writes.push(`edit ${Object.keys(edit).sort().join(',')} ${Object.keys(edit.properties ?? {}).sort().join(',')}`);
        return super.editIssue(issue, edit);
      }
      override setProperty(issue: string, key: string, value: unknown): Promise<void> {
        writes.push(`property ${key}`);
        return super.setProperty(issue, key, value);
      }
      override assign(issue: string, accountId: string): Promise<void> {
        writes.push('assign');
        return super.assign(issue, accountId);
      }
      override setJiraPriority(issue: string, name: string): Promise<void> {
        writes.push('priority');
        return super.setJiraPriority(issue, name);
      }
    }
    const jira = new CountingJira();
    for (const [k, v] of fakes.jira.issues) jira.issues.set(k, v);
    for (const [k, v] of fakes.jira.properties) jira.properties.set(k, v);
    const deps = { ...fakes.deps, jira };
    await onRequestCreated(deps, { issueId: '10001', issueKey: 'ITS-1' });
    // …and the public acknowledgement in the same edit (issue 15), no comment of its own.
    expect(writes).toEqual(['edit assigneeAccountId,priorityName,properties,publicComment service-record,sla']);
    expect(jira.comments.get('ITS-1')?.filter((c) => c.visibility === 'public')).toHaveLength(1);
    // The mirrors equal what app storage holds.
    expect(jira.properties.get('ITS-1/service-record')).toEqual(await deps.truth.get('10001', 'service-record'));
    expect(jira.properties.get('ITS-1/sla')).toEqual(await deps.truth.get('10001', 'sla'));
    expect(jira.issues.get('ITS-1')?.assigneeAccountId).not.toBeNull();
    expect(jira.priorities.get('ITS-1')).toBeDefined();
  });

  it('leaves issues of other kinds of project alone', async () => {
    const fakes = await setUp([{ key: 'category', value: 'software' }]);
    fakes.jira.addIssue(issue({ projectType: 'software' }));
    expect(await onRequestCreated(fakes.deps, { issueId: '10001', issueKey: 'ITS-1' })).toBeNull();
    expect(fakes.jira.properties.has('ITS-1/service-record')).toBe(false);
    expect(fakes.jira.comments.size).toBe(0);
  });
});
