import type { EntityPropertyIndex, JiraEmulator, ProductEvent, RestRequest, RestResponse } from '../../contracts';

/**
 * A tiny stand-in for the Jira emulator (which another part of the sandbox provides): answers `myself` with the
 * caller's identity, creates issues (emitting `avi:jira:created:issue` synchronously, as the real emulator does
 * after a mutation) and records every request it saw.
 */
export class StubJira implements JiraEmulator {
  readonly requests: RestRequest[] = [];
  indexes: readonly EntityPropertyIndex[] = [];
  private readonly listeners: ((event: ProductEvent) => void)[] = [];
  private nextId = 1;

  handle(req: RestRequest): Promise<RestResponse> {
    this.requests.push(req);
    if (req.path === '/rest/api/3/myself') {
      const accountId = req.principal.kind === 'user' ? req.principal.accountId : 'sandbox-app-account';
      return Promise.resolve({ status: 200, body: { accountId } });
    }
    if (req.path === '/rest/api/3/issue' && req.method === 'POST') {
      const key = `FIX-${this.nextId++}`;
      const atlassianId = req.principal.kind === 'user' ? req.principal.accountId : 'app-account-known-only-to-the-stub';
      this.emit({ eventType: 'avi:jira:created:issue', payload: { issue: { id: key, key, fields: { summary: 'x' } }, atlassianId } });
      return Promise.resolve({ status: 201, body: { id: key, key } });
    }
    return Promise.resolve({ status: 404, body: { errorMessages: [`stub: no ${req.method} ${req.path}`] } });
  }

  emit(event: ProductEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  onEvent(listener: (event: ProductEvent) => void): void {
    this.listeners.push(listener);
  }

  setEntityPropertyIndexes(indexes: readonly EntityPropertyIndex[]): void {
    this.indexes = indexes;
  }

  resolveAccountByEmail(): string | undefined {
    return undefined;
  }

  reset(): void {
    this.requests.length = 0;
  }
}
