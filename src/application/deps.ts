import type {
  AccessPort,
  AppStore,
  AuditLog,
  Clock,
  ConfigRepository,
  ImNotifier,
  IssueEditor,
  JiraPort,
  LifecycleLedger,
  Logger,
  People,
  OnceRepository,
  RecordArchive,
  SequenceRepository,
  SlaEventLog,
  SurveyLinkPort,
  TruthStore,
  WorkQueue,
} from './ports';

/** Everything a use case may touch; entry handlers build it from adapters, tests from in-memory fakes. */
export interface AppDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  /** All of Jira's capabilities; a use case names those it needs (`WithJira<IssueReader & …>`). */
  readonly jira: JiraPort;
  readonly config: ConfigRepository;
  readonly sequences: SequenceRepository;
  readonly once: OnceRepository;
  readonly events: SlaEventLog;
  readonly queue: WorkQueue;
  readonly im: ImNotifier;
  readonly store: AppStore;
  /** The authoritative copy of each request's records; issue properties only mirror it (issue 10). */
  readonly truth: TruthStore;
  readonly audit: AuditLog;
  /** Where each request's creation lifecycle stands; what the reconciler looks for (issue 10). */
  readonly lifecycle: LifecycleLedger;
  /** Configuration history and audit log as the archive exports and restores them (issue 13). */
  readonly archive: RecordArchive;
  /** The app's id (UUID part of `app.id`); JSM keys the portal panel's stored submission by it. */
  readonly appUuid: string | null;
  /**
   * Whether a crossing within the queue's delay window gets a delayed check at its instant (issue 15); off, the
   * five-minute sweep alone finds crossings. The Forge environment variable `SLA_EXACT_CHECKS=off` turns it off.
   */
  readonly exactChecks: boolean;
  /** The signing key and address of the confirmation-and-survey link (issue 13). */
  readonly links: SurveyLinkPort;
}

/** A resolver's deps: the app's plus the caller's identity and asUser checks. */
export interface CallerDeps extends AppDeps {
  readonly access: AccessPort;
  readonly accountId: string;
}

/**
 * The members of AppDeps a use case names, so its signature says what it touches (`Needs<'truth' | 'clock'>`);
 * callers still pass their whole AppDeps.
 */
export type Needs<K extends keyof AppDeps> = Pick<AppDeps, K>;

/** The Jira capabilities a use case names (`WithJira<IssueReader & People>`), rather than all of JiraPort. */
export interface WithJira<C> {
  readonly jira: C;
}

/**
 * An agent action that records on the request and answers with the panel's new state (getAgentState): app storage,
 * the record's mirrors (IssueEditor), people's names (People), and the clocks read as of now.
 */
export type AgentActionDeps = Needs<'clock' | 'config' | 'events' | 'logger' | 'truth'> & WithJira<IssueEditor & People>;
