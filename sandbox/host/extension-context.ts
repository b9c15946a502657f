import { z } from 'zod';
import type { UiModule, UiModuleType } from '../server/manifest';
import { JiraCallError, type RestClient } from '../server/rest-client';
import type { CurrentUser } from './accounts';
import { forgeLocale, type Lang } from './i18n';

/** Which thing a frame is about; the server re-derives everything else from it and the signed-in user. */
export const FrameTargetSchema = z.strictObject({
  moduleKey: z.string().min(1),
  issueKey: z.string().min(1).optional(),
  serviceDeskId: z.string().min(1).optional(),
  requestTypeId: z.string().min(1).optional(),
});
export type FrameTarget = z.infer<typeof FrameTargetSchema>;

const IssueRefSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    issuetype: z.looseObject({ id: z.string(), name: z.string() }).nullish(),
    project: z.looseObject({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() }),
  }),
});

const RequestRefSchema = z.looseObject({
  issueId: z.string(),
  issueKey: z.string(),
  requestTypeId: z.string(),
  serviceDeskId: z.string(),
});

const PropertySchema = z.looseObject({ key: z.string(), value: z.unknown() });

const ServiceDeskListSchema = z.looseObject({
  values: z.array(z.looseObject({ id: z.string(), projectId: z.string(), projectKey: z.string() })),
});

export class FrameAccessError extends Error {}

const numeric = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id);

export interface ContextInput {
  readonly module: UiModule;
  readonly target: FrameTarget;
  readonly user: CurrentUser;
  readonly lang: Lang;
  readonly theme: 'light' | 'dark';
  readonly siteUrl: string;
  readonly location: string;
  /** Calls as the signed-in user: what the user cannot see, the frame cannot be about. */
  readonly asUser: RestClient;
  /** Calls as the platform itself (reads the create-panel property, which customers may not edit). */
  readonly asPlatform: RestClient;
  readonly appUuid: string;
  /** The user's profile time zone (Jira's `timeZone`), which Forge reports as `timezone`. */
  readonly timezone: string;
}

async function extensionFor(input: ContextInput): Promise<Record<string, unknown>> {
  const { module, target, asUser } = input;
  const type: UiModuleType = module.type;
  switch (type) {
    case 'jira:issuePanel': {
      if (target.issueKey === undefined) throw new FrameAccessError('issue panel needs an issue');
      const issue = await asUser.call(IssueRefSchema, 'GET', `/rest/api/3/issue/${encodeURIComponent(target.issueKey)}?fields=issuetype,project`);
      const project = issue.fields.project;
      return {
        type,
        issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype?.name, typeId: issue.fields.issuetype?.id },
        project: { id: project.id, key: project.key, type: project.projectTypeKey ?? 'service_desk' },
        isNewToIssue: false,
        location: input.location,
      };
    }
    case 'jiraServiceManagement:portalRequestCreatePropertyPanel': {
      if (target.serviceDeskId === undefined || target.requestTypeId === undefined) throw new FrameAccessError('create panel needs a portal and request type');
      return { type, portal: { id: numeric(target.serviceDeskId) }, request: { typeId: numeric(target.requestTypeId) }, location: input.location };
    }
    case 'jiraServiceManagement:portalRequestDetail': {
      if (target.issueKey === undefined) throw new FrameAccessError('request detail needs a request');
      const request = await asUser.call(RequestRefSchema, 'GET', `/rest/servicedeskapi/request/${encodeURIComponent(target.issueKey)}`);
      const property = await readCreateProperty(input, request.issueKey);
      return {
        type,
        portal: { id: numeric(request.serviceDeskId) },
        request: {
          key: request.issueKey,
          id: numeric(request.issueId),
          typeId: numeric(request.requestTypeId),
          ...(property === undefined ? {} : { property: property.value, properties: property }),
        },
        location: input.location,
      };
    }
    case 'jira:adminPage':
      return { type, location: input.location };
    case 'jiraServiceManagement:queuePage': {
      const desks = await asUser.call(ServiceDeskListSchema, 'GET', '/rest/servicedeskapi/servicedesk');
      const desk = desks.values[0];
      return desk === undefined
        ? { type, location: input.location }
        : { type, project: { id: desk.projectId, key: desk.projectKey }, portal: { id: numeric(desk.id) }, location: input.location };
    }
  }
}

async function readCreateProperty(input: ContextInput, issueKey: string): Promise<{ key: string; value: unknown } | undefined> {
  try {
    return await input.asPlatform.call(PropertySchema, 'GET', `/rest/api/3/issue/${encodeURIComponent(issueKey)}/properties/${encodeURIComponent(input.appUuid)}`);
  } catch (error) {
    if (error instanceof JiraCallError && error.status === 404) return undefined;
    throw error;
  }
}

/** The FullContext `view.getContext()` returns and resolvers receive as `context` (FullContext in @forge/bridge). */
export async function buildContext(input: ContextInput): Promise<Record<string, unknown>> {
  const extension = await extensionFor(input);
  return {
    accountId: input.user.accountId,
    cloudId: 'sandbox-cloud',
    environmentId: 'sandbox',
    environmentType: 'DEVELOPMENT',
    extension,
    localId: `${input.module.key}-${input.target.issueKey ?? input.target.requestTypeId ?? 'page'}`,
    locale: forgeLocale(input.lang),
    moduleKey: input.module.key,
    siteUrl: input.siteUrl,
    timezone: input.timezone,
    theme: { colorMode: input.theme },
    surfaceColor: null,
  };
}
