import { findAccount, type Account } from './accounts';
import type { Principal } from '../contracts';
import type { IssueRow } from './store';

/**
 * The site's permission scheme, reduced to the roles the demo needs:
 * Jira admins hold everything; agents of the service project work issues (incl. internal comments);
 * portal customers have no platform permissions and see only the requests they report or participate in.
 */

export type Viewer =
  | { readonly kind: 'app' }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'user'; readonly account: Account };

export const viewerOf = (principal: Principal): Viewer => {
  if (principal.kind !== 'user') return principal;
  const account = findAccount(principal.accountId);
  return account === undefined ? { kind: 'anonymous' } : { kind: 'user', account };
};

export interface PermissionInfo {
  readonly key: string;
  readonly name: string;
  readonly type: 'GLOBAL' | 'PROJECT';
  readonly description: string;
}

const P = (key: string, name: string, type: PermissionInfo['type'], description: string): PermissionInfo => ({ key, name, type, description });

export const PERMISSIONS: readonly PermissionInfo[] = [
  P('ADMINISTER', 'Administer Jira', 'GLOBAL', 'Create and administer projects, issue types, fields, workflows and schemes.'),
  P('USER_PICKER', 'Browse users and groups', 'GLOBAL', 'View and select users or groups from the user picker.'),
  P('CREATE_SHARED_OBJECTS', 'Share dashboards and filters', 'GLOBAL', 'Share dashboards and filters with other users.'),
  P('ADMINISTER_PROJECTS', 'Administer projects', 'PROJECT', 'Ability to administer a project in Jira.'),
  P('BROWSE_PROJECTS', 'Browse Projects', 'PROJECT', 'Ability to browse projects and the issues within them.'),
  P('CREATE_ISSUES', 'Create Issues', 'PROJECT', 'Ability to create issues.'),
  P('EDIT_ISSUES', 'Edit Issues', 'PROJECT', 'Ability to edit issues.'),
  P('TRANSITION_ISSUES', 'Transition Issues', 'PROJECT', 'Ability to transition issues.'),
  P('RESOLVE_ISSUES', 'Resolve Issues', 'PROJECT', 'Ability to resolve and reopen issues.'),
  P('CLOSE_ISSUES', 'Close Issues', 'PROJECT', 'Ability to close issues.'),
  P('ASSIGN_ISSUES', 'Assign Issues', 'PROJECT', 'Ability to assign issues to other people.'),
  P('ASSIGNABLE_USER', 'Assignable User', 'PROJECT', 'Users with this permission may be assigned to issues.'),
  P('LINK_ISSUES', 'Link Issues', 'PROJECT', 'Ability to link issues together.'),
  P('ADD_COMMENTS', 'Add Comments', 'PROJECT', 'Ability to comment on issues.'),
  P('EDIT_ALL_COMMENTS', 'Edit All Comments', 'PROJECT', 'Ability to edit all comments made on issues.'),
  P('EDIT_OWN_COMMENTS', 'Edit Own Comments', 'PROJECT', 'Ability to edit own comments made on issues.'),
  P('DELETE_ALL_COMMENTS', 'Delete All Comments', 'PROJECT', 'Ability to delete all comments made on issues.'),
  P('DELETE_OWN_COMMENTS', 'Delete Own Comments', 'PROJECT', 'Ability to delete own comments made on issues.'),
  P('DELETE_ISSUES', 'Delete Issues', 'PROJECT', 'Ability to delete issues.'),
  P('MOVE_ISSUES', 'Move Issues', 'PROJECT', 'Ability to move issues between projects.'),
  P('MODIFY_REPORTER', 'Modify Reporter', 'PROJECT', 'Ability to modify the reporter when creating or editing an issue.'),
  P('SCHEDULE_ISSUES', 'Schedule Issues', 'PROJECT', 'Ability to set or edit an issue due date.'),
  P('CREATE_ATTACHMENTS', 'Create Attachments', 'PROJECT', 'Users with this permission may create attachments.'),
  P('MANAGE_WATCHERS', 'Manage Watchers', 'PROJECT', 'Ability to manage the watchers of an issue.'),
  P('VIEW_VOTERS_AND_WATCHERS', 'View Voters and Watchers', 'PROJECT', 'Ability to view the voters and watchers of an issue.'),
  P('SERVICEDESK_AGENT', 'Service Project Agent', 'PROJECT', 'Ability to work on requests as an agent of a service project.'),
];

const AGENT_PROJECT = new Set([
  'BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'RESOLVE_ISSUES', 'CLOSE_ISSUES', 'ASSIGN_ISSUES',
  'ASSIGNABLE_USER', 'LINK_ISSUES', 'ADD_COMMENTS', 'EDIT_ALL_COMMENTS', 'EDIT_OWN_COMMENTS', 'DELETE_OWN_COMMENTS',
  'SCHEDULE_ISSUES', 'CREATE_ATTACHMENTS', 'MANAGE_WATCHERS', 'VIEW_VOTERS_AND_WATCHERS', 'SERVICEDESK_AGENT',
]);
const AGENT_GLOBAL = new Set(['USER_PICKER', 'CREATE_SHARED_OBJECTS']);

export const findPermission = (key: string): PermissionInfo | undefined => PERMISSIONS.find((p) => p.key === key);

/** Whether the viewer holds a permission. Project permissions apply to the one service project. */
export const holds = (viewer: Viewer, key: string): boolean => {
  if (viewer.kind === 'app') return true;
  if (viewer.kind === 'anonymous') return false;
  switch (viewer.account.role) {
    case 'admin':
    case 'app':
      return true;
    case 'agent':
      return AGENT_PROJECT.has(key) || AGENT_GLOBAL.has(key);
    case 'customer':
      return false;
  }
};

export const isAgentOrAbove = (viewer: Viewer): boolean => holds(viewer, 'SERVICEDESK_AGENT');

/** Platform (`/rest/api/3`) visibility of an issue. */
export const canBrowse = (viewer: Viewer): boolean => holds(viewer, 'BROWSE_PROJECTS');

/** Portal (`/rest/servicedeskapi`) visibility: agents see all; customers their own and those they participate in. */
export const canViewRequest = (viewer: Viewer, issue: IssueRow, participants: readonly string[]): boolean => {
  if (isAgentOrAbove(viewer)) return true;
  if (viewer.kind !== 'user') return false;
  return issue.reporter === viewer.account.accountId || participants.includes(viewer.account.accountId);
};

/** The account id that Jira records as the actor: the user, or the app's bot account for asApp calls. */
export const actorOf = (viewer: Viewer, appAccountId: string): string | undefined =>
  viewer.kind === 'user' ? viewer.account.accountId : viewer.kind === 'app' ? appAccountId : undefined;
