import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const APP_ROOT = join(__dirname, '..', '..', '..');
const TSX = join(APP_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(APP_ROOT, 'sandbox', 'main.ts');

export interface SandboxProcessOptions {
  /** `SANDBOX_DIR`: every byte of the sandbox's state. Reuse it to restart on the same state. */
  readonly dataDir: string;
  /** Port to listen on; default a free one. A restart keeps the port. */
  readonly port?: number;
  /** How long to wait for `/__sandbox/health` to answer 200 (default 120 s: the first start seeds the demo desk). */
  readonly readyTimeoutMs?: number;
  /** Build stale Custom UI apps first, as `npm start` does (default false: REST and control API need none). */
  readonly buildStatic?: boolean;
  /** Extra environment for the server process. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The real sandbox server (`sandbox/main.ts`, as `npm start` runs it) in a child process of its own process group,
 * so a test can crash the whole sandbox the hard way — `kill -9` of the group, nothing flushed, nothing closed —
 * and start it again on the same data directory.
 */
export interface SandboxProcess {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Process id of the group leader (the group id). */
  readonly pid: number;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** SIGKILL to the whole process group; resolves once every process of the group is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (the server settles and closes its stores); SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** Starts a new server on the same data directory and port (after `kill9()` or `stop()`). */
  restart(): Promise<SandboxProcess>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function groupGone(pid: number, timeoutMs: number): Promise<boolean> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    if (!groupAlive(pid)) return true;
    await sleep(20);
  }
  return !groupAlive(pid);
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the sandbox exited before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${url}/__sandbox/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`the sandbox was not ready within ${String(timeoutMs)} ms:\n${output()}`);
}

export async function startSandboxProcess(options: SandboxProcessOptions): Promise<SandboxProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${String(port)}`;
  const child = spawn(TSX, [MAIN], {
    cwd: APP_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env,
      SANDBOX_DIR: options.dataDir,
      PORT: String(port),
      ...(options.buildStatic === true ? {} : { SANDBOX_STATIC_BUILD: 'skip' }),
    },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the sandbox process');
  let text = '';
  const collect = (chunk: Buffer): void => {
    text += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const output = (): string => text;
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    resolve();
  }));
  const kill9 = async (): Promise<void> => {
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    await exited;
    if (!(await groupGone(pid, 10_000))) throw new Error(`process group ${String(pid)} survived SIGKILL`);
  };
  try {
    await waitReady(url, child, options.readyTimeoutMs ?? 120_000, output);
  } catch (error) {
    await kill9();
    throw error;
  }
  return {
    url,
    port,
    dataDir: options.dataDir,
    pid,
    output,
    kill9,
    async stop(graceMs = 15_000) {
      if (groupAlive(pid)) process.kill(-pid, 'SIGTERM');
      if (!(await groupGone(pid, graceMs))) await kill9();
      await exited;
    },
    restart: () => startSandboxProcess({ ...options, port }),
  };
}
