import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ProductEvent } from '../contracts';
import { readTextIfExists, writeFileAtomic } from './atomic-file';
import { NO_CHAOS, type ChaosSettings } from './chaos';
import { createPersistentClock, type MutableClock } from './clock';
import type { ManifestInfo } from './manifest';
import { createMutex } from './mutex';
import { RestClient } from './rest-client';
import type { CreateParts, SandboxParts } from './sandbox-parts';
import { seededCreationEvents } from './seed-events';

/** The minimum scheduled-trigger interval Forge allows (`fiveMinute`); clock moves step at this grain. */
export const SCHEDULE_STEP_MS = 5 * 60 * 1000;

const StateFileSchema = z.object({ installed: z.boolean(), seedProcessed: z.boolean() });
type StateFile = z.infer<typeof StateFileSchema>;

export interface InstanceOptions {
  readonly dataDir: string;
  readonly manifestPath: string;
  readonly appRoot: string;
  readonly manifest: ManifestInfo;
  readonly createParts: CreateParts;
  readonly adminEmail: string;
}

/**
 * One live sandbox over a data directory: the clock, chaos switches, emulator and runtime wired together.
 * Every state-changing control operation goes through one mutex so a clock move never interleaves a reset.
 */
export class SandboxInstance {
  readonly chaos: ChaosSettings = { ...NO_CHAOS };
  private clockRef: MutableClock;
  private partsRef: SandboxParts | undefined;
  private held = 0;
  private heldEvents: ProductEvent[] = [];
  readonly exclusive = createMutex();

  private constructor(private readonly options: InstanceOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    this.clockRef = createPersistentClock(join(options.dataDir, 'clock.json'));
  }

  static async open(options: InstanceOptions): Promise<SandboxInstance> {
    const instance = new SandboxInstance(options);
    await instance.startParts();
    return instance;
  }

  get clock(): MutableClock {
    return this.clockRef;
  }

  get parts(): SandboxParts {
    if (this.partsRef === undefined) throw new Error('sandbox is not open');
    return this.partsRef;
  }

  get manifest(): ManifestInfo {
    return this.options.manifest;
  }

  /**
   * Runs `fn` with product-event delivery paused, then delivers what it emitted. The portal uses this so the
   * create-panel property is on the issue before the app's created-issue trigger runs, as on the real platform.
   */
  async withEventsHeld<T>(fn: () => Promise<T>): Promise<T> {
    this.held += 1;
    try {
      return await fn();
    } finally {
      this.held -= 1;
      if (this.held === 0) {
        const events = this.heldEvents;
        this.heldEvents = [];
        for (const event of events) this.parts.runtime.deliver(event);
      }
    }
  }

  async settle(): Promise<void> {
    await this.parts.runtime.settle();
  }

  /** Moves the clock to `target` one schedule step at a time, running what is due at each step in order. */
  async moveClockTo(target: number): Promise<void> {
    const runtime = this.parts.runtime;
    await runtime.settle();
    for (;;) {
      const now = this.clock.now();
      if (now >= target) break;
      const nextBoundary = (Math.floor(now / SCHEDULE_STEP_MS) + 1) * SCHEDULE_STEP_MS;
      this.clock.set(Math.min(target, nextBoundary));
      await runtime.runScheduled();
      await runtime.settle();
    }
    if (this.clock.now() > target) {
      // Setting the clock backwards runs nothing: Forge never fires a schedule for a past instant.
      this.clock.set(target);
    }
  }

  /** Restores the demo seed: closes the parts, wipes the data directory, reopens and re-runs first start. */
  async reset(): Promise<void> {
    await this.parts.runtime.settle();
    await this.parts.close();
    this.partsRef = undefined;
    for (const entry of readdirSync(this.options.dataDir)) rmSync(join(this.options.dataDir, entry), { recursive: true, force: true });
    this.clockRef = createPersistentClock(join(this.options.dataDir, 'clock.json'));
    Object.assign(this.chaos, NO_CHAOS);
    await this.startParts();
  }

  async close(): Promise<void> {
    if (this.partsRef === undefined) return;
    await this.partsRef.runtime.settle();
    await this.partsRef.close();
    this.partsRef = undefined;
  }

  private async startParts(): Promise<void> {
    const { dataDir, manifestPath, appRoot, manifest } = this.options;
    const parts = await this.options.createParts({ dataDir, clock: this.clockRef, chaos: this.chaos, manifestPath, appRoot });
    parts.emulator.setEntityPropertyIndexes(manifest.entityPropertyIndexes);
    parts.emulator.onEvent((event) => {
      if (this.held > 0) this.heldEvents.push(event);
      else parts.runtime.deliver(event);
    });
    this.partsRef = parts;
    await this.firstStart(parts);
  }

  private readState(): StateFile {
    const text = readTextIfExists(this.statePath());
    return text === undefined ? { installed: false, seedProcessed: false } : StateFileSchema.parse(JSON.parse(text));
  }

  private statePath(): string {
    return join(this.options.dataDir, 'sandbox-state.json');
  }

  /** Install event once, then the seeded requests' creation events once, so the demo shows service numbers. */
  private async firstStart(parts: SandboxParts): Promise<void> {
    let state = this.readState();
    if (!state.installed) {
      parts.runtime.deliver({
        eventType: 'avi:forge:installed:app',
        payload: {
          id: 'sandbox-installation',
          installerAccountId: parts.emulator.resolveAccountByEmail(this.options.adminEmail),
          app: { id: this.options.manifest.appId, version: '1.0.0' },
          environment: { id: 'sandbox' },
          context: { cloudId: 'sandbox-cloud' },
        },
      });
      await parts.runtime.settle();
      state = { ...state, installed: true };
      writeFileAtomic(this.statePath(), JSON.stringify(state));
    }
    if (!state.seedProcessed) {
      const events = await seededCreationEvents(new RestClient(parts.emulator, { kind: 'app' }));
      for (const event of events) parts.runtime.deliver(event);
      await parts.runtime.settle();
      state = { ...state, seedProcessed: true };
      writeFileAtomic(this.statePath(), JSON.stringify(state));
    }
  }
}
