import type { AppConfig, NotificationEvent } from '../domain/config';
import type { AppDeps } from './deps';

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
export const sendNotice = async (deps: AppDeps, config: AppConfig, notice: Notice): Promise<void> => {
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

/** Runs `action` once per key: the marker is taken first and given back if the action fails, so a retry redoes it. */
export const once = async (deps: AppDeps, key: string, action: () => Promise<void>): Promise<boolean> => {
  if (!(await deps.once.claim(key))) return false;
  try {
    await action();
  } catch (error) {
    await deps.once.forget(key);
    throw error;
  }
  return true;
};
