import { defaultConfig } from '../domain/config';
import { ServiceRecordSchema } from '../shared/issue-properties';
import { FollowUpPropertySchema } from '../shared/rpc';
import { fakeDeps, issue, type Fakes } from '../../test/backend/fakes/in-memory-deps';
import { onRequestCreated } from './on-request-created';
import { reconcileRequests } from './reconcile-requests';

const MONDAY_10 = Date.UTC(2026, 10, 30, 2, 0);
const HOUR = 3_600_000;
const plenty = (): number => 60_000;

/** The app installed `installedHoursAgo` before Monday 10:00. */
const setUp = async (installedHoursAgo = 72): Promise<Fakes> => {
  const fakes = fakeDeps(MONDAY_10);
  await fakes.config.save(defaultConfig(), 0, null, MONDAY_10);
  await fakes.deps.lifecycle.watchSince(MONDAY_10 - installedHoursAgo * HOUR);
  return fakes;
};

const numberOf = (fakes: Fakes, key: string): string | undefined => ServiceRecordSchema.safeParse(fakes.jira.properties.get(`${key}/service-record`)).data?.serviceNumber;
const acks = (fakes: Fakes, key: string): number => fakes.jira.comments.get(key)?.filter((c) => c.visibility === 'public').length ?? 0;

describe('reconcileRequests', () => {
  it('finishes a request whose creation event never arrived and one a dead run left half done, each acknowledged once', async () => {
    const fakes = await setUp();
    fakes.jira.addIssue(issue({ id: '1', key: 'ITS-1', createdAt: MONDAY_10 - HOUR }));
    fakes.jira.addIssue(issue({ id: '2', key: 'ITS-2', createdAt: MONDAY_10 - 30 * HOUR }));
    // ITS-2 is older than the window, but its run started (and numbered it) and died before acknowledging.
    await fakes.deps.lifecycle.start('2', { issueKey: 'ITS-2', scope: 'svc:20261129', at: MONDAY_10 - 30 * HOUR });
    await fakes.deps.sequences.claim('svc:20261129', '2');
    fakes.attempts.set('ack:2', new Map([[1, MONDAY_10 - 30 * HOUR + 60_000]]));

    expect(await reconcileRequests(fakes.deps, plenty)).toEqual({ attempted: 2, failed: 0, mirrorsRewritten: 0 });
    expect(numberOf(fakes, 'ITS-1')).toBe('TS-20261130-001');
    expect(numberOf(fakes, 'ITS-2')).toBe('TS-20261129-001');
    expect([acks(fakes, 'ITS-1'), acks(fakes, 'ITS-2')]).toEqual([1, 1]);
    expect(await reconcileRequests(fakes.deps, plenty)).toEqual({ attempted: 0, failed: 0, mirrorsRewritten: 0 });
    expect([acks(fakes, 'ITS-1'), acks(fakes, 'ITS-2')]).toEqual([1, 1]);
  });

  it('costs the same with 10 or 1,000 finished open requests older than its window', async () => {
    const cost = async (open: number): Promise<number> => {
      const fakes = await setUp();
      for (let i = 0; i < open; i += 1) {
        fakes.jira.addIssue(issue({ id: `old-${i}`, key: `ITS-${i + 100}`, createdAt: MONDAY_10 - 48 * HOUR }));
        await fakes.deps.lifecycle.finish(`old-${i}`, 'complete', MONDAY_10);
      }
      for (let i = 0; i < 5; i += 1) fakes.jira.addIssue(issue({ id: `new-${i}`, key: `ITS-${i + 1}`, createdAt: MONDAY_10 - HOUR }));
      await onRequestCreated(fakes.deps, { issueId: 'new-0', issueKey: 'ITS-1' });
      fakes.jira.calls = 0;
      await reconcileRequests(fakes.deps, plenty);
      return fakes.jira.calls;
    };
    const small = await cost(10);
    expect(small).toBeGreaterThan(0);
    expect(await cost(1_000)).toBe(small);
  });

  it('leaves the app’s own follow-up tasks alone', async () => {
    const fakes = await setUp();
    fakes.jira.addIssue(issue({ id: '1', key: 'ITS-1', createdAt: MONDAY_10 - HOUR }));
    const followUp = {
      originalKey: 'ITS-0',
      originalId: '0',
      cycle: 1,
      due: '2026-12-01T02:00:00.000Z',
      status: 'open',
      owner: null,
      scores: { responseSpeed: 1, attitude: 2, expertise: 2, effectiveness: 2, recurrence: 2 },
      comment: null,
    };
    // The app's follow-up task: its follow-up is in app storage, mirrored as the issue property.
    await fakes.deps.truth.set('1', 'ITS-1', 'follow-up', followUp);
    await fakes.jira.setProperty('ITS-1', 'follow-up', followUp);
    expect(FollowUpPropertySchema.safeParse(fakes.jira.properties.get('ITS-1/follow-up')).success).toBe(true);
    await reconcileRequests(fakes.deps, plenty);
    expect(numberOf(fakes, 'ITS-1')).toBeUndefined();
    expect(acks(fakes, 'ITS-1')).toBe(0);
    expect(fakes.lifecycle.finished.get('1')).toBe('not-a-request');
  });

  it('leaves requests raised before the app was installed alone', async () => {
    const fakes = await setUp(2);
    fakes.jira.addIssue(issue({ id: '1', key: 'ITS-1', createdAt: MONDAY_10 - 3 * HOUR }));
    fakes.jira.addIssue(issue({ id: '2', key: 'ITS-2', createdAt: MONDAY_10 - HOUR }));
    expect(await reconcileRequests(fakes.deps, plenty)).toEqual({ attempted: 1, failed: 0, mirrorsRewritten: 0 });
    expect([numberOf(fakes, 'ITS-1'), numberOf(fakes, 'ITS-2')]).toEqual([undefined, 'TS-20261130-001']);
  });

  it('leaves the rest to the next run when its time runs short', async () => {
    const fakes = await setUp();
    fakes.jira.addIssue(issue({ id: '1', key: 'ITS-1', createdAt: MONDAY_10 - HOUR }));
    expect(await reconcileRequests(fakes.deps, () => 5_000)).toEqual({ attempted: 0, failed: 0, mirrorsRewritten: 0 });
    expect(numberOf(fakes, 'ITS-1')).toBeUndefined();
  });
});
