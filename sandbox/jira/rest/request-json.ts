import { findAccount } from '../accounts';
import { SERVICE_DESK, requestTypeOf, statusOf } from '../catalog';
import { adfToText, escapeHtml } from '../adf';
import { dateDto } from '../jira-time';
import { jsmStatusCategory, requestTypeDto, serviceDeskDto, userDto } from '../representations';
import { participantsOf, type CommentRow, type Db, type IssueRow } from '../store';

/** JSM (`/rest/servicedeskapi`) renderings: CustomerRequestDTO, CommentDTO and the PagedDTO envelope. */

export const paged = (base: string, path: string, values: readonly unknown[], start: number, limit: number, total: number): Record<string, unknown> => ({
  size: values.length,
  start,
  limit,
  isLastPage: start + values.length >= total,
  values,
  _expands: [],
  _links: {
    base,
    context: '',
    self: `${base}${path}`,
    ...(start + values.length < total ? { next: `${base}${path}?start=${start + limit}&limit=${limit}` } : {}),
    ...(start > 0 ? { prev: `${base}${path}?start=${Math.max(0, start - limit)}&limit=${limit}` } : {}),
  },
});

export const usersDto = (base: string, accountIds: readonly string[]): Record<string, unknown>[] =>
  accountIds.flatMap((id) => {
    const a = findAccount(id);
    return a === undefined ? [] : [userDto(base, a)];
  });

export const requestJson = (db: Db, base: string, issue: IssueRow, timeZone: string, expand: readonly string[]): Record<string, unknown> => {
  const status = statusOf(issue.status_id);
  const reporter = findAccount(issue.reporter);
  const rt = issue.request_type_id === null ? undefined : requestTypeOf(issue.request_type_id);
  const description = issue.description === null ? null : adfToText(JSON.parse(issue.description));
  const out: Record<string, unknown> = {
    _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
    issueId: String(issue.id),
    issueKey: issue.key,
    summary: issue.summary,
    requestTypeId: issue.request_type_id ?? '',
    serviceDeskId: SERVICE_DESK.id,
    createdDate: dateDto(issue.created, timeZone),
    ...(reporter === undefined ? {} : { reporter: userDto(base, reporter) }),
    requestFieldValues: [
      { fieldId: 'summary', label: 'Summary', value: issue.summary },
      ...(description === null ? [] : [{ fieldId: 'description', label: 'Description', value: description, renderedValue: { html: `<p>${escapeHtml(description)}</p>` } }]),
    ],
    currentStatus: { status: status.name, statusCategory: jsmStatusCategory(status), statusDate: dateDto(issue.status_changed, timeZone) },
    _links: {
      jiraRest: `${base}/rest/api/2/issue/${issue.id}`,
      web: `${base}/servicedesk/customer/portal/${SERVICE_DESK.portalId}/${issue.key}`,
      self: `${base}/rest/servicedeskapi/request/${issue.id}`,
      agent: `${base}/browse/${issue.key}`,
    },
  };
  if (expand.includes('participant')) {
    const ids = participantsOf(db, issue.id);
    out.participants = paged(base, `/rest/servicedeskapi/request/${issue.id}/participant`, usersDto(base, ids), 0, 50, ids.length);
  }
  if (expand.includes('requestType') && rt !== undefined) out.requestType = requestTypeDto(base, rt);
  if (expand.includes('serviceDesk')) out.serviceDesk = serviceDeskDto(base);
  if (expand.includes('action')) {
    const yes = { allowed: true };
    out.actions = { addAttachment: yes, addComment: yes, addParticipant: yes, removeParticipant: yes };
  }
  return out;
};

export const commentDto = (base: string, issueId: number, c: CommentRow, timeZone: string): Record<string, unknown> => {
  const author = findAccount(c.author);
  const text = adfToText(JSON.parse(c.body));
  return {
    _expands: ['attachment', 'renderedBody'],
    id: String(c.id),
    body: text,
    public: c.internal === 0,
    ...(author === undefined ? {} : { author: userDto(base, author) }),
    created: dateDto(c.created, timeZone),
    _links: { self: `${base}/rest/servicedeskapi/request/${issueId}/comment/${c.id}` },
  };
};
