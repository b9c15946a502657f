/**
 * What the use cases need from the outside world. Adapters (src/adapters) implement these over Forge;
 * tests implement them in memory. Instants are UTC epoch milliseconds.
 */
import type { TransitionOption } from '../domain/closure';
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
  /** Who created it: the reporter, or the agent who raised it on the reporter's behalf; absent when not read. */
  readonly creatorAccountId?: string | null;
  readonly assigneeAccountId: string | null;
  /**
   * The issue properties asked for with the read (`getIssue(key, propertyKeys)`), absent ones missing; undefined
   * when none were asked for. One call instead of one per property (issue 15). Only as fresh as the read: once
   * the app writes a mirror, pass the issue on without them.
   */
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface UserProfile {
  readonly accountId: string;
  readonly displayName: string;
  /** e.g. `zh_CN`, `en_US`; null when Jira does not say. */
  readonly locale: string | null;
  readonly timeZone: string | null;
}

/** A comment's visibility and plain text (ADF flattened), enough to recognise the app's own acknowledgement. */
export interface CommentText {
  readonly isPublic: boolean;
  readonly text: string;
}

export interface CommentFacts {
  readonly id: string;
  readonly authorAccountId: string | null;
  readonly createdAt: number;
  readonly isPublic: boolean;
}

/** One entry of an issue's history, reduced to what the clocks care about. */
export interface ChangelogEntry {
  readonly id: string;
  readonly authorAccountId: string | null;
  readonly createdAt: number;
  /** Status name the issue moved to, when the entry changed the status. */
  readonly statusTo: string | null;
  /** Jira priority name the issue moved to, when the entry changed the priority. */
  readonly priorityTo: string | null;
}

/** A slice of a list Jira pages by offset (`startAt`), with the list's length. */
export interface Slice<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextPageToken: string | null;
}

/** What one `PUT issue` sets: Jira's priority by name, the assignee, issue properties by key, a public comment. */
export interface IssueEdit {
  readonly priorityName?: string;
  readonly assigneeAccountId?: string;
  readonly properties?: Readonly<Record<string, unknown>>;
  /** A public comment added by the same edit (`update.comment`: add), e.g. creation's acknowledgement. */
  readonly publicComment?: string;
}

/*
 * Jira REST, called as the app, split by capability so that a use case names the ones it needs (a reader
 * cannot edit, a report cannot create issues). Every method retries transient failures within the invocation's
 * time. The adapters implement all of them together: `JiraPort`.
 */

/** Reads one issue: the issue itself, its properties, its history and its comments. */
export interface IssueReader {
  /** With `propertyKeys`, the same call also brings those issue properties (`properties` of the snapshot). */
  getIssue(issueKeyOrId: string, propertyKeys?: readonly string[]): Promise<IssueSnapshot | null>;
  getProperty(issueKeyOrId: string, propertyKey: string): Promise<unknown>;
  /** Several properties in one call; an absent property is missing from the result. */
  getProperties(issueKeyOrId: string, propertyKeys: readonly string[]): Promise<Readonly<Record<string, unknown>>>;
  /** The issue's history from offset `startAt`, oldest first (issue 10: what late events have not told yet). */
  changelog(issueKeyOrId: string, startAt: number): Promise<Slice<ChangelogEntry>>;
  /** The issue's comments from offset `startAt`, oldest first. */
  listComments(issueKeyOrId: string, startAt: number): Promise<Slice<CommentFacts>>;
  /** Every comment of the issue with its text, oldest first (all pages). */
  listCommentTexts(issueKeyOrId: string): Promise<readonly CommentText[]>;
}

/** Changes an existing issue: its properties and fields, comments on it, notifications about it. */
export interface IssueEditor {
  setProperty(issueKeyOrId: string, propertyKey: string, value: unknown): Promise<void>;
  deleteProperty(issueKeyOrId: string, propertyKey: string): Promise<void>;
  addComment(issueKeyOrId: string, text: string, visibility: 'public' | 'internal'): Promise<void>;
  assign(issueKeyOrId: string, accountId: string): Promise<void>;
  setJiraPriority(issueKeyOrId: string, priorityName: string): Promise<void>;
  /**
   * One `PUT issue` carrying field edits and issue properties together (issue 15): all of it is applied or, on
   * an error, none of it is. Used by creation to set priority, assignee and its mirrors in one call.
   */
  editIssue(issueKeyOrId: string, edit: IssueEdit): Promise<void>;
  notify(issueKeyOrId: string, accountIds: readonly string[], subject: string, text: string): Promise<void>;
}

/** Creates issues and links between them (the follow-up tasks). */
export interface IssueCreator {
  createIssue(input: NewIssue): Promise<{ readonly id: string; readonly key: string }>;
  linkIssues(typeName: string, inwardKey: string, outwardKey: string): Promise<void>;
}

/** Moves an issue through its workflow. */
export interface Workflow {
  /** Moves the issue to a status by name through an available transition; false if none leads there. */
  transitionTo(issueKeyOrId: string, statusName: string): Promise<boolean>;
  /** The transitions the workflow offers from the issue's current status, with their target status. */
  listTransitions(issueKeyOrId: string): Promise<readonly TransitionOption[]>;
  /**
   * Performs a transition by id (one `listTransitions` offered). `properties` are set by the same call, only if the
   * transition is made (IssueUpdateDetails.properties): a mirror that says what the transition did rides with it.
   */
  transition(issueKeyOrId: string, transitionId: string, properties?: Readonly<Record<string, unknown>>): Promise<void>;
}

/** Who people are: profiles, project roles, the app's own account. */
export interface People {
  getUser(accountId: string): Promise<UserProfile | null>;
  isAgentOfProject(accountId: string, projectId: string): Promise<boolean>;
  /** The app's own account: Jira credits the app's changes to it. */
  myAccountId(): Promise<string>;
}

/** Finds issues by JQL: the app's open requests, pending consultations, recent creations, any query. */
export interface IssueSearch {
  /** Requests the app numbered that are not done yet. */
  searchOpen(pageToken: string | null, pageSize: number): Promise<Page<{ readonly id: string; readonly key: string }>>;
  /**
   * Requests whose `service-record` mirror says a consultation waits for the account (JQL `consultationPending`),
   * most recently updated first, at most `limit`: candidates only — the caller confirms each from app storage.
   */
  searchConsultationsPending(accountId: string, limit: number): Promise<readonly { readonly id: string; readonly key: string }[]>;
  /** Issues created in the last `minutes` (the reconciler's window), oldest first. */
  searchCreatedSince(minutes: number, pageToken: string | null, pageSize: number): Promise<Page<{ readonly id: string; readonly key: string }>>;
  /** Pages of a JQL search ordered as the JQL says, with the named issue properties. */
  search(jql: string, properties: readonly string[], pageToken: string | null, pageSize: number): Promise<Page<IssueHit>>;
}

/** All of Jira the app uses, as the adapters implement it; a use case takes only the capabilities it names. */
export type JiraPort = IssueReader & IssueEditor & IssueCreator & Workflow & People & IssueSearch;

/** Checks made as the calling user (asUser), so Jira itself decides what they may see. */
export interface AccessPort {
  isJiraAdmin(): Promise<boolean>;
  isAgentOfProject(projectId: string): Promise<boolean>;
  /** Whether the caller is an agent of the service desk's (portal's) project; false when they cannot see it. */
  isAgentOfServiceDesk(serviceDeskId: string): Promise<boolean>;
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
 * Dense, never-shared sequences (1, 2, 3 …) per scope. `claim` gives an owner the next free value, and the
 * same value however often it is repeated — concurrently, or after a crash at any point of an earlier claim.
 */
export interface SequenceRepository {
  /** The value the owner holds (also one claimed by a run that crashed before recording it), else null. */
  claimed(scope: string, owner: string): Promise<number | null>;
  claim(scope: string, owner: string): Promise<number>;
}

/**
 * Exactly-once markers. `claim`/`forget` are the one-step form (taken before the effect). The two-step form
 * — `intend` an attempt, do the effect, `complete` — lets a later run see that an attempt was started and
 * not finished (its holder died between claim and effect) and redo or confirm it.
 */
export interface OnceRepository {
  claim(key: string): Promise<boolean>;
  forget(key: string): Promise<void>;
  /** Done, or the latest attempt (numbered from 1) with the instant until which its holder may still be working. */
  inspect(key: string): Promise<OnceState>;
  /** Create-if-absent of attempt `attempt`: true for exactly one caller, so one taker per attempt (a fence). */
  intend(key: string, attempt: number, until: number): Promise<boolean>;
  /** The attempt failed before or during its effect: a next run need not wait for `until`. */
  abandon(key: string, attempt: number): Promise<void>;
  complete(key: string, at: number): Promise<void>;
}

export type OnceState =
  | { readonly done: true }
  | { readonly done: false; readonly attempt: number; readonly until: number | null };

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
  /**
   * `at`: an exact check (issue 15), queued with a delay to run at this crossing; stale once the request's stored
   * next crossing is no longer `at` (a later recompute superseded it).
   */
  | { readonly kind: 'check'; readonly issueId: string; readonly issueKey: string; readonly rulesChanged?: true; readonly at?: number }
  /** Walk the open requests (a clock-affecting config change) and queue a check for each. */
  | { readonly kind: 'rescan'; readonly pageToken: string | null; readonly rulesChanged?: true };

export interface WorkQueue {
  /** `delaySeconds` (0–900) holds the items back that long before a consumer gets them. */
  push(items: readonly WorkItem[], delaySeconds?: number): Promise<void>;
}

export type ImChannel = 'dingtalk' | 'wecom';

/** What the signed confirmation-and-survey links need from the platform (issue 13). */
export interface SurveyLinkPort {
  /** The installation's signing key: generated once, kept in encrypted app storage, never shown to anyone. */
  signingKey(): Promise<string>;
  /** The address of the survey-link web trigger. */
  pageUrl(): Promise<string>;
}

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

/** Plain KVS access for the loop's own records (follow-up claims, IM ledger) and the app-data export. */
export interface AppStore {
  get(key: string): Promise<unknown>;
  /** Create-if-absent: true only for the caller that wrote the value. */
  create(key: string, value: unknown, ttlSeconds?: number): Promise<boolean>;
  list(prefix: string): Promise<readonly { readonly key: string; readonly value: unknown }[]>;
  set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

// ---- trust (issue 10): app storage is the truth, issue properties are its mirrors ---------------------

/** The app's records that Jira shows as issue properties; the app keeps the authoritative copy in its storage. */
export type MirroredProperty = 'service-record' | 'sla' | 'survey' | 'follow-up';

/**
 * App storage of a request's records, keyed by issue id (keys change when an issue moves). Only the app can
 * write it, so every decision reads it, never the issue property an agent may have edited.
 */
export interface TruthStore {
  get(issueId: string, property: MirroredProperty): Promise<unknown>;
  /** One property of many requests (reports, export), by issue id; absent ones are missing from the map. */
  getMany(issueIds: readonly string[], property: MirroredProperty): Promise<ReadonlyMap<string, unknown>>;
  /**
   * Stores the value. For `sla`, `nextCheckAt` (epoch ms, or null when no clock runs) indexes the request for
   * the sweep; `issueKey` is kept with it so the sweep can name the request.
   */
  set(issueId: string, issueKey: string, property: MirroredProperty, value: unknown, nextCheckAt?: number | null): Promise<void>;
  /** Requests whose stored next check is at or before `at`, earliest first. */
  due(at: number, cursor: string | null, limit: number): Promise<Page<{ readonly id: string; readonly key: string }>>;
  /** Every request the app holds a service record for, by issue id, a page at a time (the mirror patrol). */
  requests(cursor: string | null, limit: number): Promise<Page<{ readonly id: string }>>;
}

// ---- recovery (issue 10): the creation lifecycle ledger and the audit log --------------------------------

/** How a request's creation lifecycle ended: done in full, or nothing to do (not a JSM request, issue gone). */
export type LifecycleOutcome = 'complete' | 'not-a-request' | 'vanished';

export interface LifecycleStart {
  readonly issueKey: string;
  /** The numbering scope (`svc:<day>`) the request draws its number from. */
  readonly scope: string;
  readonly at: number;
}

/**
 * Where each request's creation lifecycle stands, in app storage. A started lifecycle stays listed until it
 * is finished, so the reconciler sees every dangling one however old.
 */
export interface LifecycleLedger {
  /** Idempotent; keeps the first start. */
  start(issueId: string, start: LifecycleStart): Promise<void>;
  finish(issueId: string, outcome: LifecycleOutcome, at: number): Promise<void>;
  isFinished(issueId: string): Promise<boolean>;
  /** Of these ids, those whose lifecycle is not finished (one batched read). */
  unfinishedOf(issueIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Lifecycles started and not finished, a page at a time. */
  started(cursor: string | null): Promise<Page<{ readonly issueId: string } & LifecycleStart>>;
  startOf(issueId: string): Promise<LifecycleStart | null>;
  /**
   * The instant from which the app answers for every new request (its first install): the first `at` ever
   * given is kept and returned. Requests created before it were never the app's to finish.
   */
  watchSince(at: number): Promise<number>;
}

/** An admin-visible record of something the app did on its own that someone may need to explain. */
export interface AuditEntry {
  readonly at: number;
  /** e.g. `mirror-rewritten`, `number-unused`. */
  readonly kind: string;
  readonly issueKey?: string;
  readonly detail: string;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Oldest first, a page at a time; a cursor the log did not issue → InvalidCursorError. */
  list(cursor: string | null): Promise<Page<AuditEntry>>;
}

/** A stored configuration version exactly as kept (the archive restores it verbatim). */
export interface ConfigVersionRow {
  readonly version: number;
  readonly config: unknown;
  readonly updatedAt: number;
  readonly updatedBy: string | null;
}

/** What the archive (export / import, issue 13) needs beyond the ports' everyday reads and writes. */
export interface RecordArchive {
  /** Every saved configuration version, oldest first, as stored. */
  configVersions(): Promise<ConfigVersionRow[]>;
  /** Writes the versions verbatim and points the head at the newest: a restore into fresh app storage. */
  restoreConfigVersions(rows: readonly ConfigVersionRow[]): Promise<void>;
  /** Adds the audit entries the log lacks (as many of each as given); returns how many were added. */
  restoreAudit(entries: readonly AuditEntry[]): Promise<number>;
}

export class InvalidCursorError extends Error {
  constructor() {
    super('the cursor was not issued by this list');
    this.name = 'InvalidCursorError';
  }
}

// ---- knowledge base (issue 13 point 5): the linked Confluence site --------------------------------------

/** A page in the knowledge base, with the address people open it at. */
export interface KnowledgePage {
  readonly id: string;
  readonly url: string;
}

/** Raised by the knowledge-base adapter when Confluence cannot be reached or refuses (no site linked, no rights). */
export class KnowledgeBaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnowledgeBaseUnavailableError';
  }
}

/** Confluence pages, called as the app. */
export interface KnowledgeBasePort {
  /** The space's id by its key; null when the site has no such space. */
  findSpaceId(spaceKey: string): Promise<string | null>;
  createDraft(input: { readonly spaceId: string; readonly title: string; readonly storage: string }): Promise<KnowledgePage>;
  /** The draft or page; null when it no longer exists. */
  getPage(pageId: string): Promise<KnowledgePage | null>;
}
