import type { ProductEvent, SandboxClock } from '../contracts';
import { findAccount } from './accounts';
import { INITIAL_STATUS_ID, PROJECT, RESOLUTION_DONE, TRANSITIONS, findLinkType, priorityOf, statusOf, type Transition } from './catalog';
import { adfToText, type AdfDoc } from './adf';
import {
  assignedEvent, commentedEvent, createdEvent, deletedEvent, labelsOf, linkCreatedEvent, updatedEvent, type ChangeItem,
} from './event-payloads';
import { extractIndexedValues, type PropertyIndexCatalog } from './property-index';
import {
  issueById, nextSequence, participantsOf, prepared, type CommentRow, type Db, type IssueRow,
} from './store';

/**
 * Every mutation of Jira state goes through here, REST handlers and the demo seed alike, so that each
 * commits in one SQLite transaction and then emits the product events the real Jira would.
 */

export interface NewIssue {
  readonly issueTypeId: string;
  readonly summary: string;
  readonly description: AdfDoc | null;
  readonly priorityId: string;
  readonly reporter: string;
  readonly assignee: string | null;
  readonly labels: readonly string[];
  readonly requestTypeId: string | null;
  readonly channel: string | null;
  readonly properties: readonly { readonly key: string; readonly value: unknown }[];
  readonly participants: readonly string[];
}

export interface IssueEdit {
  readonly summary?: string;
  readonly description?: AdfDoc | null;
  readonly priorityId?: string;
  readonly assignee?: string | null;
  readonly reporter?: string;
  readonly labels?: readonly string[];
}

export interface IssueServiceOptions {
  readonly db: Db;
  readonly clock: SandboxClock;
  readonly baseUrl: string;
  readonly propertyCatalog: () => PropertyIndexCatalog;
  readonly emit: (event: ProductEvent) => void;
}

export type TransitionResult = { readonly ok: true; readonly issue: IssueRow } | { readonly ok: false; readonly message: string };

const displayName = (accountId: string | null): string | null =>
  accountId === null ? null : findAccount(accountId)?.displayName ?? accountId;

const item = (field: string, fieldId: string, from: string | null, fromString: string | null, to: string | null, toString: string | null): ChangeItem =>
  ({ field, fieldtype: fieldId.startsWith('customfield_') ? 'custom' : 'jira', fieldId, from, fromString, to, toString });

export class IssueService {
  constructor(private readonly o: IssueServiceOptions) {}

  /** The same store and event sink, with another clock (the demo seed back-dates its requests). */
  withClock(clock: SandboxClock): IssueService {
    return new IssueService({ ...this.o, clock });
  }

  /** The same store, with events going elsewhere (the demo seed holds them back until it commits). */
  withEmitter(emit: (event: ProductEvent) => void): IssueService {
    return new IssueService({ ...this.o, emit });
  }

  private get db(): Db {
    return this.o.db;
  }

  private emit(event: ProductEvent): void {
    this.o.emit(event);
  }

  private mustGet(id: number): IssueRow {
    const row = issueById(this.db, id);
    if (row === undefined) throw new Error(`issue ${id} vanished inside its own transaction`);
    return row;
  }

  create(actor: string, input: NewIssue): IssueRow {
    const now = this.o.clock.now();
    const issue = this.db.transaction(() => {
      const num = nextSequence(this.db, 'issue', 1);
      // Ids follow numbers (10000 + n) so that JQL `key` comparisons run on the integer primary key.
      const id = 10000 + num;
      prepared(this.db, 
        `INSERT INTO issues (id, num, key, issuetype_id, summary, description, status_id, status_changed, priority_id, priority_rank,
           assignee, reporter, creator, labels, request_type_id, channel, resolution_date, created, updated)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
      ).run(
        id, num, `${PROJECT.key}-${num}`, input.issueTypeId, input.summary, input.description === null ? null : JSON.stringify(input.description),
        INITIAL_STATUS_ID, now, input.priorityId, priorityOf(input.priorityId).rank, input.assignee, input.reporter, actor,
        JSON.stringify(input.labels), input.requestTypeId, input.channel, now, now,
      );
      for (const p of input.properties) this.writeProperty(id, p.key, p.value);
      for (const a of input.participants) prepared(this.db, 'INSERT OR IGNORE INTO participants (issue_id, account_id) VALUES (?, ?)').run(id, a);
      return this.mustGet(id);
    })();
    this.emit(createdEvent(this.o.baseUrl, issue, actor));
    return issue;
  }

  edit(actor: string, issueId: number, edit: IssueEdit): IssueRow {
    const before = this.mustGet(issueId);
    const items: ChangeItem[] = [];
    const sets: string[] = [];
    const params: (string | number | null)[] = [];
    const set = (column: string, value: string | number | null): void => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (edit.summary !== undefined && edit.summary !== before.summary) {
      set('summary', edit.summary);
      items.push(item('summary', 'summary', null, before.summary, null, edit.summary));
    }
    if (edit.description !== undefined) {
      const text = edit.description === null ? null : JSON.stringify(edit.description);
      if (text !== before.description) {
        set('description', text);
        const oldText = before.description === null ? null : adfToText(JSON.parse(before.description));
        items.push(item('description', 'description', null, oldText, null, edit.description === null ? null : adfToText(edit.description)));
      }
    }
    if (edit.priorityId !== undefined && edit.priorityId !== before.priority_id) {
      set('priority_id', edit.priorityId);
      set('priority_rank', priorityOf(edit.priorityId).rank);
      items.push(item('priority', 'priority', before.priority_id, priorityOf(before.priority_id).name, edit.priorityId, priorityOf(edit.priorityId).name));
    }
    let assigneeItem: ChangeItem | undefined;
    if (edit.assignee !== undefined && edit.assignee !== before.assignee) {
      set('assignee', edit.assignee);
      assigneeItem = item('assignee', 'assignee', before.assignee, displayName(before.assignee), edit.assignee, displayName(edit.assignee));
      items.push(assigneeItem);
    }
    if (edit.reporter !== undefined && edit.reporter !== before.reporter) {
      set('reporter', edit.reporter);
      items.push(item('reporter', 'reporter', before.reporter, displayName(before.reporter), edit.reporter, displayName(edit.reporter)));
    }
    if (edit.labels !== undefined) {
      const oldLabels = labelsOf(before);
      if (JSON.stringify(oldLabels) !== JSON.stringify(edit.labels)) {
        set('labels', JSON.stringify(edit.labels));
        items.push(item('labels', 'labels', null, oldLabels.join(' '), null, edit.labels.join(' ')));
      }
    }
    if (items.length === 0) return before;
    set('updated', this.o.clock.now());
    const { issue, changelogId } = this.db.transaction(() => {
      this.db.prepare(`UPDATE issues SET ${sets.join(', ')} WHERE id = ?`).run(...params, issueId);
      return { issue: this.mustGet(issueId), changelogId: this.recordHistory(issueId, actor, this.o.clock.now(), items) };
    })();
    this.emit(updatedEvent(this.o.baseUrl, issue, actor, changelogId, items, undefined));
    if (assigneeItem !== undefined) this.emit(assignedEvent(this.o.baseUrl, issue, actor, changelogId, assigneeItem));
    return issue;
  }

  availableTransitions(issue: IssueRow, customerOnly: boolean): Transition[] {
    return TRANSITIONS.filter((t) => t.from.includes(issue.status_id) && (!customerOnly || t.customer));
  }

  transition(actor: string, issueId: number, transitionId: string, customerOnly: boolean): TransitionResult {
    const before = this.mustGet(issueId);
    const t = this.availableTransitions(before, customerOnly).find((x) => x.id === transitionId);
    if (t === undefined) return { ok: false, message: `Transition id '${transitionId}' is not valid for this issue.` };
    const now = this.o.clock.now();
    const from = statusOf(before.status_id);
    const to = statusOf(t.to);
    const wasDone = from.categoryKey === 'done';
    const isDone = to.categoryKey === 'done';
    const resolutionDate = isDone ? (wasDone ? before.resolution_date : now) : null;
    const items: ChangeItem[] = [item('status', 'status', from.id, from.name, to.id, to.name)];
    if (wasDone !== isDone) {
      items.push(isDone
        ? item('resolution', 'resolution', null, null, RESOLUTION_DONE.id, RESOLUTION_DONE.name)
        : item('resolution', 'resolution', RESOLUTION_DONE.id, RESOLUTION_DONE.name, null, null));
    }
    const { issue, changelogId } = this.db.transaction(() => {
      prepared(this.db, 'UPDATE issues SET status_id = ?, status_changed = ?, resolution_date = ?, updated = ? WHERE id = ?')
        .run(to.id, now, resolutionDate, now, issueId);
      return { issue: this.mustGet(issueId), changelogId: this.recordHistory(issueId, actor, now, items) };
    })();
    this.emit(updatedEvent(this.o.baseUrl, issue, actor, changelogId, items, { from: from.id, to: to.id }));
    return { ok: true, issue };
  }

  comment(actor: string, issueId: number, body: AdfDoc, internal: boolean): CommentRow {
    const now = this.o.clock.now();
    const { issue, comment } = this.db.transaction(() => {
      const id = nextSequence(this.db, 'comment', 10000);
      prepared(this.db, 'INSERT INTO comments (id, issue_id, author, body, internal, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, issueId, actor, JSON.stringify(body), internal ? 1 : 0, now, now);
      prepared(this.db, 'UPDATE issues SET updated = ? WHERE id = ?').run(now, issueId);
      const row = prepared<[number], CommentRow>(this.db, 'SELECT * FROM comments WHERE id = ?').get(id);
      if (row === undefined) throw new Error(`comment ${id} vanished inside its own transaction`);
      return { issue: this.mustGet(issueId), comment: row };
    })();
    this.emit(commentedEvent(this.o.baseUrl, issue, comment, actor));
    return comment;
  }

  /** Keeps the change in the issue's history (the changelog API) under the id its event carries. */
  private recordHistory(issueId: number, actor: string, at: number, items: readonly ChangeItem[]): number {
    const id = nextSequence(this.db, 'changelog', 10000);
    prepared(this.db, 'INSERT INTO changelog (id, issue_id, author, created, items) VALUES (?, ?, ?, ?, ?)').run(id, issueId, actor, at, JSON.stringify(items));
    return id;
  }

  private writeProperty(issueId: number, key: string, value: unknown): void {
    prepared(this.db, 'INSERT INTO properties (issue_id, key, value) VALUES (?, ?, ?) ON CONFLICT(issue_id, key) DO UPDATE SET value = excluded.value')
      .run(issueId, key, JSON.stringify(value));
    this.indexProperty(issueId, key, value);
  }

  private indexProperty(issueId: number, key: string, value: unknown): void {
    prepared(this.db, 'DELETE FROM property_values WHERE issue_id = ? AND property_key = ?').run(issueId, key);
    const insert = prepared(this.db, 'INSERT INTO property_values (issue_id, property_key, path, num, str) VALUES (?, ?, ?, ?, ?)');
    for (const v of extractIndexedValues(this.o.propertyCatalog(), key, value)) insert.run(issueId, key, v.path, v.num, v.str);
  }

  /** Property writes emit no issue event, as in Jira (only `updated` changes). Returns whether the key was new. */
  setProperty(issueId: number, key: string, value: unknown): boolean {
    return this.db.transaction(() => {
      const existed = prepared(this.db, 'SELECT 1 FROM properties WHERE issue_id = ? AND key = ?').get(issueId, key) !== undefined;
      this.writeProperty(issueId, key, value);
      return !existed;
    })();
  }

  deleteProperty(issueId: number, key: string): boolean {
    return this.db.transaction(() => {
      prepared(this.db, 'DELETE FROM property_values WHERE issue_id = ? AND property_key = ?').run(issueId, key);
      return prepared(this.db, 'DELETE FROM properties WHERE issue_id = ? AND key = ?').run(issueId, key).changes > 0;
    })();
  }

  /** Rebuilds the search index of every stored property, after the manifest's index declarations changed. */
  reindexProperties(): void {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM property_values');
      const rows = this.db.prepare<[], { issue_id: number; key: string; value: string }>('SELECT issue_id, key, value FROM properties').all();
      for (const r of rows) this.indexProperty(r.issue_id, r.key, JSON.parse(r.value));
    })();
  }

  setParticipants(actor: string, issueId: number, add: readonly string[], remove: readonly string[]): string[] {
    const before = participantsOf(this.db, issueId);
    const after = this.db.transaction(() => {
      for (const a of add) prepared(this.db, 'INSERT OR IGNORE INTO participants (issue_id, account_id) VALUES (?, ?)').run(issueId, a);
      for (const r of remove) prepared(this.db, 'DELETE FROM participants WHERE issue_id = ? AND account_id = ?').run(issueId, r);
      return participantsOf(this.db, issueId);
    })();
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      const now = this.o.clock.now();
      const names = (ids: readonly string[]): string => ids.map((i) => displayName(i) ?? i).join(', ');
      const items = [item('Request participants', 'customfield_10026', before.join(', '), names(before), after.join(', '), names(after))];
      const { issue, changelogId } = this.db.transaction(() => {
        prepared(this.db, 'UPDATE issues SET updated = ? WHERE id = ?').run(now, issueId);
        return { issue: this.mustGet(issueId), changelogId: this.recordHistory(issueId, actor, now, items) };
      })();
      this.emit(updatedEvent(this.o.baseUrl, issue, actor, changelogId, items, undefined));
    }
    return after;
  }

  link(typeName: string, inwardId: number, outwardId: number): number {
    const type = findLinkType(typeName);
    if (type === undefined) throw new Error(`unknown link type ${typeName}`);
    const id = this.db.transaction(() => {
      const linkId = nextSequence(this.db, 'link', 10000);
      prepared(this.db, 'INSERT INTO links (id, type_id, inward_id, outward_id) VALUES (?, ?, ?, ?)').run(linkId, type.id, inwardId, outwardId);
      return linkId;
    })();
    this.emit(linkCreatedEvent(id, type.id, outwardId, inwardId));
    return id;
  }

  /** Removes the issue with everything hanging off it; one `deleted:issue` event, none cascading (as in Jira). */
  delete(actor: string, issueId: number): void {
    const issue = this.mustGet(issueId);
    this.db.transaction(() => {
      for (const table of ['comments', 'properties', 'property_values', 'participants', 'feedback', 'changelog']) {
        prepared(this.db, `DELETE FROM ${table} WHERE issue_id = ?`).run(issueId);
      }
      prepared(this.db, 'DELETE FROM links WHERE inward_id = ? OR outward_id = ?').run(issueId, issueId);
      prepared(this.db, 'DELETE FROM issues WHERE id = ?').run(issueId);
    })();
    this.emit(deletedEvent(this.o.baseUrl, issue, actor));
  }

  /** CSAT feedback: JSM emits no Forge product event for it. */
  setFeedback(issueId: number, rating: number, comment: string | null): void {
    prepared(this.db, 'INSERT INTO feedback (issue_id, rating, comment, created) VALUES (?, ?, ?, ?) ON CONFLICT(issue_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment')
      .run(issueId, rating, comment, this.o.clock.now());
  }

  deleteFeedback(issueId: number): boolean {
    return prepared(this.db, 'DELETE FROM feedback WHERE issue_id = ?').run(issueId).changes > 0;
  }

  recordNotification(to: string, subject: string | null, body: unknown): void {
    prepared(this.db, 'INSERT INTO outbox (at, to_addr, subject, body) VALUES (?, ?, ?, ?)').run(this.o.clock.now(), to, subject, JSON.stringify(body));
  }
}
