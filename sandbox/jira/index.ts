export { createJiraEmulator, type JiraEmulatorOptions, type SandboxJiraEmulator } from './emulator';
export { createRestListener } from './rest-listener';
export { ACCOUNTS, APP_ACCOUNT_ID, GROUPS, type Account } from './accounts';
export { PROJECT, SERVICE_DESK, REQUEST_TYPES, STATUSES, TRANSITIONS, PRIORITIES } from './catalog';
