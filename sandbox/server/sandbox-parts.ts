import type { ConfluenceEmulator } from '../confluence';
import type { JiraEmulator, OutboxMessage, SandboxRuntime } from '../contracts';
import type { MutableClock } from './clock';

/** The runtime surface the server drives, beyond the shared contract (met by sandbox/runtime). */
export interface RuntimePart extends SandboxRuntime {
  /** Fires `avi:forge:installed:app` once per data directory; true when it fired. */
  install(installerAccountId?: string): boolean;
  chaos(): unknown;
  /** Replaces the chaos settings; throws a ZodError naming the field on bad input. */
  setChaos(input: Record<string, unknown>): unknown;
  /** Forgets KVS, queues and schedules; the next `install()` fires again. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** What the server composes: the emulator and the runtime over one data directory, plus their outboxes. */
export interface SandboxParts {
  readonly emulator: JiraEmulator;
  readonly runtime: RuntimePart;
  /** The linked Confluence site, when the parts have one (served at `/wiki`). */
  readonly confluence?: ConfluenceEmulator;
  /** Messages the app sent (runtime egress and e-mail) and the emulator's notify, oldest first. */
  outbox(): readonly OutboxMessage[];
  close(): Promise<void>;
}

export interface PartsInput {
  readonly dataDir: string;
  readonly clock: MutableClock;
  readonly manifestPath: string;
  readonly appRoot: string;
  /** Origin the server listens on (self links, web trigger URLs). */
  readonly baseUrl: string;
}

export type CreateParts = (input: PartsInput) => Promise<SandboxParts>;
