import { configureDemoRouting } from './demo-routing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ProductEvent } from '../contracts';
import { readTextIfExists, writeFileAtomic } from './atomic-file';
import { createPersistentClock, type MutableClock } from './clock';
import type { ManifestInfo } from './manifest';
import { createMutex } from './mutex';
import type { CreateParts, SandboxParts } from './sandbox-parts';

/** The minimum scheduled-trigger interval Forge allows (`fiveMinute`); clock moves step at this grain. */
export const SCHEDULE_STEP_MS = 5 * 60 * 1000;

/** Where the runtime's schedule grid starts: every interval is a multiple of five minutes from its first start. */
const StateFileSchema = z.object({ seedProcessed: z.boolean(), scheduleAnchor: z.number().optional() });
type StateFile = z.infer<typeof StateFileSchema>;

/** The runtime anchors its schedules on the clock a few milliseconds after we note it; step just past each due time. */
const ANCHOR_SLACK_MS = 1000;

export interface InstanceOptions {
  readonly dataDir: string;
  readonly manifestPath: string;
  readonly appRoot: string;
  readonly manifest: ManifestInfo;
  readonly createParts: CreateParts;
  readonly baseUrl: string;
  readonly adminEmail: string;
  /** `npm start` sets it: on the first start, route the demo categories to the demo engineers. */
  readonly demoRouting?: boolean;
}

/**
 * One live sandbox over a data directory: the clock, emulator and runtime wired together. Every
 * state-changing control operation goes through one mutex so a clock move never interleaves a reset.
 */
export class SandboxInstance {
  readonly clock: MutableClock;
  readonly exclusive = createMutex();
  private partsRef: SandboxParts | undefined;
  private held = 0;
  private heldEvents: ProductEvent[] = [];
  /** While set, emulator events are collected here instead of delivered (the seed replay waits for install). */
  private capture: ProductEvent[] | undefined;

  private constructor(private readonly options: InstanceOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    this.clock = createPersistentClock(join(options.dataDir, 'clock.json'));
  }

  static async open(options: InstanceOptions): Promise<SandboxInstance> {
    const instance = new SandboxInstance(options);
    const state = instance.readState();
    if (state.scheduleAnchor === undefined) instance.writeState({ ...state, scheduleAnchor: instance.clock.now() });
    const parts = await options.createParts({
      dataDir: options.dataDir,
      clock: instance.clock,
      manifestPath: options.manifestPath,
      appRoot: options.appRoot,
      baseUrl: options.baseUrl,
    });
    parts.emulator.onEvent((event) => {
      instance.route(event);
    });
    instance.partsRef = parts;
    await instance.firstStart();
    return instance;
  }

  get parts(): SandboxParts {
    if (this.partsRef === undefined) throw new Error('the sandbox is closed');
    return this.partsRef;
  }

  get manifest(): ManifestInfo {
    return this.options.manifest;
  }

  private route(event: ProductEvent): void {
    if (this.capture !== undefined) this.capture.push(event);
    else if (this.held > 0) this.heldEvents.push(event);
    else this.parts.runtime.deliver(event);
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
    const anchor = this.readState().scheduleAnchor ?? 0;
    for (;;) {
      const now = this.clock.now();
      if (now >= target) break;
      const steps = Math.max(1, Math.floor((now - anchor - ANCHOR_SLACK_MS) / SCHEDULE_STEP_MS) + 1);
      const nextDue = anchor + ANCHOR_SLACK_MS + steps * SCHEDULE_STEP_MS;
      this.clock.set(Math.min(target, nextDue));
      await runtime.runScheduled();
      await runtime.settle();
    }
    // Moving backwards runs nothing: Forge never fires a schedule for an instant already past.
    if (this.clock.now() > target) this.clock.set(target);
  }

  /** Restores the demo seed: chaos off, KVS wiped, clock at real now, emulator re-seeded, app re-installed. */
  async reset(): Promise<void> {
    const { runtime } = this.parts;
    await runtime.settle();
    runtime.setChaos({});
    this.clock.reset();
    this.writeState({ seedProcessed: false, scheduleAnchor: this.clock.now() });
    await runtime.reset();
    await this.firstStart();
  }

  async close(): Promise<void> {
    if (this.partsRef === undefined) return;
    const parts = this.partsRef;
    this.partsRef = undefined;
    await parts.close();
  }

  private statePath(): string {
    return join(this.options.dataDir, 'sandbox-state.json');
  }

  private readState(): StateFile {
    const text = readTextIfExists(this.statePath());
    return text === undefined ? { seedProcessed: false } : StateFileSchema.parse(JSON.parse(text));
  }

  private writeState(state: StateFile): void {
    writeFileAtomic(this.statePath(), JSON.stringify(state));
  }

  /**
   * Once per data directory: install the app, then let it see the seeded requests as it would have had it been
   * installed while they were raised (the emulator replays the seed's events on reset).
   */
  private async firstStart(): Promise<void> {
    const { emulator, runtime } = this.parts;
    const state = this.readState();
    const seedEvents: ProductEvent[] = [];
    if (!state.seedProcessed) {
      this.capture = seedEvents;
      try {
        emulator.reset();
      } finally {
        this.capture = undefined;
      }
    }
    if (runtime.install(emulator.resolveAccountByEmail(this.options.adminEmail))) await runtime.settle();
    if (!state.seedProcessed && this.options.demoRouting === true) {
      await configureDemoRouting(runtime, (email) => emulator.resolveAccountByEmail(email), this.options.adminEmail);
    }
    if (!state.seedProcessed) {
      for (const event of seedEvents) runtime.deliver(event);
      await runtime.settle();
      this.writeState({ ...this.readState(), seedProcessed: true });
    }
  }
}
