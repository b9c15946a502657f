export { currentPlan, planFingerprint } from './current-plan';
export { pendingInvitees, waitingFor } from './pending';
export { inviteesOf } from './invitees';
