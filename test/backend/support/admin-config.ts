import { z } from 'zod';
import type { AppConfig } from '../../../src/domain/config';
import { StoredConfigSchema } from '../../../src/shared/rpc';
import { AppSandbox, PEOPLE } from './app-sandbox';

const ok = <T extends z.ZodType>(data: T) => z.object({ ok: z.literal(true), data });

/** As the site admin: read the configuration, change it, save it on top of the version read. */
export const configure = async (sandbox: AppSandbox, change: (config: AppConfig) => AppConfig): Promise<number> => {
  const current = ok(StoredConfigSchema).parse(await sandbox.invoke('admin', 'admin/getConfig', {}, PEOPLE.admin, {}));
  const saved = await sandbox.invoke('admin', 'admin/saveConfig', { config: change(current.data.config), expectedVersion: current.data.version }, PEOPLE.admin, {});
  return ok(StoredConfigSchema).parse(saved).data.version;
};

/** The demo site's routing: software → 李四, hardware → 赵六, duty supervisor 周八. */
export const withDemoRouting = (config: AppConfig): AppConfig => ({
  ...config,
  routing: {
    ...config.routing,
    dutySupervisor: PEOPLE.zhouba,
    groups: {
      ...config.routing.groups,
      software: { ...config.routing.groups.software!, members: [PEOPLE.lisi] },
      hardware: { ...config.routing.groups.hardware!, members: [PEOPLE.zhaoliu] },
    },
  },
});

/** A fresh sandbox with the app installed and the demo site's routing saved by the admin: where most backend tests start. */
export const demoDesk = async (): Promise<AppSandbox> => {
  const sandbox = new AppSandbox();
  sandbox.runtime.install(PEOPLE.admin);
  await sandbox.runtime.settle();
  await configure(sandbox, withDemoRouting);
  return sandbox;
};
