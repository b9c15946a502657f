import type { AppConfig, NotificationEvent } from '../domain/config';
import type { Needs, WithJira } from './deps';
import type { IssueEditor } from './ports';

export interface Notice {
  readonly event: NotificationEvent;
  readonly issueKey: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/**
 * Sends a notice on every channel the configuration routes the event to (Jira e-mail notification and the
 * IM group robots). Callers guard it with an exactly-once marker.
 */
export const sendNotice = async (deps: Needs<'im'> & WithJira<IssueEditor>, config: AppConfig, notice: Notice): Promise<void> => {
  const channels = config.notifications.events[notice.event];
  const recipients = [...new Set(notice.recipients)];
  for (const channel of channels) {
    if (channel === 'jira') {
      if (recipients.length > 0) await deps.jira.notify(notice.issueKey, recipients, notice.subject, notice.text);
    } else if (config.notifications[channel] !== undefined) {
      await deps.im.send(channel, `${notice.subject}\n${notice.text}`);
    }
  }
};

/**
 * How long the holder of an attempt may still be working: longer than any invocation that runs a guarded effect
 * lives (triggers 25 s, web triggers and scheduled triggers 55 s), so an older attempt's holder is dead.
 */
export const ATTEMPT_HOLD_MS = 60_000;

/** `ran`: this call did it; `done`: it was done before; `busy`: another live run is doing it right now. */
export type OnceOutcome = 'ran' | 'done' | 'busy';

export interface OnceOptions {
  /** Looks in Jira for the effect of an attempt whose holder died, so it is not done twice. */
  readonly alreadyDone?: () => Promise<boolean>;
}

/**
 * Runs `action` once per key, even across a crash between the claim and the effect: an attempt is claimed
 * (create-if-absent, one taker per attempt), the effect done, then the key marked done. A later run that finds
 * an attempt its holder can no longer be working on checks `alreadyDone` (when the effect can be seen in Jira)
 * and otherwise takes the next attempt and redoes it. An effect nobody can check (a notification) is thus
 * delivered at least once rather than lost. A failing action gives its attempt back at once.
 */
export const once = async (deps: Needs<'clock' | 'once'>, key: string, action: () => Promise<void>, options: OnceOptions = {}): Promise<OnceOutcome> => {
  const state = await deps.once.inspect(key);
  if (state.done) return 'done';
  const now = deps.clock.now();
  if (state.until !== null && state.until > now) return 'busy';
  if (state.attempt > 0 && options.alreadyDone !== undefined && (await options.alreadyDone())) {
    await deps.once.complete(key, now);
    return 'done';
  }
  const attempt = state.attempt + 1;
  if (!(await deps.once.intend(key, attempt, now + ATTEMPT_HOLD_MS))) return 'busy';
  try {
    await action();
  } catch (error) {
    await deps.once.abandon(key, attempt);
    throw error;
  }
  await deps.once.complete(key, deps.clock.now());
  return 'ran';
};
