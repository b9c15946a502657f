import { createJiraEmulator } from './emulator';

/**
 * Child process of `crash-safety.test.ts`: writes through the emulator, reports each acknowledged write on
 * stdout, then dies by SIGKILL without closing the database.
 */

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-writer.fixture.ts <dataDir>');
const emulator = createJiraEmulator({ dataDir: dir, clock: { now: () => Date.parse('2026-11-29T02:00:00Z') } });

const run = async (): Promise<void> => {
  const lisi = emulator.resolveAccountByEmail('lisi@example.com') ?? '';
  const transition = await emulator.handle({ method: 'POST', path: '/rest/api/3/issue/ITS-1/transitions', headers: {}, body: JSON.stringify({ transition: { id: '11' } }), principal: { kind: 'user', accountId: lisi } });
  process.stdout.write(`transition ${transition.status}\n`);
  const property = await emulator.handle({ method: 'PUT', path: '/rest/api/3/issue/ITS-1/properties/ts.meta', headers: {}, body: JSON.stringify({ serviceNumber: 'TS-CRASH' }), principal: { kind: 'app' } });
  process.stdout.write(`property ${property.status}\n`, () => process.kill(process.pid, 'SIGKILL'));
};

void run();
