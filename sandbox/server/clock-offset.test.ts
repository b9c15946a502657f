import { createSandboxRuntime } from '../runtime';
import api, { route } from '@forge/api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createJiraEmulator } from '../jira';
import { wallClockNow } from '../runtime/forge-globals';
import { FIXTURE_MANIFEST } from '../runtime/test-support/harness';
import { createPersistentClock } from './clock';

const HOUR = 3_600_000;
const doc = (text: string): unknown => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const Comment = z.object({ created: z.string() });

describe('the sandbox clock offset is applied once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clock-offset-'));
  const clock = createPersistentClock(join(dir, 'clock.json'));
  const jira = createJiraEmulator({ dataDir: dir, clock });
  const runtime = createSandboxRuntime({ manifestPath: FIXTURE_MANIFEST, dataDir: dir, clock, jira, subscribeToJira: false });

  afterAll(async () => {
    await runtime.close();
    jira.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stamps what the emulator and the runtime record inside and outside an app invocation with the sandbox clock', async () => {
    // A running clock three hours behind the wall clock: the offset shows twice if anything adds it again.
    clock.set(wallClockNow() - 3 * HOUR);
    const outside = await jira.handle({ method: 'POST', path: '/rest/api/3/issue/ITS-1/comment', headers: {}, body: JSON.stringify({ body: doc('outside') }), principal: { kind: 'app' } });
    const outsideAt = Date.parse(Comment.parse(outside.body).created);
    const insideAt = await runtime.runInApp(async () => {
      const response = await api.asApp().requestJira(route`/rest/api/3/issue/ITS-1/comment`, { method: 'POST', body: JSON.stringify({ body: doc('inside') }) });
      const notified = await api.asApp().requestJira(route`/rest/api/3/issue/ITS-1/notify`, { method: 'POST', body: JSON.stringify({ subject: 's', textBody: 't', to: { reporter: true } }) });
      expect(notified.status).toBeLessThan(300);
      return Date.parse(Comment.parse(await response.json()).created);
    });
    const now = clock.now();
    // Jira renders times to the second.
    expect(Math.abs(outsideAt - now)).toBeLessThan(5000);
    expect(Math.abs(insideAt - now)).toBeLessThan(5000);
    const stamps = [...runtime.outbox().map((m) => m.at), ...jira.readOutbox().map((m) => m.at)];
    expect(stamps).toHaveLength(2);
    for (const at of stamps) expect(Math.abs(at - now)).toBeLessThan(5000);
  });
});
