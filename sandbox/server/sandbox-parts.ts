import type { JiraEmulator, OutboxMessage, SandboxRuntime } from '../contracts';
import type { ChaosSettings } from './chaos';
import type { MutableClock } from './clock';

/** What the server composes: the emulator and the runtime over one data directory, plus their outboxes. */
export interface SandboxParts {
  readonly emulator: JiraEmulator;
  readonly runtime: SandboxRuntime;
  /** Messages the app sent (runtime egress and e-mail) and the emulator's notify, oldest first. */
  outbox(): readonly OutboxMessage[];
  close(): Promise<void>;
}

export interface PartsInput {
  readonly dataDir: string;
  readonly clock: MutableClock;
  readonly chaos: ChaosSettings;
  readonly manifestPath: string;
  readonly appRoot: string;
}

export type CreateParts = (input: PartsInput) => Promise<SandboxParts>;
