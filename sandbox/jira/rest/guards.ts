import type { z } from 'zod';
import { canBrowse, holds } from '../permissions';
import { issueByIdOrKey, type IssueRow } from '../store';
import { badRequest, forbidden, issueNotFound } from './rest-error';
import type { RouteContext } from './route';

/** Shared request checks: body parsing with field-named 400s, permission checks, issue lookup. */

export const parseBody = <T>(schema: z.ZodType<T>, body: unknown): T => {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.map(String).join('.');
  throw badRequest(field, issue?.message ?? 'Invalid request body.');
};

export const requirePermission = (ctx: RouteContext, key: string, message: string): void => {
  if (!holds(ctx.viewer, key)) throw forbidden(message);
};

/** Jira answers 404, not 403, for issues the caller cannot browse, so their existence does not leak. */
export const platformIssue = (ctx: RouteContext, idOrKey: string | undefined): IssueRow => {
  const issue = idOrKey === undefined ? undefined : issueByIdOrKey(ctx.env.db, idOrKey);
  if (issue === undefined || !canBrowse(ctx.viewer)) throw issueNotFound();
  return issue;
};

/** Query parameters that Jira accepts either repeated or comma-separated. */
export const listParam = (query: URLSearchParams, name: string): string[] =>
  query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);

export const intParam = (query: URLSearchParams, name: string, fallback: number, max: number): number => {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw badRequest(name, `The value '${raw}' of '${name}' is not a non-negative integer.`);
  return Math.min(n, max);
};
