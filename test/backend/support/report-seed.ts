/**
 * A 10,000-request service desk written straight into the Jira emulator's store (one transaction, no
 * triggers), with the properties the app would have written: service records, SLA clocks in every state,
 * surveys and follow-up tasks. The raw facts are returned so a test can count them independently.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { kvs } from '@forge/kvs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JiraEmulator, RestRequest } from '../../../sandbox/contracts';
import { ACCOUNTS, createJiraEmulator } from '../../../sandbox/jira';
import { createSandboxRuntime } from '../../../sandbox/runtime';
import { textToAdf } from '../../../sandbox/jira/adf';
import { IssueService } from '../../../sandbox/jira/issue-service';
import { buildCatalog } from '../../../sandbox/jira/property-index';
import { openStore } from '../../../sandbox/jira/store';
import type { ClockDto, ServiceRecord, SlaProperty, SurveyProperty, Urgency } from '../../../src/shared/issue-properties';
import type { FollowUpProperty } from '../../../src/shared/rpc';
import type { MirroredProperty } from '../../../src/application/ports';
import { SLA_ENTITY } from '../../../src/adapters/kvs-truth-store';

const ROOT = join(__dirname, '..', '..', '..');

const acc = (email: string): string => ACCOUNTS.find((a) => a.email === email)?.accountId ?? '';
export const AGENTS = ['lisi', 'zhaoliu', 'zhouba'].map((n) => acc(`${n}@example.com`));
export const REPORTERS = ['zhangsan', 'wangwu'].map((n) => acc(`${n}@example.com`));
export const CATEGORIES = ['software', 'hardware', 'network', 'consultation', 'data-security', 'third-party'] as const;
export const PRIORITIES: readonly Urgency[] = ['urgent', 'high', 'medium', 'low'];
export const CHANNELS = ['portal', 'email', 'im', 'phone'] as const;
export const CLOCK_STATES = ['running', 'paused', 'breached', 'met', 'missed'] as const;

/** Report period: September to November 2026 in Shanghai; 1 in 50 requests falls in August, outside it. */
export const PERIOD = { from: Date.UTC(2026, 7, 31, 16), to: Date.UTC(2026, 10, 30, 16), timezone: 'Asia/Shanghai' } as const;
/** The sandbox clock while the report is read. */
export const NOW = Date.UTC(2026, 10, 30, 2);

export interface SeededRequest {
  readonly key: string;
  readonly created: number;
  readonly resolved: boolean;
  readonly category: string;
  readonly priority: Urgency;
  readonly channel: string;
  readonly assignee: string | null;
  readonly response: ClockDto;
  readonly survey: SurveyProperty | null;
  readonly followUp: { readonly status: 'open' | 'closed'; readonly due: number } | null;
}

const clock = (state: (typeof CLOCK_STATES)[number], due: number | null): ClockDto => ({
  state,
  due: due === null ? null : new Date(due).toISOString(),
  usedMinutes: 100,
  targetMinutes: 120,
  remainingMinutes: 20,
  breached: state === 'breached',
  everBreached: state === 'breached' || state === 'missed',
  cycle: 1,
  thresholdsReached: [],
  previousCycles: [],
  calendar: 'workday',
});

const record = (i: number, category: string, priority: Urgency, channel: string, created: number): ServiceRecord => ({
  serviceNumber: `TS-20261130-${String(i + 1).padStart(5, '0')}`,
  category,
  subcategory: null,
  urgency: priority,
  urgencyProposed: priority,
  impact: 'individual',
  impactText: null,
  priority,
  priorityRule: null,
  priorityReason: { en: 'seeded', 'zh-CN': '预置' },
  channel: channel === 'portal' || channel === 'email' || channel === 'im' || channel === 'phone' ? channel : 'portal',
  department: '研发部',
  contact: null,
  occurredAt: null,
  receivedAt: new Date(created).toISOString(),
  assumed: [],
  verification: null,
  workaround: null,
  fix: null,
  confirmation: null,
});

/** A record the app would hold in its storage (issue 10: the properties are only its mirrors). */
export interface StoredTruth {
  readonly issueId: string;
  readonly issueKey: string;
  readonly property: MirroredProperty;
  readonly value: unknown;
}

export interface Seeded {
  readonly dataDir: string;
  readonly requests: readonly SeededRequest[];
  readonly truth: readonly StoredTruth[];
}

export const seedReports = (count: number): Seeded => {
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'reports-seed-'));
  createJiraEmulator({ dataDir, clock: { now: () => NOW } }).close();
  const db = openStore(dataDir);
  let now = 0;
  // No indexes while seeding: the emulator indexes everything once when the app's manifest is loaded.
  const service = new IssueService({ db, clock: { now: () => now }, baseUrl: 'http://x', propertyCatalog: () => buildCatalog([]), emit: () => undefined });
  const requests: SeededRequest[] = [];
  const truth: StoredTruth[] = [];
  const span = PERIOD.to - PERIOD.from;
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const created = i % 50 === 49 ? PERIOD.from - 3_600_000 * (1 + (i % 200)) : PERIOD.from + Math.floor((span * i) / count);
      now = created;
      const category = CATEGORIES[i % CATEGORIES.length] ?? 'software';
      const priority = PRIORITIES[(i >> 1) % PRIORITIES.length] ?? 'medium';
      const channel = CHANNELS[(i * 7) % CHANNELS.length] ?? 'portal';
      const assignee = i % 11 === 0 ? null : (AGENTS[i % AGENTS.length] ?? null);
      const state = CLOCK_STATES[(i * 3) % CLOCK_STATES.length] ?? 'met';
      const due = state === 'running' ? (i % 4 === 0 ? NOW - 60_000 : NOW + 3_600_000) : null;
      const response = clock(state, due);
      const resolved = i % 3 !== 0;
      const low = i % 20 === 0;
      const survey: SurveyProperty | null =
        resolved && i % 5 === 0
          ? {
              cycle: 1,
              scores: { responseSpeed: low ? 2 : 4, attitude: 5, expertise: 4, effectiveness: low ? 1 : 5, recurrence: 3 },
              comment: '谢谢',
              by: REPORTERS[i % 2] ?? '',
              at: new Date(created + 7_200_000).toISOString(),
              min: low ? 1 : 3,
              avg: low ? 3 : 4.2,
              low,
              followUp: null,
            }
          : null;
      const sla: SlaProperty = { priority, computedAt: new Date(created).toISOString(), response, resolution: null, onsite: null, nextCheckAt: null, breached: state === 'breached' ? 'true' : 'false' };
      const serviceRecord = record(i, category, priority, channel, created);
      const issue = service.create(REPORTERS[i % 2] ?? '', {
        issueTypeId: '10001', summary: `请求 ${i}`, description: textToAdf('seeded'), priorityId: '3',
        reporter: REPORTERS[i % 2] ?? '', assignee, labels: [], requestTypeId: '12', channel: 'portal', participants: [],
        properties: [
          { key: 'service-record', value: serviceRecord },
          { key: 'sla', value: sla },
        ],
      });
      const ref = { issueId: String(issue.id), issueKey: issue.key };
      truth.push({ ...ref, property: 'service-record', value: serviceRecord }, { ...ref, property: 'sla', value: sla });
      if (resolved) {
        now = created + 3_600_000;
        service.transition(assignee ?? AGENTS[0] ?? '', issue.id, '51', false);
      }
      let followUp: SeededRequest['followUp'] = null;
      if (survey !== null && survey.low) {
        const status = i % 40 === 0 ? 'closed' : 'open';
        const followUpDue = i % 100 === 20 ? NOW - 3_600_000 : NOW + 3_600_000;
        const followUpValue: FollowUpProperty = { originalKey: issue.key, originalId: String(issue.id), cycle: 1, due: new Date(followUpDue).toISOString(), status, owner: AGENTS[2] ?? null, scores: survey.scores, comment: survey.comment };
        const task = service.create(AGENTS[2] ?? '', {
          issueTypeId: '10002', summary: `回访 ${issue.key}`, description: null, priorityId: '3', reporter: AGENTS[2] ?? '', assignee: AGENTS[2] ?? null,
          labels: [], requestTypeId: null, channel: null, participants: [],
          properties: [{ key: 'follow-up', value: followUpValue }],
        });
        const surveyValue: SurveyProperty = { ...survey, followUp: { issueKey: task.key, status } };
        service.setProperty(issue.id, 'survey', surveyValue);
        truth.push({ issueId: String(task.id), issueKey: task.key, property: 'follow-up', value: followUpValue }, { ...ref, property: 'survey', value: surveyValue });
        followUp = { status, due: followUpDue };
      } else if (survey !== null) {
        service.setProperty(issue.id, 'survey', survey);
        truth.push({ ...ref, property: 'survey', value: survey });
      }
      requests.push({ key: issue.key, created, resolved, category, priority, channel, assignee, response, survey, followUp });
    }
  })();
  db.close();
  return { dataDir, requests, truth };
};

/** The real app on a seeded emulator, counting the REST calls the app makes. */
export const openSeeded = (dataDir: string) => {
  const clock = { now: (): number => NOW };
  const emulator = createJiraEmulator({ dataDir, clock });
  const counter = { calls: 0 };
  const counting: JiraEmulator = {
    handle: (req: RestRequest) => {
      counter.calls += 1;
      return emulator.handle(req);
    },
    onEvent: (listener) => {
      emulator.onEvent(listener);
    },
    setEntityPropertyIndexes: (indexes) => {
      emulator.setEntityPropertyIndexes(indexes);
    },
    resolveAccountByEmail: (email) => emulator.resolveAccountByEmail(email),
    reset: () => {
      emulator.reset();
    },
  };
  const runtime = createSandboxRuntime({ manifestPath: join(ROOT, 'manifest.yml'), appRoot: ROOT, dataDir, clock, jira: counting, appAccountId: emulator.appAccountId, subscribeToJira: false });
  return {
    runtime,
    counter,
    close: async () => {
      await runtime.close();
      emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};


/**
 * Writes the seeded records into the app's storage through @forge/kvs, in the layout of the app's truth
 * store (`src/adapters/kvs-truth-store.ts`), batched so that 10,000 requests take seconds.
 */
export const storeSeededTruth = async (runtime: { runInApp<T>(fn: () => Promise<T>): Promise<T> }, truth: readonly StoredTruth[]): Promise<void> => {
  await runtime.runInApp(async () => {
    for (let start = 0; start < truth.length; start += 25) {
      const items = truth.slice(start, start + 25).map((t) =>
        t.property === 'sla'
          ? { key: t.issueId, entityName: SLA_ENTITY, value: { issueKey: t.issueKey, sla: t.value, ...nextCheckOf(t.value) } }
          : { key: `truth:${t.property}:${t.issueId}`, value: t.value },
      );
      const result = await kvs.batchSet(items);
      if (result.failedKeys.length > 0) throw new Error(`seeding app storage failed for ${result.failedKeys.length} keys`);
    }
  });
};

const nextCheckOf = (sla: unknown): { nextCheckAt?: number } => {
  const next: unknown = typeof sla === 'object' && sla !== null ? Reflect.get(sla, 'nextCheckAt') : null;
  return typeof next === 'number' ? { nextCheckAt: next } : {};
};
