import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UiModule, UiModuleType } from '../server/manifest';
import type { RestClient } from '../server/rest-client';
import type { SandboxInstance } from '../server/sandbox-instance';
import { buildContext, type FrameTarget } from './extension-context';
import { appFrame } from './frames';
import type { Raw } from './html';
import type { PageEnv } from './layout';

export interface HostDeps {
  readonly instance: SandboxInstance;
  readonly appRoot: string;
}

/** One host-page request: who is looking, and REST clients acting as them and as the platform. */
export interface PageCtx {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly env: PageEnv;
  readonly asUser: RestClient;
  readonly asPlatform: RestClient;
  readonly deps: HostDeps;
}

export function modulesOf(ctx: PageCtx, type: UiModuleType): readonly UiModule[] {
  return ctx.env.modules.filter((m) => m.type === type);
}

export async function framesFor(
  ctx: PageCtx,
  type: UiModuleType,
  target: Omit<FrameTarget, 'moduleKey'>,
  options: { submittable?: boolean; onlyKey?: string } = {},
): Promise<Raw[]> {
  const submittable = options.submittable === true;
  const frames: Raw[] = [];
  for (const module of modulesOf(ctx, type)) {
    if (options.onlyKey !== undefined && module.key !== options.onlyKey) continue;
    const fullTarget: FrameTarget = { ...target, moduleKey: module.key };
    const context = await buildContext({
      module,
      target: fullTarget,
      user: ctx.env.user,
      lang: ctx.env.lang,
      theme: ctx.env.theme,
      siteUrl: ctx.env.origin,
      location: ctx.env.origin + ctx.env.here,
      asUser: ctx.asUser,
      asPlatform: ctx.asPlatform,
      appUuid: ctx.deps.instance.manifest.appUuid,
      timezone: ctx.env.timezone,
    });
    frames.push(appFrame({ module, target: fullTarget, context, appRoot: ctx.deps.appRoot, missingText: ctx.env.t('noModule'), lang: ctx.env.lang, submittable }));
  }
  return frames;
}

/** Appends `error=` to a path so the next page shows what went wrong. */
export function withError(path: string, message: string): string {
  const url = new URL(path, 'http://host.invalid');
  url.searchParams.set('error', message);
  return url.pathname + url.search;
}
