import { ChangedEventSchema } from './event-schemas';
import { toRequestChange } from './to-request-change';

describe('toRequestChange', () => {
  it('reads status and priority changes with the time of the change, not of the delivery', () => {
    const event = ChangedEventSchema.parse({
      eventType: 'avi:jira:updated:issue',
      issue: { id: '10001', key: 'ITS-1', fields: { updated: '2026-11-30T10:30:00.000+0800' } },
      changelog: { id: '42', items: [{ field: 'status', toString: 'In Progress' }, { field: 'priority', toString: 'Highest' }] },
    });
    expect(toRequestChange(event, 0)).toEqual({
      issueId: '10001',
      issueKey: 'ITS-1',
      at: Date.parse('2026-11-30T02:30:00.000Z'),
      changelogId: '42',
      statusTo: 'In Progress',
      jiraPriorityTo: 'Highest',
      comment: null,
    });
  });

  it('reads a comment with its author, time and visibility', () => {
    const event = ChangedEventSchema.parse({
      eventType: 'avi:jira:commented:issue',
      issue: { id: 10001, key: 'ITS-1' },
      comment: { id: 7, author: { accountId: 'lisi' }, created: '2026-11-30T10:45:00.000+0800', jsdPublic: false },
    });
    expect(toRequestChange(event, 99).comment).toEqual({ id: '7', authorAccountId: 'lisi', createdAt: Date.parse('2026-11-30T02:45:00.000Z'), isPublic: false });
    expect(toRequestChange(event, 99).at).toBe(99);
  });

  it('rejects an event whose times cannot be read', () => {
    expect(ChangedEventSchema.safeParse({ eventType: 'x', issue: { id: '1', key: 'A-1' }, comment: { id: '1', created: 'yesterday' } }).success).toBe(false);
  });
});
