export { chooseAssignee } from './choose-assignee';
