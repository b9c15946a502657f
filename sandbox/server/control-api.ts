import type { IncomingMessage, ServerResponse } from 'node:http';
import { z, ZodError } from 'zod';
import { ChaosSettingsSchema } from '../runtime';
import { HttpError, readBody, readJson, sendJson } from './http-util';
import type { SandboxInstance } from './sandbox-instance';

const ClockRequestSchema = z
  .strictObject({
    advanceMinutes: z.number().positive().max(366 * 24 * 60).optional(),
    set: z.iso.datetime({ offset: true }).optional(),
    frozen: z.boolean().optional(),
  })
  .refine((r) => !(r.advanceMinutes !== undefined && r.set !== undefined), {
    error: 'give either advanceMinutes or set, not both',
    path: ['advanceMinutes'],
  })
  .refine((r) => r.advanceMinutes !== undefined || r.set !== undefined || r.frozen !== undefined, {
    error: 'expected one of advanceMinutes, set, frozen',
    path: ['advanceMinutes'],
  });

/** A partial update: given fields replace the current ones; the runtime validates each value. */
const ChaosPatchSchema = z.record(z.string(), z.unknown()).superRefine((patch, ctx) => {
  for (const key of Object.keys(patch)) {
    if (!(key in ChaosSettingsSchema.shape)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown chaos setting (known: ${Object.keys(ChaosSettingsSchema.shape).join(', ')})` });
  }
});

export function zodErrorBody(error: ZodError): { error: string; fields: { path: string; message: string }[] } {
  const fields = error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path.map(String), ...keys].join('.') || '(body)';
    return { path, message: issue.message };
  });
  return { error: fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields };
}

function clockView(instance: SandboxInstance): { now: string; epochMs: number; frozen: boolean } {
  const epochMs = instance.clock.now();
  return { now: new Date(epochMs).toISOString(), epochMs, frozen: instance.clock.isFrozen() };
}

/** `webTrigger.getUrl()` URLs point here; the request reaches the handler in Forge's web-trigger shape. */
async function serveWebTrigger(instance: SandboxInstance, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const url = new URL(req.url ?? path, 'http://sandbox.invalid');
  const moduleKey = decodeURIComponent(path.slice('/__sandbox/webtrigger/x1/'.length).split('/')[0] ?? '');
  const headers: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v : [v];
  const queryParameters: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) queryParameters[k] = [...(queryParameters[k] ?? []), v];
  const out = await instance.parts.runtime.webTrigger(moduleKey, { method: req.method ?? 'GET', path, headers, body: await readBody(req), queryParameters });
  const outHeaders: Record<string, string> = {};
  for (const [k, v] of Object.entries(out.headers ?? {})) outHeaders[k] = v.join(', ');
  res.writeHead(out.statusCode, outHeaders);
  res.end(out.body ?? '');
}

/** Serves `/__sandbox/*`; returns false when the path is not a control route. */
export async function handleControl(instance: SandboxInstance, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  const method = req.method ?? 'GET';
  const route = `${method} ${path}`;
  try {
    switch (route) {
      case 'GET /__sandbox/health':
        sendJson(res, 200, { status: 'ok', clock: clockView(instance), appId: instance.manifest.appId });
        return true;
      case 'GET /__sandbox/clock':
        sendJson(res, 200, clockView(instance));
        return true;
      case 'POST /__sandbox/clock': {
        const body = ClockRequestSchema.parse(await readJson(req));
        await instance.exclusive(async () => {
          if (body.frozen !== undefined) instance.clock.setFrozen(body.frozen);
          if (body.advanceMinutes !== undefined) await instance.moveClockTo(instance.clock.now() + body.advanceMinutes * 60_000);
          if (body.set !== undefined) await instance.moveClockTo(Date.parse(body.set));
        });
        sendJson(res, 200, clockView(instance));
        return true;
      }
      case 'POST /__sandbox/settle':
        await instance.exclusive(() => instance.settle());
        sendJson(res, 200, { settled: true, clock: clockView(instance) });
        return true;
      case 'GET /__sandbox/chaos':
        sendJson(res, 200, instance.parts.runtime.chaos());
        return true;
      case 'POST /__sandbox/chaos': {
        const patch = ChaosPatchSchema.parse(await readJson(req));
        const current = ChaosSettingsSchema.parse(instance.parts.runtime.chaos());
        sendJson(res, 200, instance.parts.runtime.setChaos({ ...current, ...patch }));
        return true;
      }
      case 'GET /__sandbox/outbox':
        sendJson(res, 200, { messages: instance.parts.outbox() });
        return true;
      case 'POST /__sandbox/reset':
        await instance.exclusive(() => instance.reset());
        sendJson(res, 200, { reset: true, clock: clockView(instance) });
        return true;
      default:
        if (path.startsWith('/__sandbox/webtrigger/x1/')) {
          await serveWebTrigger(instance, req, res, path);
          return true;
        }
        if (path.startsWith('/__sandbox/')) {
          sendJson(res, 404, { error: `no control route ${route}` });
          return true;
        }
        return false;
    }
  } catch (error) {
    if (error instanceof ZodError) sendJson(res, 400, zodErrorBody(error));
    else if (error instanceof HttpError) sendJson(res, error.status, { error: error.message });
    else throw error;
    return true;
  }
}
