import type { IssueSnapshot } from './ports';

/**
 * Issue events fire for every project on the site; only Jira Service Management requests get a service number
 * and clocks. When Jira does not name the project type, the issue is treated as a request.
 */
export const isServiceRequest = (issue: IssueSnapshot): boolean => issue.projectType === null || issue.projectType === 'service_desk';
