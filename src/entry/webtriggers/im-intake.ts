import { z } from 'zod';
import { intakeImMessage } from '../../application/im/intake-im-message';
import { parseImIntake } from '../../application/im/im-intake-message';
import { appInvocation } from '../../adapters/compose';
import { verifyIntake } from '../../adapters/im/verify-intake';

interface WebResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

const RequestSchema = z.object({
  headers: z.record(z.string(), z.array(z.string())).default({}),
  body: z.string().default(''),
});

const reply = (statusCode: number, body: unknown): WebResponse => ({ statusCode, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify(body) });

/**
 * Web trigger for requests raised from DingTalk / WeCom groups. Nothing is created unless the request is
 * signed with the shared secret, fresh (±5 min), not seen before (its signature or nonce is claimed in KVS
 * with FAIL_IF_EXISTS) and from a group listed in IM_INTAKE_GROUPS. Target: IM_INTAKE_PROJECT_ID
 * (issue type IM_INTAKE_ISSUE_TYPE, default "Service Request").
 */
export const imIntake = async (request: unknown): Promise<WebResponse> => {
  const projectId = process.env.IM_INTAKE_PROJECT_ID;
  if (projectId === undefined || projectId === '') return reply(503, { error: 'im-intake-disabled', message: 'IM intake is not enabled on this site.' });
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) return reply(400, { error: 'bad-request' });
  const { deps } = appInvocation();
  const verdict = verifyIntake(parsed.data, process.env, deps.clock.now());
  if (!verdict.ok) return reply(401, { error: verdict.reason });
  if (!(await deps.store.create(verdict.replayKey, { at: deps.clock.now() }, 3600))) return reply(401, { error: 'replayed' });
  const message = parseImIntake(verdict.source, parsed.data.body);
  if (message === null) return reply(400, { error: 'bad-message' });
  const groups = (process.env.IM_INTAKE_GROUPS ?? '').split(',').map((g) => g.trim()).filter((g) => g !== '');
  if (!groups.includes(message.groupId)) return reply(403, { error: 'group-not-allowed' });
  const outcome = await intakeImMessage(deps, message, { projectId, issueTypeName: process.env.IM_INTAKE_ISSUE_TYPE ?? 'Service Request' });
  const text = outcome.kind === 'created' ? outcome.reply : outcome.kind === 'duplicate' ? '已受理 Already received' : '请描述问题 Please describe the problem';
  return reply(200, { msgtype: 'text', text: { content: text } });
};
