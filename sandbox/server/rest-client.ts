import type { z } from 'zod';
import type { JiraEmulator, Principal, RestResponse } from '../contracts';

export class JiraCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    path: string,
  ) {
    super(`${path} → ${status}: ${describeErrorBody(body)}`);
  }
}

/** Jira error bodies carry `errorMessages[]` and `errors{field: message}`; JSM ones carry `errorMessage`. */
export function describeErrorBody(body: unknown): string {
  if (typeof body !== 'object' || body === null) return String(body);
  const parts: string[] = [];
  if ('errorMessages' in body && Array.isArray(body.errorMessages)) parts.push(...body.errorMessages.map(String));
  if ('errorMessage' in body && typeof body.errorMessage === 'string') parts.push(body.errorMessage);
  if ('errors' in body && typeof body.errors === 'object' && body.errors !== null) {
    for (const [k, v] of Object.entries(body.errors)) parts.push(`${k}: ${String(v)}`);
  }
  return parts.length > 0 ? parts.join('; ') : JSON.stringify(body);
}

/** A typed caller over the emulator's in-process `handle`, for the server's own reads and writes. */
export class RestClient {
  constructor(
    private readonly emulator: JiraEmulator,
    readonly principal: Principal,
  ) {}

  raw(method: string, path: string, body?: unknown): Promise<RestResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body === undefined) return this.emulator.handle({ method, path, headers, principal: this.principal });
    headers['content-type'] = 'application/json';
    return this.emulator.handle({ method, path, headers, body: JSON.stringify(body), principal: this.principal });
  }

  async call<S extends z.ZodType>(schema: S, method: string, path: string, body?: unknown): Promise<z.infer<S>> {
    const res = await this.raw(method, path, body);
    if (res.status >= 400) throw new JiraCallError(res.status, res.body, path);
    return schema.parse(res.body);
  }

  async send(method: string, path: string, body?: unknown): Promise<void> {
    const res = await this.raw(method, path, body);
    if (res.status >= 400) throw new JiraCallError(res.status, res.body, path);
  }
}
