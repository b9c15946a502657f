import { asApp, asUser, type APIResponse, type RequestProductMethods } from '@forge/api';
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
}

export type JiraRequester = Pick<RequestProductMethods, 'requestJira'>;

/**
 * Runs one REST call, written at the call site as `jira.requestJira(route\`…\`, {method, …})` so that the
 * Forge permission linter can check its scopes, and retried here on 429 / 5xx.
 */
export type JiraHttp = (call: (jira: JiraRequester) => Promise<APIResponse>, what: string) => Promise<JiraResponse>;

export const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

const readBody = async (response: APIResponse): Promise<unknown> => {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * Jira REST with retries for 429 (honouring Retry-After) and 5xx (jittered backoff) inside the invocation's
 * remaining time. Out of time → RetryLaterError, which triggers turn into a platform retry, so no write is lost.
 */
export const jiraHttp = (options: JiraHttpOptions): JiraHttp => async (call, what) => {
  const requester = options.as === 'app' ? asApp() : asUser();
  for (let attempt = 1; ; attempt += 1) {
    const response = await call(requester);
    const decision = decideRetry(response.status, response.headers.get('Retry-After'), attempt, options.remainingMs(), options.random);
    if (decision.retry) {
      await options.sleep(decision.waitMs);
      continue;
    }
    if (response.status === 429 || response.status >= 500) {
      const retryAfter = Math.max(1, Math.min(900, Math.ceil(decision.waitMs / 1000)));
      throw new RetryLaterError(`Jira answered ${response.status} to ${what}; retry later`, retryAfter);
    }
    return { status: response.status, body: await readBody(response) };
  }
};
