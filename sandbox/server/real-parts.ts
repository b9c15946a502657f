import { createConfluenceEmulator } from '../confluence';
import { createJiraEmulator } from '../jira';
import { createSandboxRuntime } from '../runtime';
import type { CreateParts } from './sandbox-parts';

/** The real emulator and runtime. The emulator replays its seed as events on reset, so the app can process it. */
export const createRealParts: CreateParts = ({ dataDir, clock, manifestPath, appRoot, baseUrl }) => {
  const emulator = createJiraEmulator({ dataDir, clock, baseUrl, emitSeedEvents: true });
  // The demo site has Confluence linked, with a knowledge-base space `KB` (configure `knowledge.spaceKey` to use it).
  const confluence = createConfluenceEmulator({ dataDir, clock, baseUrl });
  const runtime = createSandboxRuntime({
    manifestPath,
    appRoot,
    dataDir,
    clock,
    jira: emulator,
    confluence,
    appAccountId: emulator.appAccountId,
    // The server forwards events itself, so it can hold them while a portal request and its panel data are stored.
    subscribeToJira: false,
    webTriggerBaseUrl: `${baseUrl}/__sandbox/webtrigger`,
  });
  return Promise.resolve({
    emulator,
    runtime,
    confluence,
    outbox: () => [...runtime.outbox(), ...emulator.readOutbox()].sort((a, b) => a.at - b.at),
    close: async () => {
      await runtime.close();
      emulator.close();
    },
  });
};
