import { asApp, asUser, type Route } from '@forge/api';
import { RetryLaterError } from '../application/ports';
import { decideRetry } from './retry-policy';

export interface JiraResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface JiraHttpOptions {
  readonly as: 'app' | 'user';
  readonly remainingMs: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  /** Counts every REST call made (the sweep benchmark reads it). */
  readonly onCall?: () => void;
}

export type JiraHttp = (path: Route, init?: { method: string; body?: unknown }) => Promise<JiraResponse>;

const readBody = async (response: { text(): Promise<string> }): Promise<unknown> => {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * Jira REST with retries for 429 and 5xx inside the invocation's remaining time. Out of time → RetryLaterError,
 * which trigger handlers turn into a platform retry, so no write is silently dropped.
 */
export const jiraHttp = (options: JiraHttpOptions): JiraHttp => async (path, init) => {
  const requester = options.as === 'app' ? asApp() : asUser();
  for (let attempt = 1; ; attempt += 1) {
    options.onCall?.();
    const response = await requester.requestJira(path, {
      method: init?.method ?? 'GET',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      ...(init?.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const decision = decideRetry(response.status, response.headers.get('Retry-After'), attempt, options.remainingMs(), options.random);
    if (decision.retry) {
      await options.sleep(decision.waitMs);
      continue;
    }
    if (response.status === 429 || response.status >= 500) {
      const retryAfter = Math.max(1, Math.min(900, Math.ceil(decision.waitMs / 1000)));
      throw new RetryLaterError(`Jira answered ${response.status} for ${path.value}; retry later`, retryAfter);
    }
    return { status: response.status, body: await readBody(response) };
  }
};
