import type { Consultation } from '../../shared/issue-properties';

/** An open consultation waits for each invitee until they have replied. */
export const waitingFor = (c: Consultation): readonly string[] =>
  c.closedAt !== null ? [] : c.invitees.filter((id) => !c.replies.some((r) => r.by === id));

/** Everyone some open consultation of the request still waits for, each once, in order of asking. */
export const pendingInvitees = (consultations: readonly Consultation[]): string[] => [...new Set(consultations.flatMap(waitingFor))];
