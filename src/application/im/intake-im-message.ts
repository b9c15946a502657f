import { createHash } from 'node:crypto';
import { SERVICE_INTAKE_PROPERTY, type Intake } from '../../shared/issue-properties';
import type { AppDeps } from '../deps';
import { onRequestCreated } from '../on-request-created';
import type { ImIntakeMessage } from './im-intake-message';

export interface IntakeTarget {
  readonly projectId: string;
  readonly issueTypeName: string;
}

/** Platform message ids may hold characters KVS keys do not allow. */
const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export type IntakeOutcome = { readonly kind: 'created'; readonly key: string } | { readonly kind: 'duplicate' } | { readonly kind: 'empty' };

/**
 * A group message becomes a request (channel IM). The app's own create does not fire the app's created
 * trigger (ignoreSelf), so the request is numbered and routed here, by the same use case.
 */
export const intakeImMessage = async (deps: AppDeps, message: ImIntakeMessage, target: IntakeTarget): Promise<IntakeOutcome> => {
  if (message.text === '') return { kind: 'empty' };
  if (message.messageId !== null && !(await deps.store.create(`im:in:${message.source}:${sha256Hex(message.messageId)}`, { at: deps.clock.now() }, 7 * 24 * 3600))) {
    return { kind: 'duplicate' };
  }
  const firstLine = message.text.split('\n')[0] ?? message.text;
  const intake: Intake = { channel: 'im', ...(message.sender === null ? {} : { contact: message.sender.slice(0, 200) }) };
  const created = await deps.loopJira.createIssue({
    projectId: target.projectId,
    issueTypeName: target.issueTypeName,
    summary: firstLine.slice(0, 200),
    description: `${message.text}\n\n— ${message.sender ?? '?'} (${message.source} ${message.groupId})`,
    assigneeAccountId: null,
    properties: { [SERVICE_INTAKE_PROPERTY]: intake },
  });
  await onRequestCreated(deps, { issueId: created.id, issueKey: created.key });
  return { kind: 'created', key: created.key };
};
