import { fakeDeps, issue } from '../../test/backend/fakes/in-memory-deps';
import { sweepDueClocks } from './sweep-due-clocks';

/** The paging and queueing around the due set; the selection itself, on the real KVS index: test/backend/sweep-selection.test.ts. */
describe('sweepDueClocks', () => {
  it('queues, page by page, every request the truth store reports due, and asks Jira nothing', async () => {
    const fakes = fakeDeps(10_000);
    for (let i = 1; i <= 250; i += 1) {
      const key = `ITS-${i}`;
      fakes.jira.addIssue(issue({ id: String(i), key }));
      const nextCheckAt = i % 2 === 0 ? 9_000 : 20_000;
      await fakes.deps.truth.set(String(i), key, 'sla', { nextCheckAt }, nextCheckAt);
      // A forged mirror must not move a request in or out of the due set.
      await fakes.jira.setProperty(key, 'sla', { nextCheckAt: i % 2 === 0 ? null : 1 });
    }
    fakes.jira.calls = 0;
    const queued = await sweepDueClocks(fakes.deps, () => 20_000);
    expect(queued).toBe(125);
    expect(fakes.queued.map((w) => (w.kind === 'check' ? Number(w.issueId) : -1)).sort((a, b) => a - b)).toEqual(Array.from({ length: 125 }, (_, i) => (i + 1) * 2));
    expect(fakes.jira.calls).toBe(0);
  });

  it('stops paging when the run is about to time out (the next run picks up the rest)', async () => {
    const fakes = fakeDeps(10_000);
    for (let i = 1; i <= 250; i += 1) {
      fakes.jira.addIssue(issue({ id: String(i), key: `ITS-${i}` }));
      await fakes.deps.truth.set(String(i), `ITS-${i}`, 'sla', { nextCheckAt: 1 }, 1);
    }
    expect(await sweepDueClocks(fakes.deps, () => 5_000)).toBe(100);
  });
});
