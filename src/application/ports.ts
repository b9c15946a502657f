/**
 * What the use cases need from the outside world. Adapters (src/adapters) implement these over Forge;
 * tests implement them in memory. Instants are UTC epoch milliseconds.
 */
import type { AppConfig } from '../domain/config';
import type { SlaEvent } from '../domain/sla';

export interface Clock {
  now(): number;
}

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
}

export interface IssueSnapshot {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  readonly projectKey: string;
  /** `service_desk` for a JSM request; null when Jira does not say. */
  readonly projectType: string | null;
  readonly summary: string;
  readonly createdAt: number;
  readonly status: string;
  readonly reporterAccountId: string | null;
  readonly assigneeAccountId: string | null;
}

export interface UserProfile {
  readonly accountId: string;
  readonly displayName: string;
  /** e.g. `zh_CN`, `en_US`; null when Jira does not say. */
  readonly locale: string | null;
  readonly timeZone: string | null;
}

export interface CommentFacts {
  readonly id: string;
  readonly authorAccountId: string | null;
  readonly createdAt: number;
  readonly isPublic: boolean;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextPageToken: string | null;
}

/** Jira REST, called as the app. Every method retries transient failures within the invocation's time. */
export interface JiraPort {
  getIssue(issueKeyOrId: string): Promise<IssueSnapshot | null>;
  getProperty(issueKeyOrId: string, propertyKey: string): Promise<unknown>;
  setProperty(issueKeyOrId: string, propertyKey: string, value: unknown): Promise<void>;
  addComment(issueKeyOrId: string, text: string, visibility: 'public' | 'internal'): Promise<void>;
  assign(issueKeyOrId: string, accountId: string): Promise<void>;
  setJiraPriority(issueKeyOrId: string, priorityName: string): Promise<void>;
  /** Moves the issue to a status by name through an available transition; false if none leads there. */
  transitionTo(issueKeyOrId: string, statusName: string): Promise<boolean>;
  getUser(accountId: string): Promise<UserProfile | null>;
  isAgentOfProject(accountId: string, projectId: string): Promise<boolean>;
  /** Requests the app numbered that are not done yet. */
  searchOpen(pageToken: string | null, pageSize: number): Promise<Page<{ readonly id: string; readonly key: string }>>;
  /** Issues whose indexed `sla.nextCheckAt` is at or before `at`. */
  searchDue(at: number, pageToken: string | null, pageSize: number): Promise<Page<{ readonly id: string; readonly key: string }>>;
  notify(issueKeyOrId: string, accountIds: readonly string[], subject: string, text: string): Promise<void>;
}

/** Checks made as the calling user (asUser), so Jira itself decides what they may see. */
export interface AccessPort {
  isJiraAdmin(): Promise<boolean>;
  isAgentOfProject(projectId: string): Promise<boolean>;
  /** Reporter and participants of a request as visible to the caller; null when the caller cannot see it. */
  requestParties(issueKey: string): Promise<{ readonly reporter: string | null; readonly participants: readonly string[] } | null>;
}

export interface StoredConfig {
  readonly config: AppConfig;
  readonly version: number;
  readonly updatedAt: number | null;
  readonly updatedBy: string | null;
}

export interface ConfigRepository {
  load(): Promise<StoredConfig | null>;
  /** Writes version `expectedVersion + 1`; 'conflict' when that version already exists (someone saved first). */
  save(config: AppConfig, expectedVersion: number, by: string | null, at: number): Promise<StoredConfig | 'conflict'>;
}

/**
 * Dense, never-shared sequences (1, 2, 3 …) per scope. `claim` gives an owner the next free value; callers
 * serialise claims for one owner (see LockPort) so that an owner gets exactly one value.
 */
export interface SequenceRepository {
  claimed(scope: string, owner: string): Promise<number | null>;
  claim(scope: string, owner: string): Promise<number>;
}

export interface LockPort {
  /** True when the lock was taken; it lapses after `ttlMs` so a crashed holder cannot block forever. */
  acquire(name: string, ttlMs: number): Promise<boolean>;
  release(name: string): Promise<void>;
}

/** Exactly-once markers: `claim` is true only for the first caller of a key, ever. */
export interface OnceRepository {
  claim(key: string): Promise<boolean>;
  forget(key: string): Promise<void>;
}

/** Clock events of a request, keyed by a stable id so that re-delivered events do not duplicate. */
export interface StoredSlaEvent {
  readonly id: string;
  readonly event: SlaEvent;
}

export interface SlaEventLog {
  append(issueId: string, events: readonly StoredSlaEvent[]): Promise<void>;
  list(issueId: string): Promise<StoredSlaEvent[]>;
}

export type WorkItem =
  /** `rulesChanged`: the priority rules changed, so the check re-decides the priority first (issue 12). */
  | { readonly kind: 'check'; readonly issueId: string; readonly issueKey: string; readonly rulesChanged?: true }
  /** Walk the open requests (a clock-affecting config change) and queue a check for each. */
  | { readonly kind: 'rescan'; readonly pageToken: string | null; readonly rulesChanged?: true };

export interface WorkQueue {
  push(items: readonly WorkItem[]): Promise<void>;
}

export type ImChannel = 'dingtalk' | 'wecom';

export interface ImNotifier {
  send(channel: ImChannel, text: string): Promise<void>;
}

/** Raised by adapters when the invocation is about to run out of time: the platform should retry later. */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'RetryLaterError';
  }
}

// ---- closing the loop (issue 6): follow-ups, reports, export, IM ------------------------------------

export interface NewIssue {
  readonly projectId: string;
  readonly issueTypeName: string;
  readonly summary: string;
  readonly description: string;
  readonly assigneeAccountId: string | null;
  /** Written with the issue in the same create call, so the issue never exists without them. */
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface NamedPerson {
  readonly accountId: string;
  readonly displayName: string;
}

/** One search hit with the Jira fields the reports and the export read, plus the requested issue properties. */
export interface IssueHit {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  readonly description: string | null;
  readonly created: number;
  readonly resolved: number | null;
  readonly status: string;
  readonly done: boolean;
  readonly assignee: NamedPerson | null;
  readonly reporter: NamedPerson | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Jira REST beyond JiraPort, as the app. */
export interface LoopJiraPort {
  createIssue(input: NewIssue): Promise<{ readonly id: string; readonly key: string }>;
  linkIssues(typeName: string, inwardKey: string, outwardKey: string): Promise<void>;
  /** Pages of a JQL search ordered as the JQL says, with the named issue properties. */
  search(jql: string, properties: readonly string[], pageToken: string | null, pageSize: number): Promise<Page<IssueHit>>;
  deleteProperty(issueKeyOrId: string, propertyKey: string): Promise<void>;
}

/** Plain KVS access for the loop's own records (follow-up claims, IM ledger) and the app-data export. */
export interface AppStore {
  get(key: string): Promise<unknown>;
  /** Create-if-absent: true only for the caller that wrote the value. */
  create(key: string, value: unknown, ttlSeconds?: number): Promise<boolean>;
  list(prefix: string): Promise<readonly { readonly key: string; readonly value: unknown }[]>;
  set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
}
