import { CLOSE_AUTO, CLOSE_NONE, type ConfirmationSettings } from '../config';

/** A workflow transition as Jira offers it from the request's current status. */
export interface TransitionOption {
  readonly id: string;
  readonly name: string;
  readonly toStatus: string;
  /** The target status's category is `done`. */
  readonly toDone: boolean;
}

/** What "resolved" will do: close through this transition, nothing (`none`), or the configured one is not offered now. */
export type ClosePlan =
  | { readonly kind: 'close'; readonly transition: TransitionOption }
  | { readonly kind: 'record-only' }
  | { readonly kind: 'unavailable'; readonly wanted: string };

/**
 * The one place that decides how a confirmed request closes (DOMAIN.md §6). `auto` takes the transition into a
 * done-category status other than the one the request is in (Resolved → Closed); a named transition matches by
 * name or id, case-insensitively. Nothing offered → `unavailable`, and the requester and agent are told.
 */
export const planClose = (settings: ConfirmationSettings, currentStatus: string, offered: readonly TransitionOption[]): ClosePlan => {
  const wanted = settings.closeTransition.trim();
  if (wanted.toLowerCase() === CLOSE_NONE) return { kind: 'record-only' };
  const current = currentStatus.toLowerCase();
  const match =
    wanted.toLowerCase() === CLOSE_AUTO
      ? offered.find((t) => t.toDone && t.toStatus.toLowerCase() !== current)
      : offered.find((t) => t.name.toLowerCase() === wanted.toLowerCase() || t.id === wanted);
  return match === undefined ? { kind: 'unavailable', wanted } : { kind: 'close', transition: match };
};
