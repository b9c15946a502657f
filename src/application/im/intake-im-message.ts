import { createHash } from 'node:crypto';
import { SERVICE_INTAKE_PROPERTY, type Intake } from '../../shared/issue-properties';
import { commitmentText } from '../commitment-text';
import { currentConfig } from '../current-config';
import type { AppDeps } from '../deps';
import { onRequestCreated } from '../on-request-created';
import { readSla } from '../service-record-store';
import { imOriginKey } from '../survey-link/offer-survey-link';
import type { ImIntakeMessage } from './im-intake-message';

export interface IntakeTarget {
  readonly projectId: string;
  readonly issueTypeName: string;
}

/** Platform message ids may hold characters KVS keys do not allow. */
const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export type IntakeOutcome =
  /** `reply`: the service number and the commitment (zh-CN, then en) — what the group is told. */
  | { readonly kind: 'created'; readonly key: string; readonly serviceNumber: string | null; readonly reply: string }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'empty' };

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
  const created = await deps.jira.createIssue({
    projectId: target.projectId,
    issueTypeName: target.issueTypeName,
    summary: firstLine.slice(0, 200),
    description: `${message.text}\n\n— ${message.sender ?? '?'} (${message.source} ${message.groupId})`,
    assigneeAccountId: null,
    properties: { [SERVICE_INTAKE_PROPERTY]: intake },
  });
  // Kept before numbering so the resolution can find the group however the creation ends.
  await deps.store.set(imOriginKey(created.id), { source: message.source, groupId: message.groupId });
  const record = await onRequestCreated(deps, { issueId: created.id, issueKey: created.key });
  if (record === null) return { kind: 'created', key: created.key, serviceNumber: null, reply: `已受理 Received (${created.key})` };
  const [{ config }, sla] = await Promise.all([currentConfig(deps.config), readSla(deps, { id: created.id, key: created.key })]);
  const commitment = {
    serviceNumber: record.serviceNumber,
    priority: record.priority,
    respondBy: sla?.response?.due === undefined || sla.response.due === null ? null : Date.parse(sla.response.due),
    resolveBy: sla?.resolution?.due === undefined || sla.resolution.due === null ? null : Date.parse(sla.resolution.due),
  };
  const reply = [commitmentText(config, commitment, { locale: 'zh_CN', timeZone: null }), commitmentText(config, commitment, { locale: 'en', timeZone: null })].join('\n');
  return { kind: 'created', key: created.key, serviceNumber: record.serviceNumber, reply };
};
