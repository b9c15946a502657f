import { failure, success, type Envelope } from '../shared/envelope';
import type { AuditPage } from '../shared/rpc';
import type { Needs } from './deps';
import { InvalidCursorError } from './ports';

/** A page of the audit log for the admin page, read-only. */
export const getAudit = async (deps: Needs<'audit'>, cursor: string | null): Promise<Envelope<AuditPage>> => {
  try {
    const page = await deps.audit.list(cursor);
    return success({
      entries: page.items.map((e) => ({ at: e.at, kind: e.kind, issueKey: e.issueKey ?? null, detail: e.detail })),
      nextCursor: page.nextPageToken,
    });
  } catch (error) {
    if (error instanceof InvalidCursorError) return failure('invalid-payload', 'Unknown audit cursor.', [{ path: 'cursor', message: 'not a cursor this list issued' }]);
    throw error;
  }
};
