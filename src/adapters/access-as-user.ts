import { route } from '@forge/api';
import { z } from 'zod';
import type { AccessPort } from '../application/ports';
import { JSON_HEADERS, type JiraHttp } from './jira-http';

const MyPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});
const RequestSchema = z.object({
  reporter: z.object({ accountId: z.string() }).nullish(),
  participants: z.object({ values: z.array(z.object({ accountId: z.string() })) }).nullish(),
});

const ServiceDeskSchema = z.object({ projectId: z.string() });

const has = (body: unknown, key: string): boolean => {
  const parsed = MyPermissionsSchema.safeParse(body);
  return parsed.success && parsed.data.permissions[key]?.havePermission === true;
};

const isAgentOfProject = async (http: JiraHttp, projectId: string): Promise<boolean> => {
  const response = await http((jira) => jira.requestJira(route`/rest/api/3/mypermissions?projectId=${projectId}&permissions=${'SERVICEDESK_AGENT'}`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/mypermissions');
  return response.status === 200 && has(response.body, 'SERVICEDESK_AGENT');
};

/** Authorisation questions asked as the calling user, so Jira's own permission model answers them. */
export const accessAsUser = (http: JiraHttp): AccessPort => ({
  async isJiraAdmin() {
    const response = await http((jira) => jira.requestJira(route`/rest/api/3/mypermissions?permissions=${'ADMINISTER'}`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/mypermissions');
    return response.status === 200 && has(response.body, 'ADMINISTER');
  },
  isAgentOfProject: (projectId) => isAgentOfProject(http, projectId),
  async isAgentOfServiceDesk(serviceDeskId) {
    const desk = await http((jira) => jira.requestJira(route`/rest/servicedeskapi/servicedesk/${serviceDeskId}`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/servicedeskapi/servicedesk/{id}');
    const parsed = desk.status === 200 ? ServiceDeskSchema.safeParse(desk.body) : null;
    if (parsed?.success !== true) return false;
    return isAgentOfProject(http, parsed.data.projectId);
  },
  async requestParties(issueKey) {
    const response = await http((jira) => jira.requestJira(route`/rest/servicedeskapi/request/${issueKey}?expand=${'participant'}`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/servicedeskapi/request/{issueKey}');
    if (response.status !== 200) return null;
    const parsed = RequestSchema.safeParse(response.body);
    if (!parsed.success) return null;
    return {
      reporter: parsed.data.reporter?.accountId ?? null,
      // The expansion carries the first page (50) of participants, enough for a request's party.
      participants: (parsed.data.participants?.values ?? []).map((p) => p.accountId),
    };
  },
});
