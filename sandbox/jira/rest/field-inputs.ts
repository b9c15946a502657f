import { z } from 'zod';
import { findAccount, findAccountByEmail } from '../accounts';
import { findIssueType, findPriority, findRequestType, PROJECT } from '../catalog';
import { isAdfDoc, type AdfDoc } from '../adf';
import { holds } from '../permissions';
import { badRequest } from './rest-error';

/** Parsing of field values in issue create/edit bodies, with Jira's per-field 400 messages. */

export const idOrNameRef = z.object({ id: z.string().optional(), name: z.string().optional() });
export const idOrKeyRef = z.object({ id: z.string().optional(), key: z.string().optional() });
export const accountRef = z.object({ accountId: z.string().nullable().optional() }).nullable();
export const adfDoc = z.custom<AdfDoc>(isAdfDoc, { error: 'Operation value must be an Atlassian Document (see the Atlassian Document Format).' });

export const resolvePriority = (ref: z.infer<typeof idOrNameRef>): string => {
  const p = findPriority(ref.id ?? ref.name ?? '');
  if (p === undefined) throw badRequest('priority', `Specify the Priority (id or name) in the string format`);
  return p.id;
};

export const resolveIssueType = (ref: z.infer<typeof idOrNameRef>): string => {
  const t = findIssueType(ref.id ?? ref.name ?? '');
  if (t === undefined) throw badRequest('issuetype', 'Specify an issue type');
  return t.id;
};

export const resolveProject = (ref: z.infer<typeof idOrKeyRef>): void => {
  const v = ref.id ?? ref.key ?? '';
  if (v !== PROJECT.id && v.toUpperCase() !== PROJECT.key) throw badRequest('project', 'Specify a valid project ID or key');
};

export const resolveRequestType = (value: string): string => {
  const rt = findRequestType(value);
  if (rt === undefined) throw badRequest('customfield_10010', `Request type '${value}' does not exist.`);
  return rt.id;
};

/** An assignee must exist and hold ASSIGNABLE_USER; `null` unassigns. */
export const resolveAssignee = (field: string, accountId: string | null | undefined): string | null => {
  if (accountId === null || accountId === undefined || accountId === '-1') return null;
  const account = findAccount(accountId);
  if (account === undefined || !holds({ kind: 'user', account }, 'ASSIGNABLE_USER')) {
    throw badRequest(field, `User '${accountId}' cannot be assigned issues.`);
  }
  return account.accountId;
};

export const resolveUser = (field: string, idOrEmail: string): string => {
  const account = findAccount(idOrEmail) ?? findAccountByEmail(idOrEmail);
  if (account === undefined) throw badRequest(field, `The user '${idOrEmail}' does not exist.`);
  return account.accountId;
};
