import { z } from 'zod';
import { REQUEST_TYPE_FIELD_ID, RESOLUTION_DONE, findLinkType, requestTypeOf, statusOf } from '../catalog';
import { adfToText, escapeHtml } from '../adf';
import { labelsOf } from '../event-payloads';
import { formatJiraDateTime } from '../jira-time';
import {
  issueTypeById, priorityById, projectRef, requestTypeFieldValue, statusById, userDetailsById,
} from '../representations';
import { commentsOf, issueById, linksOf, participantsOf, propertiesOf, type ChangelogRow, type CommentRow, type Db, type IssueRow } from '../store';
import type { IssueService } from '../issue-service';

/** `IssueBean` and `Comment` renderings with Jira's field selection (`fields`, `properties`, `expand`). */

const FIELD_NAMES: Readonly<Record<string, string>> = {
  summary: 'Summary', description: 'Description', issuetype: 'Issue Type', project: 'Project', status: 'Status',
  priority: 'Priority', assignee: 'Assignee', reporter: 'Reporter', creator: 'Creator', created: 'Created', updated: 'Updated',
  labels: 'Labels', resolution: 'Resolution', resolutiondate: 'Resolved', statuscategorychangedate: 'Status Category Changed',
  issuelinks: 'Linked Issues', comment: 'Comment', [REQUEST_TYPE_FIELD_ID]: 'Request Type', customfield_10026: 'Request participants',
};

const ALL_FIELDS = Object.keys(FIELD_NAMES);

/** Resolves a `fields` parameter (`*all`, `*navigable`, names, `-exclusions`) against the fields the emulator knows. */
export const selectFields = (param: readonly string[] | undefined, defaultAll: boolean): string[] => {
  const requested = (param ?? []).flatMap((f) => f.split(',')).map((f) => f.trim()).filter((f) => f.length > 0);
  if (requested.length === 0) return defaultAll ? [...ALL_FIELDS] : [];
  const exclusions = new Set(requested.filter((f) => f.startsWith('-')).map((f) => f.slice(1)));
  const picks = requested.filter((f) => !f.startsWith('-'));
  const base = picks.some((f) => f === '*all' || f === '*navigable') || (picks.length === 0 && exclusions.size > 0)
    ? ALL_FIELDS
    : picks.filter((f) => ALL_FIELDS.includes(f));
  return [...new Set(base)].filter((f) => !exclusions.has(f));
};

export interface CommentView {
  readonly base: string;
  readonly issueId: number;
  readonly timeZone: string;
  readonly withProperties: boolean;
}

export const commentJson = (c: CommentRow, v: CommentView): Record<string, unknown> => ({
  self: `${v.base}/rest/api/3/issue/${v.issueId}/comment/${c.id}`,
  id: String(c.id),
  author: userDetailsById(v.base, c.author),
  body: JSON.parse(c.body),
  updateAuthor: userDetailsById(v.base, c.author),
  created: formatJiraDateTime(c.created, v.timeZone),
  updated: formatJiraDateTime(c.updated, v.timeZone),
  jsdPublic: c.internal === 0,
  ...(v.withProperties ? { properties: c.internal === 1 ? [{ key: 'sd.public.comment', value: { internal: true } }] : [] } : {}),
});

/** `PageBeanChangelog.values[]`: one history entry with its author, time and change items. */
export const changelogJson = (c: ChangelogRow, v: { readonly base: string; readonly timeZone: string }): Record<string, unknown> => ({
  id: String(c.id),
  author: userDetailsById(v.base, c.author),
  created: formatJiraDateTime(c.created, v.timeZone),
  // Jira leaves out the `from*`/`to*` members a change has no value for (the schema allows no nulls).
  items: z.array(z.record(z.string(), z.unknown())).parse(JSON.parse(c.items)).map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== null))),
});

export interface IssueView {
  readonly base: string;
  readonly timeZone: string;
  readonly fields: readonly string[];
  readonly properties: readonly string[];
  readonly expand: readonly string[];
}

const linkJson = (db: Db, base: string, issue: IssueRow, linkId: number, typeId: string, inwardId: number, outwardId: number): Record<string, unknown> | undefined => {
  const type = findLinkType(typeId);
  const otherId = inwardId === issue.id ? outwardId : inwardId;
  const other = issueById(db, otherId);
  if (type === undefined || other === undefined) return undefined;
  const ref = { id: String(other.id), key: other.key, self: `${base}/rest/api/3/issue/${other.id}`, fields: { summary: other.summary, status: statusById(base, other.status_id), priority: priorityById(base, other.priority_id), issuetype: issueTypeById(base, other.issuetype_id) } };
  return {
    id: String(linkId),
    self: `${base}/rest/api/3/issueLink/${linkId}`,
    type: { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: `${base}/rest/api/3/issueLinkType/${type.id}` },
    ...(inwardId === issue.id ? { outwardIssue: ref } : { inwardIssue: ref }),
  };
};

const fieldValue = (db: Db, issue: IssueRow, field: string, v: IssueView): unknown => {
  const date = (ms: number | null): string | null => (ms === null ? null : formatJiraDateTime(ms, v.timeZone));
  switch (field) {
    case 'summary': return issue.summary;
    case 'description': return issue.description === null ? null : JSON.parse(issue.description);
    case 'issuetype': return issueTypeById(v.base, issue.issuetype_id);
    case 'project': return projectRef(v.base);
    case 'status': return statusById(v.base, issue.status_id);
    case 'priority': return priorityById(v.base, issue.priority_id);
    case 'assignee': return userDetailsById(v.base, issue.assignee);
    case 'reporter': return userDetailsById(v.base, issue.reporter);
    case 'creator': return userDetailsById(v.base, issue.creator);
    case 'created': return date(issue.created);
    case 'updated': return date(issue.updated);
    case 'labels': return labelsOf(issue);
    case 'resolution': return issue.resolution_date === null ? null : { self: `${v.base}/rest/api/3/resolution/${RESOLUTION_DONE.id}`, ...RESOLUTION_DONE };
    case 'resolutiondate': return date(issue.resolution_date);
    case 'statuscategorychangedate': return date(issue.status_changed);
    case 'issuelinks': return linksOf(db, issue.id).map((l) => linkJson(db, v.base, issue, l.id, l.type_id, l.inward_id, l.outward_id)).filter((l) => l !== undefined);
    case 'comment': {
      const comments = commentsOf(db, issue.id).map((c) => commentJson(c, { base: v.base, issueId: issue.id, timeZone: v.timeZone, withProperties: false }));
      return { comments, self: `${v.base}/rest/api/3/issue/${issue.id}/comment`, maxResults: comments.length, total: comments.length, startAt: 0 };
    }
    case REQUEST_TYPE_FIELD_ID: {
      const rt = issue.request_type_id === null ? undefined : requestTypeOf(issue.request_type_id);
      return rt === undefined ? null : requestTypeFieldValue(v.base, rt, statusOf(issue.status_id));
    }
    case 'customfield_10026': return participantsOf(db, issue.id).map((a) => userDetailsById(v.base, a));
    default: return null;
  }
};

export const issueJson = (db: Db, service: IssueService, issue: IssueRow, v: IssueView): Record<string, unknown> => {
  const fields: Record<string, unknown> = {};
  for (const f of v.fields) fields[f] = fieldValue(db, issue, f, v);
  const out: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(issue.id),
    self: `${v.base}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
  if (v.properties.length > 0) {
    const all = v.properties.includes('*all');
    const props: Record<string, unknown> = {};
    for (const p of propertiesOf(db, issue.id)) if (all || v.properties.includes(p.key)) props[p.key] = JSON.parse(p.value);
    out.properties = props;
  }
  if (v.expand.includes('renderedFields')) {
    out.renderedFields = { description: issue.description === null ? null : `<p>${escapeHtml(adfToText(JSON.parse(issue.description)))}</p>` };
  }
  if (v.expand.includes('names')) {
    out.names = Object.fromEntries(v.fields.map((f) => [f, FIELD_NAMES[f] ?? f]));
  }
  if (v.expand.includes('transitions')) {
    out.transitions = service.availableTransitions(issue, false).map((t) => transitionJson(v.base, t.id, t.name, t.to));
  }
  return out;
};

export const transitionJson = (base: string, id: string, name: string, to: string): Record<string, unknown> => ({
  id,
  name,
  to: statusById(base, to),
  hasScreen: false,
  isGlobal: false,
  isInitial: false,
  isAvailable: true,
  isConditional: false,
  looped: false,
});

