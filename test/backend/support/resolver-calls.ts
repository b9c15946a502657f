import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RpcKey } from '../../../src/shared/rpc';
import { StoredConfigSchema } from '../../../src/shared/rpc';
import { PEOPLE, type AppSandbox } from './app-sandbox';

export const PROJECT = { id: '10000', key: 'ITS' };
const MONTH_MS = 31 * 86_400_000;

/** Where each key is invoked from, and the platform context that module gives the resolver. */
export const moduleFor = (key: RpcKey, issueKey: string): { moduleKey: string; context: Record<string, unknown> } => {
  if (key.startsWith('agent/')) return { moduleKey: 'agent-panel', context: { extension: { issue: { key: issueKey }, project: PROJECT } } };
  if (key === 'portal/getIntakeOptions') return { moduleKey: 'portal-intake', context: { extension: { portal: { id: '1' } } } };
  if (key.startsWith('portal/')) return { moduleKey: 'portal-request', context: { extension: { request: { key: issueKey }, portal: { id: '1' } } } };
  if (key.startsWith('reports/')) return { moduleKey: 'reports', context: { extension: { project: PROJECT } } };
  return { moduleKey: 'admin', context: {} };
};

const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:1', 'DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20261003', 'SUMMARY:国庆节', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

const NOTICE_2026 = readFileSync(join(__dirname, '../../fixtures/state-council/notice-2026.txt'), 'utf8');

/** A well-formed payload for every key (for saves: the current configuration on top of its own version). */
export const validPayload = async (sandbox: AppSandbox, key: RpcKey): Promise<unknown> => {
  const current = async () => z.object({ ok: z.literal(true), data: StoredConfigSchema }).parse(await sandbox.invoke('admin', 'admin/getConfig', {}, PEOPLE.admin, {})).data;
  switch (key) {
    case 'agent/verifyUrgency':
      return { urgency: 'urgent', note: '核心业务受影响' };
    case 'agent/recordWorkaround':
    case 'agent/recordFix':
      return { text: '重启 CRM 服务', expectedAt: null };
    case 'portal/confirm':
      return { resolved: false, comment: null };
    case 'portal/submitSurvey':
      return { scores: { responseSpeed: 4, attitude: 4, expertise: 4, effectiveness: 4, recurrence: 4 }, comment: null };
    case 'admin/saveConfig': {
      const { config, version } = await current();
      return { config, expectedVersion: version };
    }
    case 'admin/importConfig': {
      const { config, version } = await current();
      return { document: { format: 'support-standard-config', exportedAt: new Date().toISOString(), version, config }, expectedVersion: version };
    }
    case 'admin/previewPriority':
      return { category: 'data-security', subcategory: null, urgency: 'medium', impact: 'company' };
    case 'admin/importIcs':
      return { ics: ICS };
    case 'admin/previewNotice':
      return { text: NOTICE_2026 };
    case 'admin/saveNotice':
      return { text: NOTICE_2026, expectedVersion: (await current()).version };
    case 'agent/reclassify':
      return { category: 'hardware', subcategory: 'pc-host', impact: 'department', reason: '实为主机故障' };
    case 'agent/recordIntake':
      return { channel: 'phone', department: '销售部', contact: '138 0000 0000', occurredAt: null };
    case 'agent/recordOperation':
      return { id: null, action: '远程检查打印队列', tool: '向日葵', sessionId: '123 456 789', result: '已清空队列' };
    case 'agent/draftKnowledge':
      return { cause: '打印队列堵塞' };
    case 'reports/slaOverview':
      return { projectId: PROJECT.id, clock: null, priority: null, category: null, mine: false };
    case 'agent/openConsultation':
      return { question: '打印服务反复崩溃,是否需要升级驱动?', invitees: [PEOPLE.zhouba], group: null };
    case 'agent/replyConsultation':
      return { id: '1', text: '建议先回滚驱动' };
    case 'agent/recordConsultationOutcome':
      return { id: '1', temporaryPlan: '改用备用打印机', permanentPlan: null, processingPeriod: '1 个工作日', expectedEffect: null, close: false };
    case 'agent/closeConsultation':
      return { id: '1' };
    case 'agent/recordFollowUp':
      return { contactAt: null, outcome: '已电话回访', improvement: null, close: false };
    case 'reports/get':
      return { from: Date.now() - MONTH_MS, to: Date.now(), timezone: 'Asia/Shanghai', projectId: PROJECT.id };
    case 'reports/exportCsv':
      return { from: Date.now() - MONTH_MS, to: Date.now(), timezone: 'Asia/Shanghai', projectId: PROJECT.id, locale: 'zh-CN', pageToken: null };
    case 'admin/getAudit':
      return { cursor: null };
    case 'admin/importAppData': {
      const exported = z.object({ ok: z.literal(true), data: z.unknown() }).parse(await sandbox.invoke('admin', 'admin/exportAppData', {}, PEOPLE.admin, {}));
      return { document: exported.data };
    }
    default:
      return {};
  }
};

/** What a refused or malformed call must not change: the request's properties, comments and status, and the config. */
export const footprint = async (sandbox: AppSandbox, issueKeys: readonly string[]): Promise<string> => {
  const parts: unknown[] = [];
  for (const key of issueKeys) {
    const issue = await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}`);
    const comments = await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/comment`);
    parts.push(
      await sandbox.property(key, 'service-record'),
      await sandbox.property(key, 'sla'),
      await sandbox.property(key, 'survey'),
      issue.body,
      comments.body,
    );
  }
  parts.push(await sandbox.invoke('admin', 'admin/getConfig', {}, PEOPLE.admin, {}));
  return JSON.stringify(parts);
};
