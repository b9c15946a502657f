import { fakeDeps, issue } from '../../test/backend/fakes/in-memory-deps';
import { sweepDueClocks } from './sweep-due-clocks';

describe('sweepDueClocks', () => {
  it('queues exactly the due requests, page by page, in pushes the platform accepts', async () => {
    const fakes = fakeDeps(10_000);
    for (let i = 1; i <= 250; i += 1) {
      const key = `ITS-${i}`;
      fakes.jira.addIssue(issue({ id: String(i), key }));
      await fakes.jira.setProperty(key, 'sla', { nextCheckAt: i % 2 === 0 ? 9_000 : 20_000 });
    }
    fakes.jira.calls = 0;
    const queued = await sweepDueClocks(fakes.deps, () => 20_000);
    expect(queued).toBe(125);
    expect(fakes.queued.map((w) => (w.kind === 'check' ? Number(w.issueId) : -1)).sort((a, b) => a - b)).toEqual(Array.from({ length: 125 }, (_, i) => (i + 1) * 2));
    expect(fakes.jira.calls).toBe(2);
  });

  it('stops paging when the run is about to time out (the next run picks up the rest)', async () => {
    const fakes = fakeDeps(10_000);
    for (let i = 1; i <= 250; i += 1) {
      fakes.jira.addIssue(issue({ id: String(i), key: `ITS-${i}` }));
      await fakes.jira.setProperty(`ITS-${i}`, 'sla', { nextCheckAt: 1 });
    }
    expect(await sweepDueClocks(fakes.deps, () => 5_000)).toBe(100);
  });
});
