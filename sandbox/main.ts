/**
 * `npm start`: builds stale Custom UI apps (unless SANDBOX_STATIC_BUILD=skip), opens the sandbox in SANDBOX_DIR and
 * serves it on 127.0.0.1:PORT.
 * `npm run sandbox:reset` (`--reset`): restores the demo seed in SANDBOX_DIR without serving.
 */
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS } from './host/accounts';
import { openSandbox, sandboxLocation } from './server/open-sandbox';
import { createRealParts } from './server/real-parts';
import { startSandboxServer } from './server/server';
import { buildStaleStaticApps } from './server/static-build';

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const appRoot = resolve(__dirname, '..');
  const location = sandboxLocation(appRoot, process.env);
  const port = Number(process.env.PORT ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT ?? ''}`);

  if (process.argv.includes('--reset')) {
    const instance = await openSandbox(location, createRealParts, `http://127.0.0.1:${String(port)}`, { demoRouting: true });
    await instance.exclusive(() => instance.reset());
    await instance.close();
    log(`Sandbox state in ${location.dataDir} reset to the demo seed.`);
    return;
  }

  // Tests that drive the server over REST only (e.g. hard restarts) need no Custom UI builds.
  if (process.env.SANDBOX_STATIC_BUILD !== 'skip') buildStaleStaticApps(appRoot, log);
  const server = await startSandboxServer({
    appRoot,
    port,
    openInstance: (baseUrl) => openSandbox(location, createRealParts, baseUrl, { demoRouting: true }),
    log,
  });
  log('');
  log(`Support Standard sandbox: ${server.url}`);
  log(`  portal ${server.url}/portal   agent ${server.url}/agent   admin ${server.url}/admin`);
  log(`  state  ${location.dataDir}   control API ${server.url}/__sandbox/health`);
  log('Demo accounts (switch in the page header; REST: HTTP Basic <email>:<anything>):');
  for (const account of DEMO_ACCOUNTS) log(`  ${account.email.padEnd(22)} ${account.name}  ${account.role.en}`);
  log('Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    server.close().then(
      () => {
        process.exit(0);
      },
      (error: unknown) => {
        log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
