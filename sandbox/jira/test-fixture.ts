import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityPropertyIndex, Principal, ProductEvent, RestResponse } from '../contracts';
import { createJiraEmulator, type SandboxJiraEmulator } from './emulator';

/** An emulator on a throw-away directory with a hand-moved clock, for tests of the emulator and its clients. */

export const DEMO_INDEXES: readonly EntityPropertyIndex[] = [{
  propertyKey: 'ts.meta',
  entityType: 'issue',
  values: [
    { path: 'serviceNumber', type: 'string', searchAlias: 'tsServiceNumber' },
    { path: 'score', type: 'number', searchAlias: 'tsScore' },
    { path: 'dueAt', type: 'date', searchAlias: 'tsDueAt' },
    { path: 'owner', type: 'user', searchAlias: 'tsOwner' },
    { path: 'tags', type: 'string' },
    { path: 'note', type: 'text' },
  ],
}];

export interface TestEmulator {
  readonly emulator: SandboxJiraEmulator;
  readonly dir: string;
  readonly events: ProductEvent[];
  readonly clock: { now: () => number; advance: (ms: number) => void };
  /** Account id of a seeded user by the part of the e-mail before `@`. */
  readonly id: (name: string) => string;
  /** `who`: a seeded user's e-mail name, or 'app' / 'anonymous'. */
  readonly call: (who: string, method: string, path: string, body?: unknown) => Promise<RestResponse>;
  readonly reopen: () => TestEmulator;
  readonly dispose: () => void;
}

export const START = Date.parse('2026-11-29T02:00:00Z');

const open = (dir: string, startAt: number): TestEmulator => {
  let now = startAt;
  const clock = { now: (): number => now, advance: (ms: number): void => { now += ms; } };
  const emulator = createJiraEmulator({ dataDir: dir, clock });
  emulator.setEntityPropertyIndexes(DEMO_INDEXES);
  const events: ProductEvent[] = [];
  emulator.onEvent((e) => events.push(e));
  const id = (name: string): string => {
    const accountId = emulator.resolveAccountByEmail(`${name}@example.com`);
    if (accountId === undefined) throw new Error(`no seeded account ${name}`);
    return accountId;
  };
  const principal = (who: string): Principal =>
    who === 'app' ? { kind: 'app' } : who === 'anonymous' ? { kind: 'anonymous' } : { kind: 'user', accountId: id(who) };
  return {
    emulator, dir, events, clock, id,
    call: (who, method, path, body) =>
      emulator.handle({ method, path, headers: {}, principal: principal(who), ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
    reopen: () => {
      emulator.close();
      return open(dir, now);
    },
    dispose: () => {
      emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export const openTestEmulator = (): TestEmulator => open(mkdtempSync(join(tmpdir(), 'jira-emulator-')), START);

export const adf = (text: string): unknown => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
