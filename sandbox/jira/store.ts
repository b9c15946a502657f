import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Persistence of the emulator's mutable state. Configuration (workflow, accounts) lives in code, not here. */

export interface IssueRow {
  readonly id: number;
  readonly num: number;
  readonly key: string;
  readonly issuetype_id: string;
  readonly summary: string;
  /** ADF document as JSON text, or null. */
  readonly description: string | null;
  readonly status_id: string;
  readonly status_changed: number;
  readonly priority_id: string;
  readonly priority_rank: number;
  readonly assignee: string | null;
  readonly reporter: string;
  readonly creator: string;
  /** JSON array of strings. */
  readonly labels: string;
  readonly request_type_id: string | null;
  readonly channel: string | null;
  readonly resolution_date: number | null;
  readonly created: number;
  readonly updated: number;
}

export interface CommentRow {
  readonly id: number;
  readonly issue_id: number;
  readonly author: string;
  readonly body: string;
  readonly internal: number;
  readonly created: number;
  readonly updated: number;
}

export interface PropertyRow { readonly issue_id: number; readonly key: string; readonly value: string }
export interface LinkRow { readonly id: number; readonly type_id: string; readonly inward_id: number; readonly outward_id: number }
export interface FeedbackRow { readonly issue_id: number; readonly rating: number; readonly comment: string | null; readonly created: number }
/** One history entry of an issue (`GET /rest/api/3/issue/{id}/changelog`); `items` is JSON of the change items. */
export interface ChangelogRow { readonly id: number; readonly issue_id: number; readonly author: string; readonly created: number; readonly items: string }
export interface OutboxRow { readonly id: number; readonly at: number; readonly to_addr: string; readonly subject: string | null; readonly body: string }

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS issues (
  id INTEGER PRIMARY KEY, num INTEGER NOT NULL UNIQUE, key TEXT NOT NULL UNIQUE, issuetype_id TEXT NOT NULL,
  summary TEXT NOT NULL, description TEXT, status_id TEXT NOT NULL, status_changed INTEGER NOT NULL,
  priority_id TEXT NOT NULL, priority_rank INTEGER NOT NULL, assignee TEXT, reporter TEXT NOT NULL, creator TEXT NOT NULL,
  labels TEXT NOT NULL, request_type_id TEXT, channel TEXT, resolution_date INTEGER, created INTEGER NOT NULL, updated INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS issues_status ON issues(status_id);
CREATE INDEX IF NOT EXISTS issues_priority ON issues(priority_rank);
CREATE INDEX IF NOT EXISTS issues_assignee ON issues(assignee);
CREATE INDEX IF NOT EXISTS issues_reporter ON issues(reporter);
CREATE INDEX IF NOT EXISTS issues_created ON issues(created);
CREATE INDEX IF NOT EXISTS issues_updated ON issues(updated);
CREATE TABLE IF NOT EXISTS comments (
  id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, author TEXT NOT NULL, body TEXT NOT NULL, internal INTEGER NOT NULL,
  created INTEGER NOT NULL, updated INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS comments_issue ON comments(issue_id);
CREATE TABLE IF NOT EXISTS properties (issue_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (issue_id, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS property_values (issue_id INTEGER NOT NULL, property_key TEXT NOT NULL, path TEXT NOT NULL, num REAL, str TEXT);
CREATE INDEX IF NOT EXISTS property_values_num ON property_values(property_key, path, num);
CREATE INDEX IF NOT EXISTS property_values_str ON property_values(property_key, path, str);
DROP INDEX IF EXISTS property_values_issue;
CREATE INDEX IF NOT EXISTS property_values_entry ON property_values(issue_id, property_key, path, num, str);
CREATE TABLE IF NOT EXISTS participants (issue_id INTEGER NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (issue_id, account_id));
CREATE INDEX IF NOT EXISTS participants_account ON participants(account_id);
CREATE TABLE IF NOT EXISTS feedback (issue_id INTEGER PRIMARY KEY, rating INTEGER NOT NULL, comment TEXT, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS links (id INTEGER PRIMARY KEY, type_id TEXT NOT NULL, inward_id INTEGER NOT NULL, outward_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS links_inward ON links(inward_id);
CREATE INDEX IF NOT EXISTS links_outward ON links(outward_id);
CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, to_addr TEXT NOT NULL, subject TEXT, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changelog (id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, author TEXT NOT NULL, created INTEGER NOT NULL, items TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS changelog_issue ON changelog(issue_id, id);
`;

const DATA_TABLES = ['meta', 'issues', 'comments', 'properties', 'property_values', 'participants', 'feedback', 'links', 'outbox', 'changelog'] as const;

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepared statements are compiled once per connection: preparing dominates the cost of small queries. */
export const prepared = <P extends unknown[] = unknown[], R = unknown>(db: Db, source: string): Database.Statement<P, R> => {
  let cache = statements.get(db);
  if (cache === undefined) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(source);
  if (stmt === undefined) {
    stmt = db.prepare(source);
    cache.set(source, stmt);
  }
  return stmt as unknown as Database.Statement<P, R>;
};

/** WAL with synchronous=FULL: every committed mutation survives a crash of the process or the machine. */
export const openStore = (dataDir: string): Db => {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'jira.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
};

export const clearStore = (db: Db): void => {
  db.transaction(() => {
    for (const t of DATA_TABLES) db.exec(`DELETE FROM ${t}`);
  })();
};

export const readMeta = (db: Db, key: string): string | undefined =>
  prepared<[string], { value: string }>(db, 'SELECT value FROM meta WHERE key = ?').get(key)?.value;

export const writeMeta = (db: Db, key: string, value: string): void => {
  prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
};

/** Monotonic counters for ids Jira hands out (issue ids, comment ids, changelog ids). */
export const nextSequence = (db: Db, name: string, start: number): number => {
  const current = readMeta(db, `seq:${name}`);
  const next = current === undefined ? start : Number(current) + 1;
  writeMeta(db, `seq:${name}`, String(next));
  return next;
};

export const issueById = (db: Db, id: number): IssueRow | undefined =>
  prepared<[number], IssueRow>(db, 'SELECT * FROM issues WHERE id = ?').get(id);

const issueByKey = (db: Db, key: string): IssueRow | undefined =>
  prepared<[string], IssueRow>(db, 'SELECT * FROM issues WHERE key = ?').get(key.toUpperCase());

export const issueByIdOrKey = (db: Db, idOrKey: string): IssueRow | undefined =>
  /^\d+$/.test(idOrKey) ? issueById(db, Number(idOrKey)) : issueByKey(db, idOrKey);

export const commentsOf = (db: Db, issueId: number): CommentRow[] =>
  prepared<[number], CommentRow>(db, 'SELECT * FROM comments WHERE issue_id = ? ORDER BY id').all(issueId);

export const propertiesOf = (db: Db, issueId: number): PropertyRow[] =>
  prepared<[number], PropertyRow>(db, 'SELECT * FROM properties WHERE issue_id = ? ORDER BY key').all(issueId);

export const propertyOf = (db: Db, issueId: number, key: string): PropertyRow | undefined =>
  prepared<[number, string], PropertyRow>(db, 'SELECT * FROM properties WHERE issue_id = ? AND key = ?').get(issueId, key);

export const participantsOf = (db: Db, issueId: number): string[] =>
  prepared<[number], { account_id: string }>(db, 'SELECT account_id FROM participants WHERE issue_id = ? ORDER BY rowid').all(issueId).map((r) => r.account_id);

export const linksOf = (db: Db, issueId: number): LinkRow[] =>
  prepared<[number, number], LinkRow>(db, 'SELECT * FROM links WHERE inward_id = ? OR outward_id = ? ORDER BY id').all(issueId, issueId);

export const feedbackOf = (db: Db, issueId: number): FeedbackRow | undefined =>
  prepared<[number], FeedbackRow>(db, 'SELECT * FROM feedback WHERE issue_id = ?').get(issueId);

export const outboxRows = (db: Db): OutboxRow[] => prepared<[], OutboxRow>(db, 'SELECT * FROM outbox ORDER BY id').all();

/** The history of an issue, oldest first. */
export const changelogOf = (db: Db, issueId: number): ChangelogRow[] =>
  db.prepare<[number], ChangelogRow>('SELECT * FROM changelog WHERE issue_id = ? ORDER BY id').all(issueId);
